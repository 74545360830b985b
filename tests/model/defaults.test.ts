import { describe, expect, it } from "vitest";
import { forward } from "../../src/core/forward.ts";
import { CELL_KINDS, DECODER_VARIANTS, SCORE_KINDS, SPECIAL_TOKENS } from "../../src/core/model.ts";
import { tokenize } from "../../src/core/tokenizer.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHINESE_VOCAB, demoModel, ENGLISH_VOCAB, ENGLISH_ZH_VOCAB, FRENCH_VOCAB, validateModel, type ModelChoice } from "../../src/model/index.ts";
import type { ModelChoice as StoreChoice } from "../../src/ui/store.ts";
import { firstDifference } from "./bits.ts";
import { fullCorpus, type Corpus } from "../../src/core/train/corpus.ts";

const choices: ModelChoice[] = CELL_KINDS.flatMap((cell) =>
  DECODER_VARIANTS.flatMap((variant) =>
    SCORE_KINDS.flatMap((score) => (["previous", "current"] as const).flatMap((query) => [false, true].map((bidirectional) => ({ cell, variant, score, query, bidirectional })))),
  ),
);

describe("default vocabularies and the demo model", () => {
  it("ENGLISH_VOCAB and FRENCH_VOCAB start with <sos>, <eos>, <unk> and hold each token once", () => {
    for (const vocab of [ENGLISH_VOCAB, FRENCH_VOCAB]) {
      expect(vocab.slice(0, 3)).toEqual([SPECIAL_TOKENS.sos, SPECIAL_TOKENS.eos, SPECIAL_TOKENS.unk]);
      expect(new Set(vocab).size).toBe(vocab.length);
    }
  });

  it("ENGLISH_VOCAB and FRENCH_VOCAB cover the book's running example without <unk>", () => {
    expect(tokenize("I love you", ENGLISH_VOCAB).some((t) => t.unknown)).toBe(false);
    expect(tokenize("Je t'aime", FRENCH_VOCAB).map((t) => t.token)).toEqual(["je", "t'", "aime"]);
    expect(tokenize("J'aime le chat", FRENCH_VOCAB).some((t) => t.unknown)).toBe(false);
  });

  it("demoModel(choice) gives a valid model with d_x = d_y = n = 4 for every choice the player offers", () => {
    for (const choice of choices) {
      const model = demoModel(choice);
      expect(validateModel(model), JSON.stringify(choice)).toEqual([]);
      expect([model.source.embeddings.cols, model.target.embeddings.cols, model.encoder.hidden]).toEqual([4, 4, 4]);
      expect(model.decoder.hidden).toBe(choice.bidirectional ? 8 : 4);
      expect(model.decoder.attention?.score).toBe(choice.variant === "attention" ? choice.score : undefined);
    }
  });

  it("demoModel(choice, seed) is the same model for the same seed and another for another seed", () => {
    const choice: ModelChoice = { cell: "lstm", variant: "attention", score: "dot", query: "previous", bidirectional: false };
    expect(firstDifference(demoModel(choice, 5), demoModel(choice, 5))).toBeUndefined();
    expect(firstDifference(demoModel(choice, 5), demoModel(choice, 6))).toBeDefined();
  });

  it("demoModel(choice) takes the store's ModelChoice and runs forward on the default sentence", () => {
    const fromStore: StoreChoice = { cell: "gru-reset-after", variant: "every-step", score: "general", query: "current", bidirectional: true };
    const toStore: StoreChoice = choices[0]!;
    expect(toStore.cell).toBe("rnn");
    const trace = forward(demoModel(fromStore), "I love you");
    expect(trace.source.map((t) => t.token)).toEqual(["i", "love", "you"]);
    expect(trace.steps.length).toBeGreaterThan(3);
  });

  it("ENGLISH_VOCAB, FRENCH_VOCAB, ENGLISH_ZH_VOCAB and CHINESE_VOCAB are the vocabularies of fullCorpus(public/corpus/en-fr.json, en-zh.json)", () => {
    const load = (name: string): Corpus => fullCorpus(JSON.parse(readFileSync(join(process.cwd(), "public", "corpus", `${name}.json`), "utf8")) as Corpus);
    const fr = load("en-fr");
    const zh = load("en-zh");
    expect([ENGLISH_VOCAB, FRENCH_VOCAB]).toEqual([fr.sourceVocab, fr.targetVocab]);
    expect([ENGLISH_ZH_VOCAB, CHINESE_VOCAB]).toEqual([zh.sourceVocab, zh.targetVocab]);
  });

  it("demoModel(choice, seed, 'en-zh') reads seed 004's sentence without <unk> and writes Chinese tokens", () => {
    const choice: ModelChoice = { cell: "lstm", variant: "attention", score: "dot", query: "previous", bidirectional: false };
    const model = demoModel(choice, 1, "en-zh");
    expect(validateModel(model)).toEqual([]);
    const trace = forward(model, "I love China");
    expect(trace.source.map((t) => t.token)).toEqual(["i", "love", "china"]);
    expect(trace.output.tokens.every((t) => CHINESE_VOCAB.includes(t))).toBe(true);
    expect(tokenize("我爱中国", CHINESE_VOCAB).map((t) => t.token)).toEqual(["我", "爱", "中国"]);
  });

  it("demoModel(choice) keeps English → French when no pair is given", () => {
    const choice: ModelChoice = { cell: "rnn", variant: "initial", score: "dot", query: "previous", bidirectional: false };
    expect(demoModel(choice).target.vocab).toEqual(FRENCH_VOCAB);
    expect(demoModel(choice, 1, "en-zh").target.vocab).toEqual(CHINESE_VOCAB);
  });
});
