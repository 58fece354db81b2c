import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/fuzz/**/*.fuzz.test.ts"],
    setupFiles: ["test/_harness/host-integrity.ts"],
    testTimeout: 600_000,
  },
});
