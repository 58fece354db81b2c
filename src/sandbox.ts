/**
 * Why: the pipeline, top to bottom, and nothing else:
 *   parse -> validate -> rewrite -> emit + reparse -> compile in realm -> run with budget -> copy out.
 * The policy each stage applies lives in that stage's module (rules/, src/rewrite/, src/realm/,
 * src/membrane/); this file only wires them together and turns failures into typed errors. The
 * realm, the guards and the endowments are made once per Sandbox; a program is compiled once and
 * run many times.
 */
import type { Program as AcornProgram } from "acorn";
import type { Diagnostic } from "./diagnostic.js";
import { SandboxError, SandboxPolicyError, SandboxSyntaxError, SandboxOptionsError, type Layer } from "./errors.js";
import { UNBINDABLE, inputKeys, resolveCompileOptions, resolveOptions, sourceText, weakenedLayers, type ResolvedOptions, type SandboxOptions } from "./options.js";
import { parse } from "./parse.js";
import { createValidator, type Validator } from "./validate/validate.js";
import { analyzeScope } from "./validate/scope.js";
import { TreeTooDeepError, UnknownNodeError, walk } from "./validate/walk.js";
import { tagModulePosition } from "./rewrite/position-map.js";
import type { Policy } from "./validate/rule.js";
import { rewrite, RewriteRefusal } from "./rewrite/rewrite.js";
import { GUARD_NAMES, inputParameter } from "./rewrite/reserved.js";
import { emit, EmitCheckError } from "./rewrite/emit.js";
import { compileInRealm, WRAPPER_LINES } from "./compile.js";
import { Program, type AsyncSupport } from "./program.js";
import { RunTurns } from "./run-turns.js";
import { requireStackHeadroom } from "./stack-headroom.js";
import { explainOutcome, type Explanation } from "./explain.js";
import { createRealm, type Realm } from "./realm/create-realm.js";
import { ASYNC_ONLY_BUILTINS, BUILTIN_PRESETS, GLOBAL_PERMITS } from "./realm/permits.js";
import { trackRealmPromises } from "./realm/promise-tracker.js";
import { drainRealm } from "./realm/drain.js";
import { isHostName } from "./realm/host-names.js";
import { makeGuards, type GuardControl } from "./guards/make-guards.js";
import { Slot, createRunState } from "./guards/run-state.js";
import { FORBIDDEN_KEYS } from "./guards/forbidden-keys.js";
import { makeRealmKit, type RealmKit } from "./membrane/realm-kit.js";
import { copyIn, type CopyInOptions } from "./membrane/copy-in.js";
import { ShapeCache } from "./membrane/shapes.js";
import { holdsInternalState } from "./membrane/internal-state.js";
import { dataString } from "./membrane/read-data.js";
import { asCopyError } from "./membrane/needs-copy.js";
import { wrapHostFunction } from "./membrane/host-function.js";
import { HostCalls } from "./membrane/host-calls.js";
import { linkModules, type LoadedModule } from "./modules/link.js";
import { inModule } from "./modules/in-module.js";
import { makeNamespaceMaker } from "./modules/namespace.js";
import { rules } from "../rules/index.js";
import { RemoteSandbox } from "./worker/remote-sandbox.js";

export interface CompileOptions {
  /** The names run() will be given. Without it, free names that are not builtins or endowments are taken to be inputs. */
  readonly inputs?: readonly string[];
  /** Compile for asynchronous evaluation (runAsync): top-level `await`, async functions and Promise. */
  readonly async?: boolean;
}

export class Sandbox {
  readonly options: ResolvedOptions;
  /** Layers switched off: a non-empty list means this sandbox is weakened on purpose. */
  readonly weakened: readonly Layer[];
  /** Set with runIn: "worker": runs happen there (src/worker/), and this thread keeps no realm. */
  private readonly remote: RemoteSandbox | undefined;
  private readonly realm!: Realm<{ kit: RealmKit; control: GuardControl }>;
  private readonly kit!: RealmKit;
  private readonly control!: GuardControl;
  /** Every guard compiled programs bind: the key, budget and catch guards and the size guards. */
  private readonly guards!: Readonly<Record<string, unknown>>;
  private readonly builtins: ReadonlySet<string>;
  /** The specifiers `modules` lists (module mode), made once: every module a program reaches is validated against them. */
  private readonly listedModules: ReadonlySet<string>;
  /** Endowment names, and their realm copies when they are copied once per sandbox. */
  private readonly endowments: ReadonlyMap<string, unknown>;
  /** True when some endowment holds internal state freezing cannot protect: then every run gets fresh copies. */
  private readonly freshPerRun!: boolean;
  /** The guest's global scope, for synchronous and for asynchronous runs (which also see Promise). */
  private readonly scope!: object;
  private readonly asyncScope!: object;
  private readonly asyncSupport!: AsyncSupport;
  private readonly validate: Validator = createValidator(rules);
  /** Inputs and endowments are copied before a run starts; host function results during one. */
  private readonly inputCopy!: CopyInOptions;
  /** The host promises an asynchronous run is waiting for. */
  private readonly hostCalls = new HostCalls();
  /** Module mode: host modules' frozen copies (`$rf_h`), their indexes, and the namespace maker (`$rf_ns`). */
  private readonly moduleBindings: { readonly names: readonly string[]; readonly values: readonly unknown[]; readonly hostIndex: ReadonlyMap<string, number> } | undefined;

  constructor(options: SandboxOptions = {}) {
    this.options = resolveOptions(options);
    this.listedModules = new Set(this.options.mode === "module" ? Object.keys(this.options.modules) : []);
    const { layers } = this.options;
    this.weakened = weakenedLayers(layers);
    if (this.weakened.length > 0) process.emitWarning(`ringfence sandbox weakened on purpose: ${this.weakened.join(", ")} off. Use this for teaching and ablation only.`, { code: "RINGFENCE_WEAKENED" });
    this.builtins = resolveBuiltinNames(this.options.builtins);
    if (this.options.runIn === "worker") {
      this.remote = new RemoteSandbox(this.options, this.weakened);
      this.endowments = new Map(Object.keys(this.options.globals).map((name) => [name, undefined]));
      return;
    }
    this.remote = undefined;
    const state = createRunState(this);
    this.realm = createRealm({ harden: layers.harden, whitelist: layers.whitelist, state, limits: this.options.limits }, (context) => ({
      kit: makeRealmKit(context),
      control: makeGuards(context, state, [...FORBIDDEN_KEYS.keys()], layers.guards, performance.now.bind(performance)),
    }));
    this.kit = this.realm.helpers.kit;
    this.control = this.realm.helpers.control;
    this.guards = Object.freeze({ ...this.control.guards, ...this.realm.size.guards });
    this.inputCopy = this.makeCopyOptions(true);
    this.freshPerRun = layers.isolation && layers.freeze && Object.values(this.options.globals).some((value) => holdsInternalState(value));
    this.endowments = this.freshPerRun ? new Map(Object.keys(this.options.globals).map((name) => [name, undefined])) : this.copyEndowments();
    this.moduleBindings = this.options.mode === "module" ? this.makeModuleBindings() : undefined;
    this.scope = this.makeScope(this.endowments, false);
    this.asyncScope = this.makeScope(this.endowments, true);
    const { kit, realm } = this;
    this.asyncSupport = {
      watch: (promise, settled) => kit.watch(promise, settled),
      drain: (timeout) => drainRealm(realm.context, timeout),
      track: () => trackRealmPromises(kit.promises),
      now: () => performance.now(),
      turns: new RunTurns(),
    };
  }

  /** Runs `source` once with `inputs` and returns its value copied out (in module mode: its exports, as a frozen namespace object). */
  evaluate(source: string, inputs: Readonly<Record<string, unknown>> = {}): unknown {
    this.refuseInWorkerMode("evaluate");
    return this.compile(source, { inputs: this.guard(() => inputKeys(inputs)) }).run(inputs);
  }

  /** Parses, validates, rewrites and compiles `source`; run the result as often as you like. */
  compile(source: string, options: CompileOptions = {}): Program {
    this.refuseInWorkerMode("compile");
    this.guard(requireStackHeadroom);
    return this.compileHere(source, options);
  }

  /** compile() once the stack's headroom is known. */
  private compileHere(source: string, options: CompileOptions): Program {
    const { declared, async } = this.guard(() => resolveCompileOptions(options));
    const { layers, limits, mode } = this.options;
    const parsed = parse(this.guard(() => sourceText(source)), mode, limits.maxSourceLength, limits.maxNesting, async);
    const policy = this.policy(declared, async);
    if (parsed.syntaxError) throw this.mark(this.syntaxFailure(parsed, policy));
    const ast = parsed.ast!;
    const scope = guardStage(() => analyzeScope(ast));
    if (layers.validator) {
      const diagnostics = guardStage(() => this.validate({ ast, scope, htmlComments: parsed.htmlComments, policy }));
      if (diagnostics.length > 0) throw this.mark(new SandboxPolicyError(diagnostics));
    }
    const modules = this.moduleBindings;
    const free = [...scope.free.keys()].filter((name) => !UNBINDABLE.has(name));
    const inputNames = free.filter((name) => (declared ? declared.has(name) : !this.endowments.has(name) && !this.builtins.has(name) && !isHostName(name)));
    const linked = modules ? this.guard(() => guardStage(() => linkModules({ main: ast, entries: this.options.modules, hostIndex: modules.hostIndex, load: (name, text) => this.loadModule(name, text), async, inputs: inputNames }))) : undefined;
    const rewritten = guardStage(() => rewrite(ast, { guards: layers.guards, async }));
    const emitted = guardStage(() => emit(rewritten.program, layers.guards, async));
    // A guest module's free names are bound even when the program has an input of that name: only the program's own function sees inputs.
    const outside = [...new Set([...free.filter((name) => !inputNames.includes(name)), ...(linked?.free ?? []).filter((name) => !UNBINDABLE.has(name))])];
    const perRun = this.freshPerRun ? outside.filter((name) => this.endowments.has(name) || (name === "globalThis" && this.builtins.has(name) && layers.whitelist)) : [];
    const bound = this.bindings(outside.filter((name) => !perRun.includes(name)), async);
    if (modules) bound.names.push(...modules.names), bound.values.push(...modules.values);
    const fn = realmStage(() => compileInRealm(this.realm.context, emitted.code, this.guards, bound, [...(modules ? inputNames.map((_, i) => inputParameter(i)) : inputNames), ...perRun], async));
    return new Program(fn, inputNames, perRun, {
      control: this.control, limits, isolation: layers.isolation, weakened: this.weakened,
      copyInput: (value, name) => this.copyInput(value, name),
      sharedScope: this.freshPerRun ? undefined : async ? this.asyncScope : this.scope,
      environment: (names) => this.environment(names, async),
      calls: this.hostCalls,
      async: async ? this.asyncSupport : undefined,
      module: mode === "module",
    }, { sites: rewritten.sites.locations, positions: emitted.positions, lineOffset: WRAPPER_LINES, frames: this.realm.frames, capStop: this.realm.size });
  }

  /**
   * Runs `source` once as an asynchronous program: top-level `await`, async functions and promises, with
   * every job they schedule inside the run's budget. Resolves to the value copied out (a promise's value).
   * With runIn: "worker", the run happens in a worker thread under hard limits (src/worker/).
   */
  evaluateAsync(source: string, inputs: Readonly<Record<string, unknown>> = {}): Promise<unknown> {
    // Near the stack's edge it throws at once, creating no promise (src/stack-headroom.ts).
    this.guard(requireStackHeadroom);
    return this.evaluateAsyncHere(source, inputs);
  }

  private async evaluateAsyncHere(source: string, inputs: Readonly<Record<string, unknown>>): Promise<unknown> {
    if (this.remote) return this.remote.evaluateAsync(source, inputs);
    return this.compileHere(source, { inputs: this.guard(() => inputKeys(inputs)), async: true }).runAsync(inputs);
  }

  /** One guest source module of module mode: parsed and validated like the program (no inputs, no top-level await). */
  private loadModule(specifier: string, source: string, report?: (diagnostics: readonly Diagnostic[]) => void): LoadedModule {
    const { limits, layers } = this.options;
    const parsed = parse(source, "module", limits.maxSourceLength, limits.maxNesting, false);
    const policy = this.policy(new Set(), false);
    if (parsed.syntaxError) throw inModule(specifier, this.syntaxFailure(parsed, policy));
    const ast = parsed.ast!;
    const scope = guardStage(() => analyzeScope(ast));
    guardStage(() => walk(ast, { enter(node) { if (node.loc) tagModulePosition(node.loc.start, specifier); } }));
    const diagnostics = layers.validator ? guardStage(() => this.validate({ ast, scope, htmlComments: parsed.htmlComments, policy })) : [];
    if (diagnostics.length > 0) {
      const refusal = inModule(specifier, new SandboxPolicyError(diagnostics));
      if (!report) throw refusal;
      report(refusal.diagnostics);
    }
    return { ast, free: [...scope.free.keys()] };
  }

  /** Host modules are copied in once, frozen like endowments; values holding internal state (a Map ...) are refused, as freezing cannot protect them. */
  private makeModuleBindings(): { names: readonly string[]; values: readonly unknown[]; hostIndex: ReadonlyMap<string, number> } {
    const hosts = Object.entries(this.options.modules).flatMap(([specifier, entry]) => ("namespace" in entry ? [[specifier, entry.namespace] as const] : []));
    for (const [specifier, namespace] of hosts) {
      if (this.options.layers.freeze && holdsInternalState(namespace)) throw new SandboxOptionsError(`modules[${JSON.stringify(specifier)}]: a namespace cannot hold values with internal state (Map, Set, Date ...): freezing cannot protect them`);
    }
    return {
      names: [GUARD_NAMES.hostModules, GUARD_NAMES.namespace],
      values: [this.copyInput(hosts.map(([, namespace]) => namespace), "modules"), makeNamespaceMaker(this.realm.context, { Object: this.realm.intrinsics.Object, Symbol: this.realm.intrinsics.Symbol, Reflect: this.realm.intrinsics.Reflect, Array: this.realm.intrinsics.Array })],
      hostIndex: hostModuleIndex(this.options.modules),
    };
  }

  /** Ends the worker threads of a runIn: "worker" sandbox (runs under way fail); idempotent, and a no-op otherwise. */
  async close(): Promise<void> {
    await this.remote?.close();
  }

  private refuseInWorkerMode(method: string): void {
    if (this.remote) throw this.mark(new SandboxOptionsError(`${method}() runs in this thread, but this sandbox has runIn: "worker": use await sandbox.evaluateAsync(source, inputs)`));
  }

  /** A run's global scope and per-run endowment values, freshly copied (only when freshPerRun). */
  private environment(names: readonly string[], async: boolean): { readonly scope: object; readonly values: readonly unknown[] } {
    const endowments = this.copyEndowments();
    const scope = this.makeScope(endowments, async);
    return { scope, values: names.map((name) => (name === "globalThis" ? scope : endowments.get(name))) };
  }

  private copyEndowments(): Map<string, unknown> {
    return new Map(Object.entries(this.options.globals).map(([name, value]) => [name, this.copyInput(value, name)]));
  }

  /**
   * Runs `source` and reports what stopped it and where (src/explain.ts), instead of throwing. The
   * value, when it completed, is copied out as evaluate would.
   */
  explain(source: string, inputs: Readonly<Record<string, unknown>> = {}): Explanation {
    this.refuseInWorkerMode("explain");
    this.realm.touched.length = 0;
    return explainOutcome(() => this.evaluate(source, inputs), this.realm.touched, this.weakened);
  }

  /** All diagnostics for `source` (syntax and policy), without running it. */
  check(source: string, options: CompileOptions = {}): Diagnostic[] {
    this.guard(requireStackHeadroom);
    const { declared, async } = this.guard(() => resolveCompileOptions(options));
    const parsed = parse(this.guard(() => sourceText(source)), this.options.mode, this.options.limits.maxSourceLength, this.options.limits.maxNesting, async);
    const policy = this.policy(declared, async);
    if (parsed.syntaxError) {
      const failure = this.syntaxFailure(parsed, policy);
      return [...failure.diagnostics];
    }
    const diagnostics = [...this.diagnose(parsed, policy)];
    return this.options.mode === "module" ? [...diagnostics, ...this.linkDiagnostics(parsed.ast!, diagnostics)] : diagnostics;
  }

  /**
   * Module mode's check: every guest module the program reaches is loaded and validated, and the
   * linker's refusals (an unlisted specifier, a cycle, a missing export) are reported too. A module
   * that does not parse stops the walk there, as it stops compile().
   */
  private linkDiagnostics(main: AcornProgram, known: readonly Diagnostic[]): Diagnostic[] {
    const found: Diagnostic[] = [];
    const add = (diagnostics: readonly Diagnostic[]) => {
      for (const d of diagnostics) if (![...known, ...found].some((k) => sameDiagnostic(k, d))) found.push(d);
    };
    try {
      guardStage(() => linkModules({ main, entries: this.options.modules, hostIndex: hostModuleIndex(this.options.modules), load: (name, text) => this.loadModule(name, text, add), inputs: [] }));
    } catch (error) {
      if (!(error instanceof SandboxPolicyError || error instanceof SandboxSyntaxError)) throw error;
      add(error.diagnostics);
    }
    return found;
  }

  /** Every rule diagnostic for a parsed program; a stage that refuses the program itself reports its own. */
  private diagnose(parsed: ReturnType<typeof parse>, policy: Policy): readonly Diagnostic[] {
    try {
      return guardStage(() => this.validate({ ast: parsed.ast!, scope: analyzeScope(parsed.ast!), htmlComments: parsed.htmlComments, policy }));
    } catch (error) {
      if (error instanceof SandboxPolicyError || error instanceof SandboxSyntaxError) return error.diagnostics;
      throw error;
    }
  }

  private policy(inputs: ReadonlySet<string> | undefined, async: boolean): Policy {
    return {
      mode: this.options.mode,
      async,
      modules: this.listedModules,
      isPermittedGlobal: (name) => !UNBINDABLE.has(name) && (this.hasBuiltin(name, async) || this.endowments.has(name) || (inputs ? inputs.has(name) : !isHostName(name))),
    };
  }

  private hasBuiltin(name: string, async: boolean): boolean {
    return this.builtins.has(name) && (async || !ASYNC_ONLY_BUILTINS.has(name));
  }

  /** Strict parsing failed: name the rules the sloppy AST breaks, or else report the syntax error. */
  private syntaxFailure(parsed: ReturnType<typeof parse>, policy: Policy): SandboxSyntaxError | SandboxPolicyError {
    const syntax = parsed.syntaxError!;
    if (!parsed.ast || !this.options.layers.validator) return new SandboxSyntaxError([syntax]);
    const diagnostics = this.diagnose(parsed, policy);
    if (diagnostics.length === 0) return new SandboxSyntaxError([syntax]);
    const covered = diagnostics.some((d) => d.line === syntax.line && d.column === syntax.column);
    return new SandboxPolicyError(covered ? diagnostics : [...diagnostics, syntax]);
  }

  private bindings(names: readonly string[], async: boolean): { names: string[]; values: unknown[] } {
    const bound = { names: [] as string[], values: [] as unknown[] };
    for (const name of names) {
      if (this.endowments.has(name)) bound.values.push(this.endowments.get(name));
      else if (this.hasBuiltin(name, async) && this.options.layers.whitelist) bound.values.push(name === "globalThis" ? (async ? this.asyncScope : this.scope) : this.realm.intrinsics[name]);
      else continue;
      bound.names.push(name);
    }
    return bound;
  }

  /** The guest's `globalThis` and top-level `this`: a null-prototype object of permitted names. */
  private makeScope(endowments: ReadonlyMap<string, unknown>, async: boolean): object {
    const scope = this.kit.nullObject();
    for (const name of this.builtins) {
      if (name !== "globalThis" && this.hasBuiltin(name, async) && Object.hasOwn(this.realm.intrinsics, name)) this.kit.define(scope, name, this.realm.intrinsics[name]);
    }
    for (const [name, value] of endowments) this.kit.define(scope, name, value);
    if (this.builtins.has("globalThis")) this.kit.define(scope, "globalThis", scope);
    return this.options.layers.freeze ? this.kit.freeze(scope) : scope;
  }

  private copyInput(value: unknown, name: string): unknown {
    if (!this.options.layers.isolation) return value;
    try {
      return copyIn(value, this.inputCopy, name);
    } catch (error) {
      // Host getters and proxies in inputs run here; whatever they throw, the caller gets a SandboxError.
      throw this.mark(asCopyError(error, name));
    }
  }


  private makeCopyOptions(beforeRun: boolean): CopyInOptions {
    const options: CopyInOptions = {
      kit: this.kit,
      freeze: this.options.layers.freeze,
      ...(beforeRun ? { shapes: new ShapeCache(this.realm.context, this.kit.freeze) } : {}),
      wrapFunction: (fn, path) => wrapHostFunction(fn, path, { kit: this.kit, calls: this.hostCalls, options: () => duringRun, status: () => this.control.state[Slot.Status]!, charge: () => this.control.guards.$rf_tick(-1) }),
    };
    const duringRun: CopyInOptions = beforeRun ? this.makeCopyOptions(false) : options;
    return options;
  }

  private mark<E extends SandboxError>(error: E): E {
    error.weakened = this.weakened;
    return error;
  }

  /** Runs an argument check; its SandboxError gets this sandbox's weakened marks. */
  private guard<T>(check: () => T): T {
    try {
      return check();
    } catch (error) {
      throw error instanceof SandboxError ? this.mark(error) : error;
    }
  }
}

/** Where each host module's frozen namespace sits in `$rf_h`: host entries in the order `modules` lists them. */
function hostModuleIndex(modules: ResolvedOptions["modules"]): ReadonlyMap<string, number> {
  const hosts = Object.keys(modules).filter((specifier) => "namespace" in modules[specifier]!);
  return new Map(hosts.map((specifier, index) => [specifier, index]));
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.ruleId === b.ruleId && a.line === b.line && a.column === b.column && a.message === b.message;
}

function resolveBuiltinNames(builtins: ResolvedOptions["builtins"]): ReadonlySet<string> {
  const names = typeof builtins === "string" ? BUILTIN_PRESETS[builtins] : builtins;
  for (const name of names) {
    if (!Object.hasOwn(GLOBAL_PERMITS, name)) throw new SandboxOptionsError(`builtins: ${JSON.stringify(name)} is not a builtin the sandbox can offer; see src/realm/permits.ts`);
  }
  return new Set(names);
}

/**
 * Runs a scope, rewrite or emit stage; anything it refuses becomes a located policy diagnostic, and a
 * program deep enough to exhaust the host's stack in a tree walk (a member chain thousands long parses
 * without recursion) becomes a syntax error rather than a host RangeError.
 */
function guardStage<T>(stage: () => T): T {
  try {
    return stage();
  } catch (error) {
    if (error instanceof UnknownNodeError || error instanceof RewriteRefusal) throw new SandboxPolicyError([stageDiagnostic("no-unreviewed-syntax", error.message, error.node.loc?.start)]);
    if (error instanceof EmitCheckError) throw new SandboxPolicyError([stageDiagnostic("emit", error.message, undefined)]);
    if (error instanceof RangeError || error instanceof TreeTooDeepError) throw tooDeep();
    throw error;
  }
}

/** Compiling in the realm can still fail where V8 has limits acorn does not (65535 arguments ...). */
function realmStage<T>(stage: () => T): T {
  try {
    return stage();
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep();
    const message = typeof error === "object" && error !== null ? dataString(error, "message") : "";
    throw new SandboxSyntaxError([{ ruleId: "parse", messageId: "engineLimit", message: `the engine refused to compile this program: ${message || "unknown reason"}`, line: 1, column: 1, endLine: 1, endColumn: 2 }]);
  }
}

function tooDeep(): SandboxSyntaxError {
  return new SandboxSyntaxError([{ ruleId: "parse", messageId: "tooDeep", message: "the code is nested too deeply to compile safely", line: 1, column: 1, endLine: 1, endColumn: 2 }]);
}

function stageDiagnostic(ruleId: string, message: string, start: { line: number; column: number } | undefined): Diagnostic {
  const line = start?.line ?? 1, column = (start?.column ?? 0) + 1;
  return { ruleId, messageId: ruleId === "emit" ? "emitCheck" : "rewriteRefused", message, line, column, endLine: line, endColumn: column + 1 };
}
