// vector:  builds 'constructor' from coerced strings JSFuck-style and climbs []['flat'] to the realm Function, then compiles an unguarded climb
// origin:  JSFuck / AngularJS sandbox escapes ([]['flat']['constructor'])
// expect:  blocked
// layers:  guards harden isolation
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
const o = String({});            // "[object Object]"
const t = String(!0);            // "true"
const u = String([][0]);         // "undefined"
const key = o[5] + o[1] + u[1] + "s" + t[0] + t[1] + t[2] + o[5] + t[0] + o[1] + t[1];
const RealmFunction = [][["f", "l", "a", "t"].join("")][key];
win(RealmFunction("h", "return h.constructor.constructor")(hostFn)) ? "escaped" : "contained";
