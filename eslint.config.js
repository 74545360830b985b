import js from "@eslint/js";
import importX from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

const whyModelIsPure = "src/model (file formats, checks, conversion) and src/exercises (the exercise engine) serve the UI and scripts alike: they import src/core only, never src/ui (docs/architecture.md).";
const whyKitIsShared = "src/ui/kit is the bottom of the UI, under every other folder: it imports src/core, src/model, the colours of src/ui/theme and itself, nothing else of the UI (docs/architecture.md).";
const whyI18nIsShared = "src/ui/i18n (the dictionaries and useT) sits under every feature: it imports src/core, src/model, src/ui/kit and the store, never a feature folder; a feature's words live here (docs/architecture.md).";
const FEATURE_FOLDERS = ["app", "components", "editor", "exercises", "fields", "i18n", "model", "ondemand", "player", "presentation", "share", "theme", "training", "transformer", "gradients", "teacherForcing", "trainstep"];

const whyCoreIsPure =
  "src/core is pure math: it imports nothing from the UI, the DOM or a UI library, so it runs in Node, a worker and the tests alike (see style.md).";

const whySharedIsShared = "The shared UI (src/ui/kit, theme, i18n, fields, components, model, share, ondemand, presentation and the files at src/ui's top: the store, the URL table) sits under every feature: it imports no feature folder and not the app shell (docs/architecture.md).";
const whyFeaturesAreApart = "A feature folder (player, editor, training, trainstep, gradients, teacherForcing, exercises, transformer) imports no other: move what both need to src/ui/kit or src/ui/components (docs/architecture.md).";
const LEAF_FEATURES = ["player", "editor", "training", "trainstep", "gradients", "teacherForcing", "exercises", "transformer"];
const MIDDLE_FOLDERS = ["model", "share", "ondemand", "presentation", "components", "fields", "theme"];
function forbidden(features, ups = ["../", "../../"]) {
  return features.flatMap((f) => ups.flatMap((up) => [`${up}${f}/*`, `${up}${f}/**`]));
}
function featureRules() {
  const rule = (files, features, message, ups) => ({ files, rules: { "no-restricted-imports": ["error", { patterns: [{ group: forbidden(features, ups), message }] }] } });
  return [
    ...LEAF_FEATURES.map((f) => rule([`src/ui/${f}/**/*.{ts,tsx}`], [...LEAF_FEATURES.filter((g) => g !== f), "app"], whyFeaturesAreApart)),
    ...MIDDLE_FOLDERS.map((f) => rule([`src/ui/${f}/**/*.{ts,tsx}`], [...LEAF_FEATURES, "app"], whySharedIsShared)),
    rule(["src/ui/*.{ts,tsx}"], [...LEAF_FEATURES, "app"], whySharedIsShared, ["./"]),
  ];
}

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
  {
    files: ["src/model/**/*.ts", "src/exercises/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["**/ui/**", "react", "react-*", "d3", "d3-*", "katex", "zustand", "zustand/*"], message: whyModelIsPure }] }] },
  },
  {
    files: ["src/ui/kit/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: [...FEATURE_FOLDERS.filter((f) => f !== "theme").map((f) => `../${f}/*`), "../*.ts", "../*.tsx"], message: whyKitIsShared }] }] },
  },
  {
    files: ["src/ui/i18n/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: FEATURE_FOLDERS.filter((f) => f !== "i18n").map((f) => `../${f}/*`), message: whyI18nIsShared }] }] },
  },
  // The features a reader meets (the players, the editor, the training page, lesson widgets, exercises)
  // import no other such feature and not the app shell: what two of them share moves down to kit/ or
  // components/, and the shell composes them (the player's editor slot). The shared folders import none.
  ...featureRules(),
  {
    // No import cycles anywhere in src/: a cycle makes the order modules run in depend on who imports first.
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [importX.createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] })],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
);
