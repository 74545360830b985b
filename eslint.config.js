import js from "@eslint/js";
import tseslint from "typescript-eslint";

const whyCoreIsPure =
  "src/core is pure math: it imports nothing from the UI, the DOM or a UI library, so it runs in Node, a worker and the tests alike (see style.md).";

export default tseslint.config(
  { ignores: ["dist", "node_modules", "coverage", "test-results", "public"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip|todo)$/]", message: "No focused or skipped tests: a test must run and be able to fail." },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-*", "d3", "d3-*", "katex", "zustand", "zustand/*", "valibot"], message: whyCoreIsPure },
            { group: ["**/ui/**", "../ui/*", "../../ui/*"], message: whyCoreIsPure },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "window", message: whyCoreIsPure }, { name: "document", message: whyCoreIsPure }, { name: "localStorage", message: whyCoreIsPure }],
    },
  },
);
