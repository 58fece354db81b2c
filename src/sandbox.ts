/**
 * Why: the pipeline, top to bottom, and nothing else:
 *   parse -> validate -> rewrite -> emit + reparse -> compile in realm -> run with budget -> copy out.
 * The policy each stage applies lives in that stage's module (rules/, src/rewrite/, src/realm/,
 * src/membrane/); this file only wires them together and turns failures into typed errors. The
 * realm, the guards and the endowments are made once per Sandbox; a program is compiled once and
 * run many times.
 */
import type { Diagnostic } from "./diagnostic.js";
import { SandboxError, SandboxPolicyError, SandboxSyntaxError, SandboxOptionsError, type Layer } from "./errors.js";
import { resolveOptions, weakenedLayers, type ResolvedOptions, type SandboxOptions } from "./options.js";
import { parse } from "./parse.js";
import { createValidator, type Validator } from "./validate/validate.js";
import { analyzeScope } from "./validate/scope.js";
import { UnknownNodeError } from "./validate/walk.js";
import type { Policy } from "./validate/rule.js";
import { rewrite, RewriteRefusal } from "./rewrite/rewrite.js";
import { emit, EmitCheckError } from "./rewrite/emit.js";
import { compileInRealm, WRAPPER_LINES } from "./compile.js";
import { Program } from "./program.js";
import { createRealm, type Realm } from "./realm/create-realm.js";
import { BUILTIN_PRESETS, GLOBAL_PERMITS } from "./realm/permits.js";
import { isHostName } from "./realm/host-names.js";
import { makeGuards, type GuardControl } from "./guards/make-guards.js";
import { FORBIDDEN_KEYS } from "./guards/forbidden-keys.js";
import { makeRealmKit, type RealmKit } from "./membrane/realm-kit.js";
import { copyIn, type CopyInOptions } from "./membrane/copy-in.js";
import { wrapHostFunction } from "./membrane/host-function.js";
import { rules } from "../rules/index.js";

export interface CompileOptions {
  /** The names run() will be given. Without it, free names that are not builtins or endowments are taken to be inputs. */
  readonly inputs?: readonly string[];
}

export class Sandbox {
  readonly options: ResolvedOptions;
  /** Layers switched off: a non-empty list means this sandbox is weakened on purpose. */
  readonly weakened: readonly Layer[];
  private readonly realm: Realm<{ kit: RealmKit; control: GuardControl }>;
  private readonly kit: RealmKit;
  private readonly control: GuardControl;
  private readonly builtins: ReadonlySet<string>;
  private readonly endowments: ReadonlyMap<string, unknown>;
  private readonly scope: object;
  private readonly validate: Validator = createValidator(rules);

  constructor(options: SandboxOptions = {}) {
    this.options = resolveOptions(options);
    const { layers } = this.options;
    this.weakened = weakenedLayers(layers);
    if (this.weakened.length > 0) process.emitWarning(`ringfence sandbox weakened on purpose: ${this.weakened.join(", ")} off. Use this for teaching and ablation only.`, { code: "RINGFENCE_WEAKENED" });
    this.builtins = resolveBuiltinNames(this.options.builtins);
    this.realm = createRealm(layers, (context) => ({
      kit: makeRealmKit(context),
      control: makeGuards(context, [...FORBIDDEN_KEYS.keys()], layers.guards, performance.now.bind(performance)),
    }));
    this.kit = this.realm.helpers.kit;
    this.control = this.realm.helpers.control;
    this.endowments = new Map(Object.entries(this.options.globals).map(([name, value]) => [name, this.copyInput(value, name)]));
    this.scope = this.makeScope();
  }

  /** Runs `source` once with `inputs` and returns its value copied out. */
  evaluate(source: string, inputs: Readonly<Record<string, unknown>> = {}): unknown {
    return this.compile(source, { inputs: Object.keys(inputs) }).run(inputs);
  }

  /** Parses, validates, rewrites and compiles `source`; run the result as often as you like. */
  compile(source: string, options: CompileOptions = {}): Program {
    rejectUnknownCompileOptions(options);
    const { layers, limits, mode } = this.options;
    const parsed = parse(String(source), mode, limits.maxSourceLength);
    const declared = options.inputs ? new Set(options.inputs) : undefined;
    const policy = this.policy(declared);
    if (parsed.syntaxError) throw this.mark(this.syntaxFailure(parsed, policy));
    const ast = parsed.ast!;
    const scope = guardStage(() => analyzeScope(ast));
    if (layers.validator) {
      const diagnostics = this.validate({ ast, scope, htmlComments: parsed.htmlComments, policy });
      if (diagnostics.length > 0) throw this.mark(new SandboxPolicyError(diagnostics));
    }
    const inputNames = [...scope.free.keys()].filter((name) => (declared ? declared.has(name) : !this.endowments.has(name) && !this.builtins.has(name) && !isHostName(name)));
    const rewritten = guardStage(() => rewrite(ast, { guards: layers.guards }));
    const emitted = guardStage(() => emit(rewritten.program, layers.guards));
    const bound = this.bindings([...scope.free.keys()].filter((name) => !inputNames.includes(name)));
    const fn = compileInRealm(this.realm.context, emitted.code, this.control.guards, bound, inputNames);
    return new Program(fn, inputNames, {
      control: this.control, limits, isolation: layers.isolation, scope: this.scope, weakened: this.weakened,
      copyInput: (value, name) => this.copyInput(value, name),
    }, { sites: rewritten.sites.locations, positions: emitted.positions, lineOffset: WRAPPER_LINES, frames: this.realm.frames });
  }

  /** All diagnostics for `source` (syntax and policy), without running it. */
  check(source: string, options: CompileOptions = {}): Diagnostic[] {
    const parsed = parse(String(source), this.options.mode, this.options.limits.maxSourceLength);
    const policy = this.policy(options.inputs ? new Set(options.inputs) : undefined);
    if (parsed.syntaxError) {
      const failure = this.syntaxFailure(parsed, policy);
      return [...failure.diagnostics];
    }
    try {
      return this.validate({ ast: parsed.ast!, scope: guardStage(() => analyzeScope(parsed.ast!)), htmlComments: parsed.htmlComments, policy });
    } catch (error) {
      if (error instanceof SandboxPolicyError) return [...error.diagnostics];
      throw error;
    }
  }

  private policy(inputs: ReadonlySet<string> | undefined): Policy {
    return {
      mode: this.options.mode,
      isPermittedGlobal: (name) => this.builtins.has(name) || this.endowments.has(name) || (inputs ? inputs.has(name) : !isHostName(name)),
    };
  }

  /** Strict parsing failed: name the rules the sloppy AST breaks, or else report the syntax error. */
  private syntaxFailure(parsed: ReturnType<typeof parse>, policy: Policy): SandboxSyntaxError | SandboxPolicyError {
    const syntax = parsed.syntaxError!;
    if (!parsed.ast || !this.options.layers.validator) return new SandboxSyntaxError([syntax]);
    let diagnostics: Diagnostic[];
    try {
      diagnostics = this.validate({ ast: parsed.ast, scope: guardStage(() => analyzeScope(parsed.ast!)), htmlComments: parsed.htmlComments, policy });
    } catch (error) {
      if (error instanceof SandboxPolicyError) return error;
      throw error;
    }
    if (diagnostics.length === 0) return new SandboxSyntaxError([syntax]);
    const covered = diagnostics.some((d) => d.line === syntax.line && d.column === syntax.column);
    return new SandboxPolicyError(covered ? diagnostics : [...diagnostics, syntax]);
  }

  private bindings(names: readonly string[]): { names: string[]; values: unknown[] } {
    const bound = { names: [] as string[], values: [] as unknown[] };
    for (const name of names) {
      if (this.endowments.has(name)) bound.values.push(this.endowments.get(name));
      else if (this.builtins.has(name) && this.options.layers.whitelist) bound.values.push(name === "globalThis" ? this.scope : this.realm.intrinsics[name]);
      else continue;
      bound.names.push(name);
    }
    return bound;
  }

  /** The guest's `globalThis` and top-level `this`: a null-prototype object of permitted names. */
  private makeScope(): object {
    const scope = this.kit.nullObject();
    for (const name of this.builtins) {
      if (name !== "globalThis" && Object.hasOwn(this.realm.intrinsics, name)) this.kit.define(scope, name, this.realm.intrinsics[name]);
    }
    for (const [name, value] of this.endowments) this.kit.define(scope, name, value);
    if (this.builtins.has("globalThis")) this.kit.define(scope, "globalThis", scope);
    return this.options.layers.freeze ? this.kit.freeze(scope) : scope;
  }

  private copyInput(value: unknown, name: string): unknown {
    if (!this.options.layers.isolation) return value;
    return copyIn(value, this.copyOptions(), name);
  }

  private copyOptions(): CopyInOptions {
    const options: CopyInOptions = {
      kit: this.kit,
      freeze: this.options.layers.freeze,
      wrapFunction: (fn, path) => wrapHostFunction(fn, path, this.kit, () => options),
    };
    return options;
  }

  private mark<E extends SandboxError>(error: E): E {
    error.weakened = this.weakened;
    return error;
  }
}

function resolveBuiltinNames(builtins: ResolvedOptions["builtins"]): ReadonlySet<string> {
  const names = typeof builtins === "string" ? BUILTIN_PRESETS[builtins] : builtins;
  for (const name of names) {
    if (!Object.hasOwn(GLOBAL_PERMITS, name)) throw new SandboxOptionsError(`builtins: ${JSON.stringify(name)} is not a builtin the sandbox can offer; see src/realm/permits.ts`);
  }
  return new Set(names);
}

function rejectUnknownCompileOptions(options: CompileOptions): void {
  for (const key of Object.keys(options)) if (key !== "inputs") throw new SandboxOptionsError(`unknown compile option ${JSON.stringify(key)}`);
}

/** Runs a rewrite or emit stage; anything it refuses becomes a located policy diagnostic. */
function guardStage<T>(stage: () => T): T {
  try {
    return stage();
  } catch (error) {
    if (error instanceof UnknownNodeError || error instanceof RewriteRefusal) throw new SandboxPolicyError([stageDiagnostic("no-unreviewed-syntax", error.message, error.node.loc?.start)]);
    if (error instanceof EmitCheckError) throw new SandboxPolicyError([stageDiagnostic("emit", error.message, undefined)]);
    throw error;
  }
}

function stageDiagnostic(ruleId: string, message: string, start: { line: number; column: number } | undefined): Diagnostic {
  const line = start?.line ?? 1, column = (start?.column ?? 0) + 1;
  return { ruleId, messageId: ruleId === "emit" ? "emitCheck" : "rewriteRefused", message, line, column, endLine: line, endColumn: column + 1 };
}
