// vector:  a key whose first conversion throws (caught) and whose second succeeds with 'constructor', hoping a failed check leaves the key unvetted
// origin:  vm2 ATTACKS.md key coercion (exceptions in checkers); SandboxJS GHSA-7x3h-rm86-3342
// expect:  blocked
// layers:  guards isolation
// family:  key-coercion
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
let armed = true;
const key = { toString() { if (armed) { armed = false; throw new Error("not yet"); } return "con" + "structor"; } };
let first;
try { first = input.nested[key]; } catch (e) { first = undefined; }
let F;
try { F = input.nested[key][key]; } catch (e) { F = undefined; }
win(F) ? "escaped" : "contained";
