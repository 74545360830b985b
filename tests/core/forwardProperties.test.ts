// Properties of whole forward passes over random shapes, cells, decoders and extreme values.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { forward } from "../../src/core/forward.ts";
import { traceEntries } from "../../src/core/entries.ts";
import { CELL_KINDS, DECODER_VARIANTS, SCORE_KINDS } from "../../src/core/model.ts";
import type { Seq2SeqModel } from "../../src/core/model.ts";
import { randomModel } from "../helpers/randomModel.ts";

const config = fc.record({
  cell: fc.constantFrom(...CELL_KINDS),
  decoderCell: fc.constantFrom(...CELL_KINDS),
  variant: fc.constantFrom(...DECODER_VARIANTS),
  score: fc.constantFrom(...SCORE_KINDS),
  query: fc.constantFrom("previous" as const, "current" as const),
  bidirectional: fc.boolean(),
  context: fc.constantFrom("last" as const, "mean" as const),
  init: fc.constantFrom("context" as const, "zeros" as const),
  n: fc.integer({ min: 1, max: 5 }),
  dx: fc.integer({ min: 1, max: 4 }),
  dy: fc.integer({ min: 1, max: 4 }),
  seed: fc.integer({ min: 0, max: 1000 }),
});
const sentence = fc.array(fc.constantFrom("i", "love", "you", "me", "china", "pizza"), { minLength: 1, maxLength: 7 }).map((w) => w.join(" "));

function allFinite(model: Seq2SeqModel, input: string): boolean {
  const t = forward(model, input);
  return traceEntries(t).every((e) => Array.from(e.value).every(Number.isFinite));
}

describe("forward(model, input) over random models", () => {
  it("forward gives one encoder output per token, α rows and p that sum to 1, and only finite values", () => {
    fc.assert(
      fc.property(config, sentence, (cfg, input) => {
        const model = randomModel(cfg);
        const t = forward(model, input);
        expect(t.H).toHaveLength(input.split(" ").length);
        for (const s of t.steps) {
          if (s.kind !== "decoder") continue;
          expect(Math.abs(s.p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
          if (s.attention) expect(Math.abs(s.attention.alpha.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
        }
        expect(traceEntries(t).every((e) => Array.from(e.value).every(Number.isFinite))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("forward stays finite when every weight and embedding is as large as ±1e300", () => {
    fc.assert(
      fc.property(config, sentence, fc.constantFrom(1e6, 1e150, 1e300), (cfg, input, scale) => {
        expect(allFinite(randomModel({ ...cfg, scale }), input)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("forward with the same model, input and seed gives identical traces", () => {
    fc.assert(
      fc.property(config, sentence, (cfg, input) => {
        const opts = { decoding: { strategy: "sample" as const, temperature: 0.7, seed: cfg.seed, maxLength: 6 } };
        expect(forward(randomModel(cfg), input, opts)).toEqual(forward(randomModel(cfg), input, opts));
      }),
      { numRuns: 50 },
    );
  });
});
