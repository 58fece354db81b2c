/**
 * Disallow `prepareStackTrace` and `captureStackTrace`. Part of the forbidden-key family (src/guards/forbidden-keys.ts): the static spellings are
 * refused here, and the runtime key guard refuses the same keys when they are computed at run time.
 */
import { defineRule } from "../src/validate/rule.js";
import { forbiddenKeyVisitors, keysOfRule } from "./_utils.js";

const KEYS = keysOfRule("no-error-stack-hooks");

export default defineRule({
  meta: {
    category: "escape",
    docs: {
      description: "Disallow `prepareStackTrace` and `captureStackTrace`",
      rationale: "V8's stack hooks run a chosen function whenever a stack is formatted - possibly by host code - and hand it call sites (vm2 categories 4 and 19).",
      runtimeTwin: "src/guards/make-guards.ts $rf_key refuses the same keys in every member, key and pattern position when computed at run time; keys handed to reflective builtins (Reflect.get(o, k)) are not seen by either, and there the harden layer holds: the constructors they reach are inert and the legacy accessors are gone",
    },
    messages: { stackHook: "`{{key}}` is not allowed: error stack hooks run code while stacks are formatted" },
    hints: { stackHook: "read error.message instead of formatting stacks" },
  },
  create(context) {
    return forbiddenKeyVisitors(KEYS, (node, key) => context.report({ node, messageId: "stackHook", data: { key } }));
  },
});
