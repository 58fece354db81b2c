/**
 * Why: every promise the guest creates must be known to the host, because Node treats a rejected
 * promise nobody handles - in any realm - as a fatal error of the whole process. The host marks guest
 * promises as handled the moment they are created (src/realm/promise-tracker.ts), recognising them by
 * their prototype. A subclass of Promise would create promises with another prototype, so the
 * constructor is replaced by one that refuses subclassing: `new Promise(...)`, `Promise.resolve(...)`
 * and every builtin that constructs through it still work, while `class P extends Promise` and
 * `Reflect.construct(Promise, [f], Other)` throw. Async functions use the intrinsic directly and
 * always produce plain promises. The statics and the species getter are the intrinsic's own functions
 * (they are generic over `this`); `Promise.prototype.constructor` points at the tamed constructor, so
 * the intrinsic is no longer reachable from guest code.
 *
 * `then` and `finally` look up a species constructor on the promise, and a guest can give one promise
 * its own `constructor` (defineProperty takes a computed key no guard sees). V8 then calls the guest's
 * capability functions from inside its promise jobs, where an exception escapes to the host as an
 * uncaught error and ends the process. So both refuse a promise with an own `constructor` or another
 * prototype; every other path to species (`catch`, `await`, the statics) goes through them or through
 * the tamed constructor.
 */
import type vm from "node:vm";
import { realmFunction } from "./realm-function.js";

/** Replaces the realm's global `Promise`; returns the tamed constructor by the name it replaces. */
export function tamePromise(context: vm.Context, hidden: Record<string, object>): Record<string, object> {
  const intrinsic = hidden["%Promise%"]!;
  const tamed = realmFunction<object>(context, `
    const RealmTypeError = TypeError, construct = Reflect.construct; // captured: the global object is emptied later
    const Promise = function Promise(executor) {
      if (new.target === undefined) throw new RealmTypeError("Promise constructor cannot be invoked without 'new'");
      if (new.target !== Promise) throw new RealmTypeError("ringfence: Promise cannot be subclassed in the sandbox");
      return construct(intrinsic, [executor]);
    };
    Object.defineProperty(Promise, "length", { value: 1 });
    for (const key of Reflect.ownKeys(intrinsic)) {
      if (key === "length" || key === "name" || key === "prototype") continue;
      Object.defineProperty(Promise, key, Object.getOwnPropertyDescriptor(intrinsic, key));
    }
    Object.defineProperty(Promise, "prototype", { value: intrinsic.prototype, writable: false, enumerable: false, configurable: false });
    Object.defineProperty(intrinsic.prototype, "constructor", { value: Promise, writable: true, enumerable: false, configurable: true });
    const describe = Object.getOwnPropertyDescriptor, getPrototypeOf = Object.getPrototypeOf, apply = Reflect.apply;
    const checked = (method) => {
      const original = intrinsic.prototype[method];
      const replacement = { [method](...args) {
        if (((typeof this === "object" && this !== null) || typeof this === "function") && (describe(this, "constructor") !== undefined || getPrototypeOf(this) !== intrinsic.prototype)) {
          throw new RealmTypeError("ringfence: Promise.prototype." + method + " refuses a promise whose constructor or prototype was changed");
        }
        return apply(original, this, args);
      } }[method];
      Object.defineProperty(replacement, "length", { value: original.length });
      Object.defineProperty(intrinsic.prototype, method, { value: replacement, writable: true, enumerable: false, configurable: true });
    };
    checked("then");
    checked("finally");
    globalThis.Promise = Promise;
    return Promise;
  `, ["intrinsic"], intrinsic);
  return { Promise: tamed };
}
