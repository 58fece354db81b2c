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
import { dataString, inheritedDataString } from "../membrane/read-data.js";

export const GUEST_FILENAME = "ringfence:guest";

export type FrameTable = WeakMap<object, readonly (readonly [number, number])[]>;

export function tameErrorStack(context: vm.Context): FrameTable {
  const frames: FrameTable = new WeakMap();
  // The formatter is reachable by guest code (Object.getOwnPropertyDescriptors(Error)), which may call
  // it with fake call sites: only numbers ever enter the table.
  const record = (error: unknown, list: unknown[]) => {
    if ((typeof error !== "object" && typeof error !== "function") || error === null) return;
    const checked: [number, number][] = [];
    for (const pair of list) {
      const line = (pair as unknown[])[0], column = (pair as unknown[])[1];
      if (typeof line === "number" && typeof column === "number") checked.push([line, column]);
    }
    frames.set(error, Object.freeze(checked));
  };
  const label = (error: unknown): string => {
    if ((typeof error !== "object" && typeof error !== "function") || error === null) return "Error";
    const name = inheritedDataString(error, "name", "Error") || "Error";
    const message = dataString(error, "message");
    return message ? `${name}: ${message}` : name;
  };
  realmFunction(context, `
    const formatter = function (error, sites) {
      const list = [];
      let text = "";
      for (let i = 0; i < sites.length; i++) {
        const site = sites[i];
        if (site.getFileName() !== filename) continue;
        const line = site.getLineNumber(), column = site.getColumnNumber();
        if (typeof line === "number" && typeof column === "number") list.push([line, column]);
      }
      // At the edge of the stack, calling into the host can itself overflow and throw a host RangeError;
      // nothing thrown by the host may come out of formatting into guest code.
      try { record(error, list); text = label(error); } catch { text = "Error"; }
      return text;
    };
    Object.defineProperty(Error, "prepareStackTrace", { value: formatter, writable: false, enumerable: false, configurable: false });
  `, ["record", "label", "filename"], record, label, GUEST_FILENAME);
  return frames;
}
