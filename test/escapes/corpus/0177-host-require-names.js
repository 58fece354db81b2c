// vector:  names the host's module loaders directly (require, module, process), then looks them up on globalThis by computed names
// origin:  vm2 NodeVM require escapes; Node vm docs (this.constructor.constructor('return process')())
// expect:  blocked
// layers:  none
// family:  modules-import
// note:    the realm is a fresh node:vm context whose global never held require, module or process, so every lookup is empty whatever the layers (substrate)
const G = globalThis;
const found = [];
for (const name of ["req" + "uire", "mod" + "ule", "pro" + "cess", "Buf" + "fer"]) if (G[name] !== undefined) found.push(name);
let loaded;
try { loaded = typeof require === "function" ? require("node:fs") : undefined; } catch (e) { loaded = undefined; }
if (loaded !== undefined) found.push("fs");
found.length > 0 ? (G.__ringfenceCanary = "escaped") : "none";
