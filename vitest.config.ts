import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/fuzz/**/*.fuzz.test.ts", "node_modules/**"],
    setupFiles: ["test/_harness/host-integrity.ts"],
    globalSetup: ["test/_harness/build-dist.ts"],
    testTimeout: 30_000,
  },
});
