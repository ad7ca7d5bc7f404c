import { defineConfig } from "vitest/config";

// Offline suites (`*.test.ts`) and chain suites (`*.chain.test.ts`, each starting its own
// neo-express on free ports) run together; chain suites need long timeouts, not wall-clock waits.
export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "scratch/**", "**/bin/**", "**/obj/**"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
