// vector:  awaits a host promise that never settles, hoping to hold the run (and the sandbox's turn) open past its deadline
// origin:  vm2 issue #533 / CVE-2023-37466 family (async work escaping the timeout); expr-eval and safe-eval DoS reports
// expect:  blocked
// layers:  none
// family:  async-host-values
// mode:    async
// globals: hostNever
// note:    with isolation the run sleeps until its deadline and ends with the time budget; without it the host promise is not tracked and the run ends at once because nothing left could settle the program (substrate)
await hostNever();
"never reached";
