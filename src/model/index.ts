// The model file: versioned JSON for export, import, presets and share links (docs/model-format.md).
// Everything the app and the scripts need from src/model, in one import.

export { parseModel, parseModelText, validateModel, type ParseResult } from "./modelFile.ts";
export { serializeModel } from "./convert.ts";
export { stringifyModelFile } from "./stringify.ts";
export { migrateModelFile } from "./migrate.ts";
export { MODEL_FORMAT, MODEL_VERSION, type ModelError, type ModelFileJson, type ParamJson, type ParamsJson } from "./types.ts";
export { demoModel, DEMO_WIDTH, ENGLISH_VOCAB, FRENCH_VOCAB, ENGLISH_ZH_VOCAB, CHINESE_VOCAB, LANGUAGE_PAIRS, PAIR_EXAMPLES, PAIR_VOCABS, type LanguagePair, type ModelChoice } from "./defaults.ts";
