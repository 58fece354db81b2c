/**
 * Why: `Function`, and the constructors of generator, async and async generator functions, turn
 * strings into code. They are reachable from any function through `.constructor`, so hiding the
 * global names is not enough (SES tame-function-constructors). Each is replaced by an inert thrower
 * that keeps the original prototype, so `f instanceof Function` still works, and every prototype's
 * `constructor` is pointed at the thrower. The realm also refuses code generation from strings, so a
 * constructor reached some other way still cannot compile anything.
 */
import type vm from "node:vm";
import { realmFunction } from "./realm-function.js";

/**
 * Returns the tamed constructors, by the names they replace. Each call of a thrower is reported to
 * `touched` first (a host callback the guest cannot reach), so `explain` can say which tamed intrinsic
 * an attempt ran into.
 */
export function tameFunctionConstructors(context: vm.Context, hidden: Record<string, object>, touched: (name: string) => void): Record<string, object> {
  const originals: Record<string, object> = {
    Function: realmFunction<object>(context, "return Function;"),
    "%GeneratorFunction%": hidden["%GeneratorFunction%"]!,
    "%AsyncFunction%": hidden["%AsyncFunction%"]!,
    "%AsyncGeneratorFunction%": hidden["%AsyncGeneratorFunction%"]!,
  };
  const tamed: Record<string, object> = {};
  for (const [name, original] of Object.entries(originals)) {
    const prototype = (original as { prototype: object }).prototype;
    const thrower = realmFunction<object>(context, `
      const RealmTypeError = TypeError; // captured now: after lockdown the realm's global object is empty
      const tamed = function () {
        touched(name);
        throw new RealmTypeError("ringfence: " + name + " cannot create functions from strings in the sandbox");
      };
      Object.defineProperty(tamed, "name", { value: name.replace(/%/g, "") });
      Object.defineProperty(tamed, "prototype", { value: prototype, writable: false, enumerable: false, configurable: false });
      Object.defineProperty(prototype, "constructor", { value: tamed, writable: true, enumerable: false, configurable: true });
      Object.setPrototypeOf(tamed, Object.getPrototypeOf(original));
      return tamed;
    `, ["name", "prototype", "original", "touched"], name, prototype, original, touched);
    tamed[name] = thrower;
    if (name !== "Function") hidden[name] = thrower;
  }
  return tamed;
}
