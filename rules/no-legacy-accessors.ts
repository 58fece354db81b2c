/**
 * Disallow `__defineGetter__`, `__defineSetter__`, `__lookupGetter__` and `__lookupSetter__`. Part of the forbidden-key family (src/guards/forbidden-keys.ts): the static spellings are
 * refused here, and the runtime key guard refuses the same keys when they are computed at run time.
 */
import { defineRule } from "../src/validate/rule.js";
import { forbiddenKeyVisitors, keysOfRule } from "./_utils.js";

const KEYS = keysOfRule("no-legacy-accessors");

export default defineRule({
  meta: {
    category: "escape",
    docs: {
      description: "Disallow `__defineGetter__`, `__defineSetter__`, `__lookupGetter__` and `__lookupSetter__`",
      rationale: "The legacy accessor methods install and extract getters and setters on any object, including prototypes, outside the syntax the rules understand.",
      runtimeTwin: "src/guards/make-guards.ts $rf_key refuses the same keys in every member, key and pattern position when computed at run time; keys handed to reflective builtins (Reflect.get(o, k)) are not seen by either, and there the harden layer holds: the constructors they reach are inert and the legacy accessors are gone",
    },
    messages: { legacyAccessor: "`{{key}}` is not allowed: legacy accessor methods change objects behind the guards' back" },
    hints: { legacyAccessor: "use get/set syntax in an object literal or class" },
  },
  create(context) {
    return forbiddenKeyVisitors(KEYS, (node, key) => context.report({ node, messageId: "legacyAccessor", data: { key } }));
  },
});
