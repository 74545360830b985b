import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  test: {
    include: ["tests/core/**/*.test.ts", "tests/ui/**/*.test.{ts,tsx}", "tests/scripts/**/*.test.ts", "tests/content/**/*.test.ts", "tests/model/**/*.test.ts", "tests/presets/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/helpers/setup.ts"],
  },
});
