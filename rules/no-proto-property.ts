/**
 * Disallow every spelling of `__proto__`. Part of the forbidden-key family (src/guards/forbidden-keys.ts): the static spellings are
 * refused here, and the runtime key guard refuses the same keys when they are computed at run time.
 */
import { defineRule } from "../src/validate/rule.js";
import { forbiddenKeyVisitors, keysOfRule } from "./_utils.js";

const KEYS = keysOfRule("no-proto-property");

export default defineRule({
  meta: {
    category: "escape",
    docs: {
      description: "Disallow every spelling of `__proto__`",
      rationale: "`__proto__` reads and replaces prototypes: the classic route to prototype pollution (SandboxJS CVE-2025-34146) and to intrinsics the guest should not hold.",
      runtimeTwin: "src/guards/make-guards.ts $rf_key refuses the same keys in every member, key and pattern position when computed at run time; keys handed to reflective builtins (Reflect.get(o, k)) are not seen by either, and there the harden layer holds: the constructors they reach are inert and the legacy accessors are gone",
    },
    messages: { protoAccess: "`__proto__` is not allowed: it reads or replaces an object's prototype" },
    hints: { protoAccess: "use Object.create(proto) for a new object, or a Map for data keyed by arbitrary strings" },
  },
  create(context) {
    return forbiddenKeyVisitors(KEYS, (node, key) => context.report({ node, messageId: "protoAccess", data: { key } }));
  },
});
