// vector:  `await` is an ordinary identifier in a script: binds an endowment to it and climbs `await[k][k]`, against filters that treat the word as async syntax
// origin:  vm2 GHSA (transformer keyword assumptions); SES transforms (regex censorship of syntax)
// expect:  blocked
// layers:  guards isolation
// family:  async-promises
// globals: hostFn
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const await = hostFn;
const k = ["cons", "truc", "tor"].join("");
win(await[k][k]) ? "escaped" : "contained";
