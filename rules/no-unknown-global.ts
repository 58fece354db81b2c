/**
 * A free identifier names something outside the program. Only permitted builtins, the sandbox's
 * endowments and the run's inputs exist there; anything else - `process`, `require`, `window`,
 * `globalThis` when not permitted, a typo - is refused before anything runs, at every use.
 */
import { defineRule } from "../src/validate/rule.js";
import { isHostName } from "../src/realm/host-names.js";
import { ASYNC_ONLY_BUILTINS } from "../src/realm/permits.js";

export default defineRule({
  meta: {
    category: "capability",
    docs: {
      description: "Disallow free identifiers that are not permitted builtins, endowments or inputs",
      rationale: "Every name the guest can reach is a capability; the whitelist is the list of them, and a name outside it is either an attack or a mistake.",
      runtimeTwin: "names are bound as lexical parameters of the compiled wrapper, and the realm's global object is emptied at lockdown",
    },
    messages: {
      unknownGlobal: "`{{name}}` is not defined in the sandbox",
      hostGlobal: "`{{name}}` belongs to the host and is not available in the sandbox",
      asyncOnly: "`{{name}}` is available only in asynchronous evaluation",
    },
    hints: {
      unknownGlobal: "pass it as an input or endowment, declare it, or check the spelling",
      hostGlobal: "the sandbox sees only permitted builtins, endowments and inputs",
      asyncOnly: "use evaluateAsync (or compile with { async: true }): nothing would run its promise jobs in a synchronous run",
    },
  },
  create(context) {
    return {
      "Program:exit"() {
        for (const [name, uses] of context.scope.free) {
          if (context.policy.isPermittedGlobal(name)) continue;
          const messageId = !context.policy.async && ASYNC_ONLY_BUILTINS.has(name) ? "asyncOnly" : isHostName(name) ? "hostGlobal" : "unknownGlobal";
          for (const node of uses) context.report({ node, messageId, data: { name } });
        }
      },
    };
  },
});
