// vector:  exhausts the step budget inside try blocks whose catch and finally try to swallow the trip and return a normal value
// origin:  vm2 issues #35/#116 (escaping the timeout); RestrictedPython issue #252 (limits that do not hold)
// expect:  blocked
// layers:  none
// family:  resource-edge
// note:    after a trip every tick and every catch rethrows and the run's status is checked after it returns, whatever the layers (substrate: src/guards/make-guards.ts, src/program.ts)
function spin() { for (;;) { /* burn steps */ } }
function swallow() {
  try { spin(); } catch (e) { return "caught"; } finally { return "swallowed"; }
}
let result = "none";
for (let i = 0; i < 3; i++) { try { result = swallow(); } catch (e) { result = "again"; } }
result;
