/**
 * Why: V8 formats `error.stack` with every frame, host frames included (file paths of the host), and a
 * guest-writable `Error.prepareStackTrace` would run guest code whenever anyone - even host code -
 * reads a stack. We install our own formatter in the realm, non-writable and non-configurable: it
 * keeps only frames of guest code, and records their positions in a side table the host reads to
 * report runtime errors in the user's own source. This is part of the realm's substrate and happens
 * whether or not the harden layer is on. The text guest code sees is only "Name: message": positions in
 * the generated code would mean nothing to the user, and host frames must not show at all.
 */
import type vm from "node:vm";
import { realmFunction } from "./realm-function.js";

export const GUEST_FILENAME = "ringfence:guest";

export type FrameTable = WeakMap<object, readonly (readonly [number, number])[]>;

export function tameErrorStack(context: vm.Context): FrameTable {
  const frames: FrameTable = new WeakMap();
  const record = (error: unknown, list: [number, number][]) => {
    if ((typeof error === "object" || typeof error === "function") && error !== null) frames.set(error, Object.freeze(list));
  };
  realmFunction(context, `
    const describe = Object.getOwnPropertyDescriptor, protoOf = Object.getPrototypeOf;
    const dataString = (object, key) => {
      for (let o = object; o !== null && (typeof o === "object" || typeof o === "function"); o = protoOf(o)) {
        const d = describe(o, key);
        if (d) return typeof d.value === "string" ? d.value : "";
      }
      return "";
    };
    const formatter = function (error, sites) {
      const list = [];
      let text = "";
      for (let i = 0; i < sites.length; i++) {
        const site = sites[i];
        if (site.getFileName() !== filename) continue;
        list.push([site.getLineNumber(), site.getColumnNumber()]);
      }
      record(error, list);
      try {
        const name = dataString(error, "name") || "Error", message = dataString(error, "message");
        text = message ? name + ": " + message : name;
      } catch { text = "Error"; }
      return text;
    };
    Object.defineProperty(Error, "prepareStackTrace", { value: formatter, writable: false, enumerable: false, configurable: false });
  `, ["record", "filename"], record, GUEST_FILENAME);
  return frames;
}
