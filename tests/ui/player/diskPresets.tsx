// The trained presets as a page would fetch them, read from public/models on disk: for tests of the
// figures that show trained models (the comparisons), with a model store of the test's own.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReactNode } from "react";
import type { Seq2SeqModel } from "../../../src/core/model.ts";
import type { LanguagePair, ModelChoice } from "../../../src/model/defaults.ts";
import { parseModelText } from "../../../src/model/index.ts";
import { ModelContext } from "../../../src/ui/model/modelContext.ts";
import { createModelStore } from "../../../src/ui/model/modelStore.ts";
import { createPresetLoader, parsePresetIndex, presetFor, type PresetLoader } from "../../../src/ui/kit/presets.ts";
import { createPresetSource } from "../../../src/ui/kit/presetSource.ts";

// A path, not a URL: under jsdom, URL is jsdom's, which readFileSync does not take.
const PUBLIC = join(import.meta.dirname, "../../../public");
const read = (url: string): string => readFileSync(join(PUBLIC, url), "utf8");

export function diskPresets(): PresetLoader {
  return createPresetLoader(createPresetSource((url) => Promise.resolve(read(url))));
}

/** The preset of a choice, parsed from disk as the page would show it. */
export function presetModel(choice: ModelChoice, pair: LanguagePair = "en-fr"): Seq2SeqModel {
  const entry = presetFor(parsePresetIndex(JSON.parse(read("models/index.json"))), choice, pair);
  if (!entry) throw new Error(`no preset for ${JSON.stringify(choice)} ${pair}`);
  const parsed = parseModelText(read(`models/${entry.file}`));
  if (!parsed.ok) throw new Error(`models/${entry.file}: ${JSON.stringify(parsed.errors)}`);
  return parsed.model;
}

export function withPresets(presets: PresetLoader, children: ReactNode) {
  return <ModelContext.Provider value={{ store: createModelStore(), presets }}>{children}</ModelContext.Provider>;
}
