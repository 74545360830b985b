// Beam search on the shipped presets: K = 1 writes greedy's sentence with greedy's log P, recurrent and
// Transformer; on the held-out sentences no K tried ends below greedy (not a theorem: see
// tests/core/beam.test.ts), and "The mouse loves her" is the example docs/core.md quotes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { beamSearch } from "../../src/core/beam.ts";
import { forward } from "../../src/core/forward.ts";
import { recurrentStepper, transformerStepper } from "../../src/core/stepper.ts";
import { tokenize } from "../../src/core/tokenizer.ts";
import { fullCorpus, type Corpus } from "../../src/core/train/index.ts";
import { transformerForward } from "../../src/core/transformer/forward.ts";
import { parseModelText } from "../../src/model/index.ts";
import { parseTransformerText } from "../../src/model/transformerFile.ts";

const text = (path: string) => readFileSync(new URL(`../../public/${path}`, import.meta.url), "utf8");
const heldOut = (pair: string) => fullCorpus(JSON.parse(text(`corpus/${pair}.json`)) as Corpus).heldOut.map((s) => s.source);
function recurrent(name: string) {
  const p = parseModelText(text(`models/${name}.json`));
  if (!p.ok) throw new Error(`${name} should be valid`);
  return p.model;
}
function transformer(name: string) {
  const p = parseTransformerText(text(`models/${name}.json`));
  if (!p.ok) throw new Error(`${name} should be valid`);
  return p.model;
}

const RECURRENT = ["rnn-initial", "lstm-every-step", "gru-reset-after-attention-general", "rnn-bidirectional-attention-dot-previous", "lstm-attention-additive-zh"];

describe("beamSearch on the presets", () => {
  for (const name of RECURRENT) {
    it(`beamSearch with K = 1 is greedy and K = 2, 3 never end below greedy on ${name}'s held-out sentences`, () => {
      const model = recurrent(name);
      for (const input of heldOut(name.endsWith("-zh") ? "en-zh" : "en-fr")) {
        const greedy = forward(model, input).output;
        const stepper = () => recurrentStepper(model, tokenize(input, model.source.vocab));
        const one = beamSearch(stepper(), { width: 1, alpha: 0 }).best;
        expect(one.tokens.slice(0, greedy.tokens.length), input).toEqual(greedy.tokens);
        expect(one.logProb, input).toBe(greedy.logProb);
        for (const K of [2, 3]) expect(beamSearch(stepper(), { width: K, alpha: 0 }).best.logProb, `${input}, K = ${K}`).toBeGreaterThanOrEqual(greedy.logProb);
      }
    });
  }

  for (const [name, pair] of [["transformer-en-fr", "en-fr"], ["transformer-en-zh", "en-zh"]] as const) {
    it(`beamSearch with K = 1 is greedy and K = 3 never ends below greedy on ${name}'s held-out sentences`, () => {
      const model = transformer(name);
      for (const input of heldOut(pair)) {
        const greedy = transformerForward(model, input).output;
        const stepper = () => transformerStepper(model, tokenize(input, model.source.vocab));
        const one = beamSearch(stepper(), { width: 1, alpha: 0 }).best;
        expect(one.tokens.slice(0, greedy.tokens.length), input).toEqual(greedy.tokens);
        expect(one.logProb, input).toBe(greedy.logProb);
        expect(beamSearch(stepper(), { width: 3, alpha: 0 }).best.logProb, input).toBeGreaterThanOrEqual(greedy.logProb);
      }
    });
  }

  it("beamSearch with K = 2 translates \"The mouse loves her\" right where greedy does not (rnn-attention-general, docs/core.md)", () => {
    const model = recurrent("rnn-attention-general");
    const greedy = forward(model, "The mouse loves her").output;
    const beam = beamSearch(recurrentStepper(model, tokenize("The mouse loves her", model.source.vocab)), { width: 2, alpha: 0 });
    expect([greedy.text, greedy.logProb.toFixed(4)]).toEqual(["le chien l'aime", "-2.3616"]);
    expect([beam.best.tokens.join(" "), beam.best.logProb.toFixed(4)]).toEqual(["la souris l' aime <eos>", "-1.2676"]);
    expect(beam.steps[0]!.hypotheses.slice(0, 2).map((h) => [h.tokens[0], h.tokenLogProb.toFixed(4)])).toEqual([
      ["le", "-0.7813"],
      ["la", "-1.2424"],
    ]);
  });
});
