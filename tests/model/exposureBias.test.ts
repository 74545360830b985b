// exposureBias: the running example decoded teacher-forced and free running by one model.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { forward } from "../../src/core/forward.ts";
import { lossOf } from "../../src/core/grad/loss.ts";
import { sentenceIds } from "../../src/core/train/corpus.ts";
import { DEMO_SEED, demoModel } from "../../src/model/defaults.ts";
import { exposureBias } from "../../src/model/exposureBias.ts";
import { LANGUAGE_PAIRS, PAIR_EXAMPLES, PAIR_EXAMPLE_TARGETS } from "../../src/model/pairs.ts";

const choice = { cell: "gru-reset-before", variant: "attention", score: "general", query: "previous", bidirectional: false } as const;

describe("exposureBias", () => {
  it("PAIR_EXAMPLE_TARGETS are the corpora's translations of the running examples", () => {
    for (const pair of LANGUAGE_PAIRS) {
      const corpus = JSON.parse(readFileSync(new URL(`../../public/corpus/${pair}.json`, import.meta.url), "utf8")) as { sentences?: { source: string; target: string }[] };
      const text = JSON.stringify(corpus);
      expect(text, pair).toContain(`{"source":"${PAIR_EXAMPLES[pair]}","target":"${PAIR_EXAMPLE_TARGETS[pair]}"`);
    }
  });

  it("exposureBias(model, source, target): the teacher-forced column reads <sos> and the right words, and its Σ −log p is lossOf the pair", () => {
    for (const pair of LANGUAGE_PAIRS) {
      const model = demoModel(choice, 7, pair);
      const r = exposureBias(model, PAIR_EXAMPLES[pair], PAIR_EXAMPLE_TARGETS[pair]);
      expect(r.forced.rows.map((row) => row.input)).toEqual(["<sos>", ...r.right.slice(0, -1)]);
      expect(r.forced.rows.map((row) => row.right)).toEqual(r.right);
      expect(r.forced.rows.some((row) => row.diverged)).toBe(false);
      const ids = { source: sentenceIds(PAIR_EXAMPLES[pair], model.source.vocab), target: sentenceIds(PAIR_EXAMPLE_TARGETS[pair], model.target.vocab) };
      expect(r.forced.sum).toBeCloseTo(lossOf(model, [ids], { reduction: "sentence" }), 12);
      r.forced.rows.forEach((row) => expect(row.nll).toBeCloseTo(-Math.log(row.pRight), 12));
    }
  });

  it("the free-running column reads the greedy output's previous words and marks each that is not the right previous word; the first such step is firstDivergence", () => {
    for (const seed of [DEMO_SEED, 2, 3]) {
      const model = demoModel(choice, seed);
      const r = exposureBias(model, "I love you", "Je t'aime");
      const greedy = forward(model, "I love you").output.tokens;
      expect(r.free.output).toEqual(greedy);
      r.free.rows.forEach((row, i) => {
        expect(row.input).toBe(i === 0 ? "<sos>" : greedy[i - 1]);
        expect(row.diverged).toBe(row.input !== (i === 0 ? "<sos>" : r.right[i - 1]));
        expect(row.top).toBe(greedy[i] ?? "<eos>");
      });
      expect(r.firstDivergence).toBe(r.free.rows.find((row) => row.diverged)?.t ?? null);
    }
  });
});
