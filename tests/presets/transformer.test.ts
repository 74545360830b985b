// Every Transformer preset listed in public/models/index.json (kind "transformer"): it parses as a
// Transformer model file, its index entry describes it, it translates its corpus's headline sentence
// greedily, and it keeps its held-out accuracy (at least HELD_OUT_FLOOR); and every config has its entry.

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpusPairs, sentenceIds, type Corpus } from "../../src/core/train/index.ts";
import { transformerForward } from "../../src/core/transformer/forward.ts";
import { evaluateTransformer } from "../../src/core/transformer/trainEvaluate.ts";
import { transformerParamValues } from "../../src/core/transformer/trainParams.ts";
import type { TransformerModel } from "../../src/core/transformer/types.ts";
import { parseTransformerText } from "../../src/model/transformerFile.ts";
import type { TransformerPreset } from "../../scripts/trainTransformer.ts";

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const index = JSON.parse(read("public/models/index.json")) as { models: Record<string, unknown>[] };
const entries = index.models.filter((m) => m.kind === "transformer");
const corpora: Record<string, Corpus> = { "en-fr": JSON.parse(read("public/corpus/en-fr.json")), "en-zh": JSON.parse(read("public/corpus/en-zh.json")) };

/** The sentence each corpus's preset must translate: the lessons' and seed 004's. */
const HEADLINE: Record<string, { source: string; target: string }> = {
  "en-fr": { source: "I love you", target: "Je t'aime" },
  "en-zh": { source: "I love China", target: "我 爱 中国" },
};
/** Held-out sentence accuracy no Transformer preset may fall below, whatever its meta says. */
const HELD_OUT_FLOOR = 0.8;

function load(file: string): TransformerModel {
  const parsed = parseTransformerText(read(`public/models/${file}`));
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join("; "));
  return parsed.model;
}

describe("the Transformer entries of the preset index", () => {
  it("public/models/index.json lists one Transformer entry for every scripts/presets/transformer-*.json, one per corpus", () => {
    const configs = readdirSync(new URL("../../scripts/presets", import.meta.url)).filter((f) => f.startsWith("transformer-") && f.endsWith(".json"));
    const presets = configs.map((f) => JSON.parse(read(`scripts/presets/${f}`)) as TransformerPreset);
    expect(presets.every((p) => p.kind === "transformer")).toBe(true);
    expect(entries.map((e) => e.file).sort()).toEqual(presets.map((p) => p.output.replace("public/models/", "")).sort());
    expect(entries.map((e) => e.corpus).sort()).toEqual(["en-fr", "en-zh"]);
  });
});

for (const entry of entries) {
  const file = String(entry.file);
  describe(file, () => {
    const model = load(file);
    const meta = model.meta as Record<string, number | string | boolean>;
    const corpus = corpora[String(entry.corpus)]!;
    const headline = HEADLINE[String(entry.corpus)]!;

    it(`parseTransformerText(${file}) gives a trained model that its index entry describes`, () => {
      expect(meta.trained).toBe(true);
      expect(meta.corpus).toBe(entry.corpus);
      expect({ d_model: model.d_model, heads: model.heads, d_ff: model.d_ff, layers: model.encoder.length }).toEqual({ d_model: entry.d_model, heads: entry.heads, d_ff: entry.d_ff, layers: entry.layers });
      expect([meta.loss, meta.accuracy, meta.heldOutAccuracy]).toEqual([entry.loss, entry.accuracy, entry.heldOutAccuracy]);
    });

    it(`transformerForward(${file}, "${headline.source}") translates it greedily to "${headline.target}"`, () => {
      const trace = transformerForward(model, headline.source);
      expect(trace.output.stop).toBe("eos");
      expect(trace.output.ids).toEqual(sentenceIds(headline.target, model.target.vocab));
    });

    it(`evaluateTransformer(${file}, held-out pairs) reaches the held-out accuracy in its meta, and at least ${HELD_OUT_FLOOR}`, () => {
      const heldOut = evaluateTransformer(model, corpusPairs(corpus, corpus.heldOut));
      // meta holds accuracies rounded to 4 decimals.
      expect(heldOut.sentenceAccuracy).toBeGreaterThanOrEqual(Number(meta.heldOutAccuracy) - 5e-5);
      expect(heldOut.sentenceAccuracy).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
      expect(evaluateTransformer(model, corpusPairs(corpus, corpus.train)).sentenceAccuracy).toBeCloseTo(Number(meta.accuracy), 4);
    });

    it(`${file} stores every weight with at most 6 significant digits`, () => {
      for (const [path, values] of Object.entries(transformerParamValues(model))) expect(values.every((x) => Number(x.toPrecision(6)) === x), path).toBe(true);
    });
  });
}
