// family:  async
// vector:  a promise given its own constructor (a computed key through defineProperty) whose species makes capabilities with a throwing reject: V8 calls it inside a promise job, where the exception escapes to the host as an uncaught error
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  guest-error TypeError
// note:    found by the red team: it ended the host process; Promise.prototype.then and finally now refuse a promise whose constructor or prototype was changed
const k = "constr" + "uctor";
function C(executor) { executor(() => {}, () => { throw 1; }); }
const q = Promise.resolve(2);
Object.defineProperty(q, k, { value: { [Symbol.species]: C } });
q.then(() => { throw 3; });
await null;
"done"
