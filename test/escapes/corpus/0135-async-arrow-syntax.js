// vector:  an async arrow whose body climbs an endowment after an await, so the climb would run as a promise job after the run
// origin:  vm2 issues #35/#116 (promise jobs escape the timeout); vm2 CVE-2026-22709 (async escapes)
// expect:  blocked
// layers:  none
// family:  async-promises
// globals: hostFn
// note:    the rewriter refuses async functions in synchronous evaluation whatever the layers (substrate: src/rewrite/rewrite.ts)
const k = "con" + "structor";
const later = async () => { await 0; return hostFn[k][k]("return process")(); };
later();
"scheduled";
