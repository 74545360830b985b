// Every player and comparison a lesson (English and Chinese) or the playground shows opens on an
// architecture that has a trained preset for its language pair: the props are read from the
// compiled MDX through the same functions the widgets use, and looked up in public/models/index.json.
// A player that opens on a sentence of its own gets one its preset translates and aligns as the corpus does.

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compile, run } from "@mdx-js/mdx";
import { createElement } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { mdxOptions } from "../../src/ui/theme/mdxOptions.ts";
import { defaultPairOf, type LanguagePair } from "../../src/model/pairs.ts";
import { parsePresetIndex, presetFor } from "../../src/ui/kit/presets.ts";
import { readWidgetProps } from "../../src/ui/player/widgetProps.ts";
import { decoderComparisonChoices, gruComparisonChoice, playerChoice, RECURRENT_VS_TRANSFORMER_CHOICE, scoreComparisonChoices } from "../../src/ui/components/widgetChoices.ts";
import { DEFAULT_PLAYER, type ModelChoice } from "../../src/ui/playerStore.ts";
import { fullCorpus, runCheck, type Corpus } from "../../src/core/train/index.ts";
import { parseModelText } from "../../src/model/index.ts";

const index = parsePresetIndex(JSON.parse(readFileSync(new URL("../../public/models/index.json", import.meta.url), "utf8")));

interface Shown {
  readonly where: string;
  readonly choice: ModelChoice;
  readonly pair: LanguagePair;
  readonly sentence?: string;
}

/** The recurrent models one widget builds by default. */
function shownBy(name: string, props: Record<string, unknown>, lang: "en" | "zh", where: string): Shown[] {
  const { choice, pair, sentence } = readWidgetProps(props);
  const at = (c: ModelChoice, p: LanguagePair): Shown => ({ where: `${where} <${name}>`, choice: c, pair: p });
  switch (name) {
    case "Player":
      return [{ ...at(playerChoice(choice), pair ?? defaultPairOf(lang)), ...(sentence ? { sentence } : {}) }];
    case "BeamPlayer":
      // Its sentences are held out on purpose (where greedy decoding loses): only the preset is checked here.
      return [at(playerChoice(choice), pair ?? defaultPairOf(lang))];
    case "DecoderComparison":
      return decoderComparisonChoices(choice).map((c) => at(c, pair ?? "en-fr"));
    case "ScoreComparison":
      return scoreComparisonChoices(choice).map((c) => at(c, pair ?? "en-fr"));
    case "GruComparison":
      return [at(gruComparisonChoice(choice), pair ?? "en-fr")];
    case "RecurrentVsTransformer":
      return [at(RECURRENT_VS_TRANSFORMER_CHOICE, "en-fr")];
    default:
      return [];
  }
}

async function lessonDefaults(lang: "en" | "zh"): Promise<Shown[]> {
  const dir = fileURLToPath(new URL(`../../content/${lang}/`, import.meta.url));
  const shown: Shown[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".mdx")).sort()) {
    const text = readFileSync(`${dir}${file}`, "utf8");
    const names = [...new Set([...text.matchAll(/<([A-Z]\w*)/gu)].map((m) => m[1]!))];
    const mod = await run(String(await compile(text, { ...mdxOptions, outputFormat: "function-body" })), { ...runtime, baseUrl: import.meta.url });
    const components = Object.fromEntries(
      names.map((name) => [
        name,
        (props: Record<string, unknown>) => {
          shown.push(...shownBy(name, props, lang, `content/${lang}/${file}`));
          return createElement("div", null, props.children as never);
        },
      ]),
    );
    renderToStaticMarkup(createElement(mod.default, { components }));
  }
  return shown;
}

describe("the presets behind every default", { timeout: 120_000 }, () => {
  for (const lang of ["en", "zh"] as const) {
    it(`presetFor(index, choice, pair) finds a trained preset for every recurrent player and comparison of content/${lang} by default`, async () => {
      const shown = await lessonDefaults(lang);
      expect(shown.length).toBeGreaterThanOrEqual(15);
      const missing = shown.filter((s) => !presetFor(index, s.choice, s.pair)).map((s) => `${s.where}: ${JSON.stringify(s.choice)} ${s.pair}`);
      expect(missing).toEqual([]);
    });
  }

  it("runCheck(preset, the sentence a lesson player opens on) translates it as the corpus does, each word weighing its aligned source word most", async () => {
    const withSentence = [...(await lessonDefaults("en")), ...(await lessonDefaults("zh"))].filter((s) => s.sentence !== undefined);
    expect(withSentence.map((s) => s.pair).sort()).toEqual(["en-fr", "en-zh"]);
    for (const shown of withSentence) {
      const corpus = fullCorpus(JSON.parse(readFileSync(new URL(`../../public/corpus/${shown.pair}.json`, import.meta.url), "utf8")) as Corpus);
      const pair = corpus.train.find((s) => s.source === shown.sentence);
      expect(pair, `${shown.where}: "${shown.sentence}" is a training sentence of ${shown.pair}`).toBeDefined();
      const parsed = parseModelText(readFileSync(new URL(`../../public/models/${presetFor(index, shown.choice, shown.pair)!.file}`, import.meta.url), "utf8"));
      if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
      const result = runCheck(parsed.model, { source: pair!.source, target: pair!.target, alignment: pair!.alignment! });
      expect(result.reason, shown.where).toBeUndefined();
    }
  });

  it("presetFor(index, DEFAULT_PLAYER.choice, pair) finds the playground's default for both pairs", () => {
    for (const pair of ["en-fr", "en-zh"] as const) expect(presetFor(index, DEFAULT_PLAYER.choice, pair)?.corpus, pair).toBe(pair);
  });
});
