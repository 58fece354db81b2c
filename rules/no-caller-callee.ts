/**
 * Disallow `caller`, `callee` and `arguments` as property names. Part of the forbidden-key family (src/guards/forbidden-keys.ts): the static spellings are
 * refused here, and the runtime key guard refuses the same keys when they are computed at run time.
 */
import { defineRule } from "../src/validate/rule.js";
import { forbiddenKeyVisitors, keysOfRule } from "./_utils.js";

const KEYS = keysOfRule("no-caller-callee");

export default defineRule({
  meta: {
    category: "escape",
    docs: {
      description: "Disallow `caller`, `callee` and `arguments` as property names",
      rationale: "`f.caller`, `arguments.callee` and `f.arguments` leak functions and frames from outside the guest's reach; older sandboxes were escaped through them.",
      runtimeTwin: "src/guards/make-guards.ts $rf_key refuses the same keys in every member, key and pattern position when computed at run time; keys handed to reflective builtins (Reflect.get(o, k)) are not seen by either, and there the harden layer holds: the constructors they reach are inert and the legacy accessors are gone",
    },
    messages: { callerCallee: "`{{key}}` is not allowed: it exposes the calling function or the arguments object" },
    hints: { callerCallee: "use rest parameters (...args) and name your functions" },
  },
  create(context) {
    return forbiddenKeyVisitors(KEYS, (node, key) => context.report({ node, messageId: "callerCallee", data: { key } }));
  },
});
