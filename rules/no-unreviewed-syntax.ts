/**
 * Fail closed: syntax the rewriter and guards were not reviewed for is refused until it is. That covers
 * node types acorn may add in future (reported by the validator's walker under this rule's id),
 * `using` declarations, module declarations outside module mode, `debugger`, and async code outside asynchronous
 * evaluation - in a synchronous run a promise job would have nothing to run it within the budget.
 */
import type { AnyNode } from "acorn";
import { defineRule } from "../src/validate/rule.js";

export default defineRule({
  meta: {
    category: "unreviewed",
    docs: {
      description: "Disallow syntax the sandbox has not been reviewed for",
      rationale: "New syntax has bypassed rewriting sandboxes before (vm2's transformer did not know `using`); anything not reviewed is refused.",
      runtimeTwin: "the rewriter throws on any node type or form it does not handle (src/rewrite/rewrite.ts)",
    },
    messages: {
      unknownNode: "syntax {{type}} has not been reviewed for the sandbox and is refused",
      asyncCode: "{{what}} is not supported in synchronous evaluation",
      debuggerStatement: "`debugger` statements are not allowed: they could pause the host",
      moduleSyntax: "`{{what}}` declarations are not available",
      usingDeclaration: "`{{what}}` declarations are not supported",
    },
    hints: {
      asyncCode: "use evaluateAsync (or compile with { async: true }) for code that awaits",
    },
  },
  create(context) {
    const synchronous = () => !context.policy.async; // the policy is per program; visitors are made once
    const asyncFunction = (node: AnyNode & { async?: boolean; generator?: boolean }, parent: AnyNode | undefined) => {
      if (!node.async || !synchronous()) return;
      // An async method's function value starts at its parameters; underline the whole method instead.
      const method = parent && (parent.type === "MethodDefinition" || (parent.type === "Property" && (parent.method || parent.kind !== "init"))) ? parent : node;
      context.report({ node: method, messageId: "asyncCode", data: { what: node.generator ? "an async generator" : "an async function" } });
    };
    const moduleDeclaration = (node: AnyNode) => context.policy.mode !== "module" && context.report({ node, messageId: "moduleSyntax", data: { what: node.type.startsWith("Import") ? "import" : "export" } });
    return {
      FunctionDeclaration: asyncFunction,
      FunctionExpression: asyncFunction,
      ArrowFunctionExpression: asyncFunction,
      AwaitExpression(node) { if (synchronous()) context.report({ node, messageId: "asyncCode", data: { what: "`await`" } }); },
      ForOfStatement(node) { if (node.await && synchronous()) context.report({ node, messageId: "asyncCode", data: { what: "`for await`" } }); },
      DebuggerStatement(node) { context.report({ node, messageId: "debuggerStatement" }); },
      VariableDeclaration(node) {
        if (node.kind !== "var" && node.kind !== "let" && node.kind !== "const") context.report({ node, messageId: "usingDeclaration", data: { what: node.kind } });
      },
      ParenthesizedExpression(node) { context.report({ node, messageId: "unknownNode", data: { type: JSON.stringify(node.type) } }); },
      ImportDeclaration: moduleDeclaration,
      ExportNamedDeclaration: moduleDeclaration,
      ExportDefaultDeclaration: moduleDeclaration,
      ExportAllDeclaration: moduleDeclaration,
    };
  },
});
