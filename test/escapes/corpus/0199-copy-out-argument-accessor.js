// vector:  hands an endowment an argument whose enumerable getter climbs an input, hoping the host's copy (or the host function) runs it and returns a host object
// origin:  vm2 ATTACKS.md (arguments through the bridge); expr-eval CVE-2025-12735
// expect:  blocked
// layers:  guards isolation
// family:  membrane-copy
// globals: hostFn
// inputs:  input
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const k = "cons" + "tructor";
const arg = {};
Object.defineProperty(arg, "f", { get() { return input.list[k][k]; }, enumerable: true });
let back;
try { back = hostFn(arg); } catch (e) { back = undefined; }
let F;
try { F = back === undefined ? undefined : back.f; } catch (e) { F = undefined; }
win(F) ? "escaped" : "contained";
