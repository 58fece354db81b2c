// family:  memory
// vector:  JSON.stringify of an array nested 100000 deep: the engine's own recursion must stop cleanly
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  guest-error RangeError
let o = [];
for (let i = 0; i < 100000; i++) o = [o];
JSON.stringify(o);
