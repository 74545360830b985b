import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  test: {
    include: ["tests/core/**/*.test.ts", "tests/ui/**/*.test.{ts,tsx}", "tests/scripts/**/*.test.ts", "tests/content/**/*.test.ts", "tests/model/**/*.test.ts", "tests/presets/**/*.test.ts", "tests/interop/**/*.test.ts", "tests/exercises/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/helpers/setup.ts"],
    // Ceilings against a hung test, not timing checks: on a busy 2-core machine a jsdom test that
    // first loads KaTeX and D3 can take several seconds, well past vitest's 5 s default.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
