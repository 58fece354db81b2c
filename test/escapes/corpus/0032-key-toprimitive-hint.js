// vector:  Symbol.toPrimitive answering by hint: a harmless number for arithmetic, 'constructor' as a property key
// origin:  vm2 ATTACKS.md (Symbol.toPrimitive key confusion); SandboxJS GHSA-7x3h-rm86-3342
// expect:  blocked
// layers:  guards isolation
// globals: hostObj
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const key = { [Symbol.toPrimitive](hint) { return hint === "number" ? 0 : ["con", "structor"].join(""); } };
const looksHarmless = key * 1 === 0;
win(hostObj.greet[key]) && looksHarmless ? "escaped" : "contained";
