/**
 * Why: the CLI and the demo are tested as a user runs them - the built JavaScript in dist/ - so the
 * suite builds dist/ first (incrementally: a no-op when nothing changed), and never tests stale output.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, "-p", `${root}tsconfig.build.json`], { stdio: "inherit", cwd: root });
}
