/**
 * Why: the "override mistake". Once Object.prototype is frozen, `o.toString = f` on an ordinary object
 * throws in strict mode, because an inherited non-writable property blocks the assignment - and so do
 * `this.name = "MyError"` in an Error subclass and `F.prototype.toString = ...`. Code like that is
 * everywhere; if hardening breaks it, users switch hardening off (SES needed overrideTaming for the
 * same reason). For the properties people do override, the data property on the frozen intrinsic is
 * replaced by an accessor pair: reading gives the original value, and assigning through an inheriting
 * object defines an own property on that object instead. Assigning on the intrinsic itself still
 * fails, so nothing shared can change.
 */
import type vm from "node:vm";
import { realmFunction } from "./realm-function.js";
import { trustGetter } from "../membrane/read-data.js";

/** Intrinsic (by permit path) -> properties that assignments through inheriting objects may override. */
const OVERRIDABLE: Readonly<Record<string, readonly string[]>> = Object.freeze({
  "Object.prototype": ["toString", "valueOf", "toLocaleString", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable"],
  "Function.prototype": ["toString", "apply", "call", "bind"],
  "Array.prototype": ["toString", "toLocaleString", "join"],
  "Error.prototype": ["name", "message", "toString"],
  "TypeError.prototype": ["name", "message"], "RangeError.prototype": ["name", "message"], "SyntaxError.prototype": ["name", "message"],
  "ReferenceError.prototype": ["name", "message"], "EvalError.prototype": ["name", "message"], "URIError.prototype": ["name", "message"],
  "AggregateError.prototype": ["name", "message"],
  "Date.prototype": ["toString", "valueOf", "toJSON"],
  "RegExp.prototype": ["toString"],
  "Number.prototype": ["toString", "valueOf"],
  "String.prototype": ["toString", "valueOf"],
  "Boolean.prototype": ["toString", "valueOf"],
});

/** Call after permits are applied and before the freeze; `resolve` finds an intrinsic by permit path. */
export function tameOverrideMistake(context: vm.Context, resolve: (path: string) => object | undefined): void {
  const enable = realmFunction<(target: object, key: string, label: string) => void>(context, `
    const describe = Object.getOwnPropertyDescriptor, defineProperty = Object.defineProperty, hasOwn = Object.hasOwn;
    const RealmTypeError = TypeError;
    return function enable(target, key, label) {
      const descriptor = describe(target, key);
      if (!descriptor || !("value" in descriptor)) return;
      const value = descriptor.value;
      defineProperty(target, key, {
        get: { [key]() { return value; } }[key],
        set: { [key](replacement) {
          if (this === target) throw new RealmTypeError("Cannot assign to read only property '" + key + "' of " + label);
          if (hasOwn(this, key)) this[key] = replacement;
          else defineProperty(this, key, { value: replacement, writable: true, enumerable: true, configurable: true });
        } }[key],
        enumerable: descriptor.enumerable,
        configurable: false,
      });
    };
  `);
  for (const [path, keys] of Object.entries(OVERRIDABLE)) {
    const target = resolve(path);
    if (!target) continue;
    for (const key of keys) {
      enable(target, key, path);
      const getter = Reflect.getOwnPropertyDescriptor(target, key)?.get;
      if (getter) trustGetter(getter);
    }
  }
}
