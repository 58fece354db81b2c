// vector:  a loop of 250 iterations, each one native call of a few hundred ms (default, string-wise sort of a fresh copy of 120,000 random numbers): each iteration ticks, and the deadline must be read often enough that slow steps cannot run for tens of seconds past a 1000 ms budget
// origin:  vm2 issues #35/#116/#581 (work that escapes the timeout); quickjs-emscripten issues #209/#219 (interrupt checks that do not fire)
// expect:  blocked
// layers:  none
// family:  resource-edge
// note:    found escaping the full sandbox (the clock was read every 256 steps, so 255 slow native calls ran unchecked); fixed in src/guards/make-guards.ts, where the interval between clock reads shrinks as soon as steps are slow. The budget is substrate, so no layer is needed and none is listed
const data = Array.from({ length: 120000 }, Math.random);
for (let i = 0; i < 250; i++) data.slice().sort();
"finished";
