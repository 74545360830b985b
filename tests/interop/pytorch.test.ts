// The core against PyTorch, from the committed fixtures (no Python needed): each model of
// tests/fixtures/interop was built in PyTorch in float64, exported by scripts/export_pytorch.py and
// run in PyTorch on a few sentences. The core's trace of each sentence must agree with PyTorch to
// 1e-9 in every encoder state, initial state, attention score and weight, context, decoder state,
// memory cell and logit, and greedy decoding must write the same tokens and stop for the same reason.

import { describe, expect, it } from "vitest";
import { runTrace } from "../../scripts/trace.ts";
import { compare, FIXTURES, loadManifest, loadModel, loadReference, type Diffs } from "./reference.ts";

const TOLERANCE = 1e-9;
const manifest = loadManifest();

describe("exported PyTorch models traced by the core", () => {
  it("loadManifest lists the tutorial's two decoders and the plain models of every cell", () => {
    expect(manifest.models).toEqual(expect.arrayContaining(["tutorial-attention", "tutorial-decoder"]));
    const cells = manifest.models.map((name) => loadModel(name).encoder.cell);
    expect(new Set(cells)).toEqual(new Set(["rnn", "lstm", "gru-reset-after"]));
  });

  const all: Diffs = new Map();
  for (const name of manifest.models) {
    it(`forward(${name}, sentence) equals PyTorch to ${TOLERANCE} in every quantity and writes PyTorch's greedy tokens`, () => {
      const model = loadModel(name);
      const ref = loadReference(name);
      const diffs: Diffs = new Map();
      for (const sentence of ref.sentences) {
        const { trace, ours, extraLogits } = compare(model, sentence, diffs);
        expect(ours, sentence.input).toEqual(sentence.tokens);
        expect(trace.output.stop, sentence.input).toBe(sentence.stop);
        // Tokens the format needs and PyTorch's vocabulary lacks (<unk>) can never be written.
        for (const z of extraLogits) expect(z).toBe(-1e4);
      }
      for (const [what, d] of diffs) {
        expect(d.max, `${name}: ${what}, largest |core − PyTorch| over ${d.count} numbers`).toBeLessThanOrEqual(TOLERANCE);
        const seen = all.get(what) ?? { max: 0, count: 0 };
        all.set(what, { max: Math.max(seen.max, d.max), count: seen.count + d.count });
      }
      expect(diffs.get("logits")!.count).toBeGreaterThan(0);
    });
  }

  it("the comparison covered every kind of quantity, so no check passed for want of numbers", () => {
    const kinds = ["encoder h_t (forward)", "encoder h_t (backward)", "encoder C_t (forward)", "encoder C_t (backward)", "encoder output h_j", "initial state s_0", "initial memory C_0"];
    kinds.push("attention score e", "attention weight α", "context c_t'", "decoder state s_t'", "decoder memory C_t'", "logits");
    for (const k of kinds) expect(all.get(k)?.count ?? 0, k).toBeGreaterThan(0);
  });

  it("runTrace (npm run trace) reads each exported file and prints PyTorch's greedy tokens", () => {
    for (const name of manifest.models) {
      const first = loadReference(name).sentences[0]!;
      const printed = JSON.parse(runTrace(["--model", `${FIXTURES}/${name}.json`, "--input", first.input])) as { output: { tokens: string[] } };
      expect(printed.output.tokens, name).toEqual(first.tokens);
    }
  });
});
