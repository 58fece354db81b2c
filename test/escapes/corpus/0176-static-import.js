// vector:  a static import declaration of a Node builtin in what the attacker hopes is parsed as a module
// origin:  vm2 issues #341/#460 (module support requests declined as breakout risks); SES module censorship
// expect:  blocked
// layers:  none
// family:  modules-import
// note:    scripts cannot hold import declarations, so parsing fails whatever the layers (substrate)
import { execSync } from "node:child_process";
execSync("true");
