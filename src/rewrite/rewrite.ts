/**
 * Why: turns a validated AST into the code that actually runs. One walk, children first, each node
 * handed to the transform for its family; a node type the rewriter does not know, a reserved name, or
 * async code outside an asynchronous run is refused here too, so the rewriter fails closed even with the
 * validator switched off. The completion transform runs last because it wraps statements the other
 * transforms have already finished with.
 *
 * With the guards layer off, only what the budget needs is inserted (ticks and the catch rethrow).
 */
import type { AnyNode, Program } from "acorn";
import { walk } from "../validate/walk.js";
import { isReservedName } from "./reserved.js";
import { isGenerated } from "./nodes.js";
import { SiteTable } from "./sites.js";
import { guardInOperand, guardKey } from "./transforms/property-key.js";
import { chargeField, chargeFunction, chargeLoop, chargeResume, chargeStaticBlock } from "./transforms/budget.js";
import { guardCatch } from "./transforms/catch-clause.js";
import { trackProgramCompletion } from "./transforms/completion.js";
import { guardAssignment, guardBinary, guardRestDeclarator, guardSpread, guardTemplate } from "./transforms/size.js";

export class RewriteRefusal extends Error {
  constructor(readonly node: AnyNode, message: string) {
    super(message);
  }
}

export interface RewriteOptions {
  readonly guards: boolean;
  /** Asynchronous evaluation: async functions and `await` are allowed, and every resumption is charged. */
  readonly async: boolean;
}

export interface Rewritten {
  readonly program: Program;
  readonly sites: SiteTable;
}

/** Rewrites `program` in place. Throws UnknownNodeError or RewriteRefusal. */
export function rewrite(program: Program, options: RewriteOptions): Rewritten {
  const sites = new SiteTable();
  walk(program, {
    enter(node) {
      refuseUnsupported(node, options.async);
    },
    leave(node, parent) {
      switch (node.type) {
        case "MemberExpression": if (options.guards) guardKey(node, "property", sites); break;
        case "Property": case "MethodDefinition": case "PropertyDefinition":
          if (options.guards && !(node.type === "MethodDefinition" && node.kind === "constructor")) guardKey(node, "key", sites);
          if (node.type === "PropertyDefinition") chargeField(node, sites);
          break;
        case "BinaryExpression":
          if (options.guards && node.operator === "in") guardInOperand(node, sites);
          guardBinary(node, sites);
          break;
        // Size guards are budget, like ticks: inserted whether or not the guards layer is on.
        case "AssignmentExpression": guardAssignment(node, sites); break;
        case "TemplateLiteral": guardTemplate(node, parent, sites); break;
        case "SpreadElement": guardSpread(node, parent, sites); break;
        case "VariableDeclarator": guardRestDeclarator(node, sites); break;
        case "ForStatement": case "ForInStatement": case "ForOfStatement": case "WhileStatement": case "DoWhileStatement":
          chargeLoop(node, sites);
          break;
        case "FunctionDeclaration": case "FunctionExpression": case "ArrowFunctionExpression": chargeFunction(node, sites); break;
        case "StaticBlock": chargeStaticBlock(node, sites); break;
        case "AwaitExpression": chargeResume(node, sites); break;
        case "CatchClause": guardCatch(node); break;
        default: break;
      }
    },
  });
  trackProgramCompletion(program.body as Parameters<typeof trackProgramCompletion>[0]);
  return { program, sites };
}

function refuseUnsupported(node: AnyNode, async: boolean): void {
  if ((node.type === "Identifier" || node.type === "PrivateIdentifier") && isReservedName(node.name) && !isGenerated(node)) {
    throw new RewriteRefusal(node, `identifier ${node.name} uses the reserved prefix`);
  }
  if ((node.type === "FunctionDeclaration" || node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression") && node.async && !async) {
    throw new RewriteRefusal(node, "async functions are not supported in synchronous evaluation");
  }
  switch (node.type) {
    case "AwaitExpression":
      if (!async) throw new RewriteRefusal(node, "await is not supported in synchronous evaluation");
      return;
    case "ImportExpression": case "ImportDeclaration": case "ExportNamedDeclaration": case "ExportDefaultDeclaration":
    case "ExportAllDeclaration": case "ParenthesizedExpression": case "WithStatement": case "DebuggerStatement": case "MetaProperty":
      if (node.type === "MetaProperty" && node.meta.name === "new") return;
      throw new RewriteRefusal(node, `${node.type} is not supported by the rewriter`);
    case "ForOfStatement":
      if (node.await && !async) throw new RewriteRefusal(node, "for await is not supported in synchronous evaluation");
      return;
    case "VariableDeclaration":
      if (node.kind !== "var" && node.kind !== "let" && node.kind !== "const") throw new RewriteRefusal(node, `${node.kind} declarations are not supported`);
      return;
    default:
      return;
  }
}
