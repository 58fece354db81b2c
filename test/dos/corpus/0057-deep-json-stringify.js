// family:  memory
// vector:  JSON.stringify of an array nested 300000 deep: the engine's own recursion must stop cleanly
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  guest-error RangeError
let o = [];
for (let i = 0; i < 300000; i++) o = [o];
JSON.stringify(o);
