/**
 * Disallow the `constructor` key. Part of the forbidden-key family (src/guards/forbidden-keys.ts): the static spellings are
 * refused here, and the runtime key guard refuses the same keys when they are computed at run time.
 */
import { defineRule } from "../src/validate/rule.js";
import { forbiddenKeyVisitors, keysOfRule } from "./_utils.js";

const KEYS = keysOfRule("no-constructor-property");

export default defineRule({
  meta: {
    category: "escape",
    docs: {
      description: "Disallow the `constructor` key",
      rationale: "`x.constructor.constructor` reaches the Function constructor from any value - the most common sandbox escape of all (vm2, safe-eval, AngularJS).",
      runtimeTwin: "src/guards/make-guards.ts $rf_key refuses the same keys in every member, key and pattern position when computed at run time; keys handed to reflective builtins (Reflect.get(o, k)) are not seen by either, and there the harden layer holds: the constructors they reach are inert and the legacy accessors are gone",
    },
    messages: { constructorAccess: "`constructor` is not allowed: it climbs to constructors such as Function" },
    hints: { constructorAccess: "use instanceof, typeof or Array.isArray to test what a value is" },
  },
  create(context) {
    return forbiddenKeyVisitors(KEYS, (node, key) => context.report({ node, messageId: "constructorAccess", data: { key } }));
  },
});
