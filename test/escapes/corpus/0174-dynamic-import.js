// vector:  import("node:child_process") with the specifier assembled at run time, to load host modules around any whitelist
// origin:  SES censorship of import(; vm2 ATTACKS.md dynamic import; vm2 transformer (import() handling)
// expect:  blocked
// layers:  none
// family:  modules-import
// note:    the rewriter refuses import() whatever the layers (substrate), so no promise is ever created
const name = ["node:", "child", "_process"].join("");
import(name).then((m) => m.execSync("true"), () => 0);
"loading";
