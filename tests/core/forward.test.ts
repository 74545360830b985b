import { describe, expect, it } from "vitest";
import { forward, forwardTokens } from "../../src/core/forward.ts";
import { encode } from "../../src/core/encoder.ts";
import { matFromRows, vec } from "../../src/core/tensor.ts";
import { CELL_KINDS, DECODER_VARIANTS, SCORE_KINDS } from "../../src/core/model.ts";
import type { CellKind, DecoderVariant, QueryKind, ScoreKind, Seq2SeqModel } from "../../src/core/model.ts";
import type { ContextStep, DecoderStep, EncoderStep } from "../../src/core/trace.ts";
import { randomModel } from "../helpers/randomModel.ts";

const decoderSteps = (steps: readonly { kind: string }[]) => steps.filter((s): s is DecoderStep => s.kind === "decoder");
const m = matFromRows;

/** A one-unit RNN encoder and decoder small enough to follow by hand. */
const tiny: Seq2SeqModel = {
  name: "tiny",
  source: { vocab: ["<sos>", "<eos>", "<unk>", "a"], embeddings: m([[0], [0], [0], [1]]) },
  target: { vocab: ["<sos>", "<eos>", "<unk>", "b"], embeddings: m([[0.5], [0], [0], [0]]) },
  encoder: { cell: "rnn", hidden: 1, bidirectional: false, context: "last", weights: { W_h: m([[0.5]]), W_x: m([[1]]), b: vec([0]) } },
  decoder: {
    cell: "rnn",
    hidden: 1,
    variant: "initial",
    init: "context",
    weights: { W_h: m([[1]]), W_x: m([[-1]]), b: vec([0]) },
    output: { W_out: m([[0], [-4], [0], [4]]), b_out: vec([0, 0, -10, 0]) },
  },
  decoding: { strategy: "greedy", temperature: 1, seed: 0, maxLength: 5 },
};

describe("forward(model, input) on a model small enough to compute by hand", () => {
  const trace = forward(tiny, "a a");
  const h1 = Math.tanh(1);
  const h2 = Math.tanh(0.5 * h1 + 1);

  it("encodes h_1 = tanh(1) and h_2 = tanh(0.5 h_1 + 1), and starts the decoder from s_0 = h_T", () => {
    expect(trace.H.map((h) => h[0])).toEqual([h1, h2]);
    const ctx = trace.steps.find((s): s is ContextStep => s.kind === "context")!;
    expect(ctx.c![0]).toBe(h2);
    expect(ctx.s_0[0]).toBe(h2);
  });

  it("decodes s_1 = tanh(s_0 − 0.5) from <sos> and picks the argmax of softmax(W_out s_1 + b_out)", () => {
    const d1 = decoderSteps(trace.steps)[0]!;
    const s1 = Math.tanh(h2 - 0.5);
    expect(d1.s_t[0]).toBe(s1);
    expect(Array.from(d1.logits)).toEqual([0, -4 * s1, -10, 4 * s1]);
    const z = [0, -4 * s1, -10, 4 * s1].map(Math.exp);
    const sum = z.reduce((a, b) => a + b, 0);
    d1.p.forEach((p, i) => expect(p).toBeCloseTo(z[i]! / sum, 15));
    expect(d1.token).toBe("b");
  });

  it("stops at the length limit when <eos> never wins, and says so", () => {
    expect(trace.output.stop).toBe("limit");
    expect(decoderSteps(trace.steps)).toHaveLength(5);
  });

  it("stops at <eos> and leaves it out of the output", () => {
    const eosFirst = { ...tiny, decoder: { ...tiny.decoder, output: { W_out: m([[0], [0], [0], [0]]), b_out: vec([0, 5, 0, 0]) } } };
    const t = forward(eosFirst, "a");
    expect(t.output).toMatchObject({ ids: [], tokens: [], text: "", stop: "eos" });
    expect(decoderSteps(t.steps).map((s) => s.token)).toEqual(["<eos>"]);
  });
});

describe("forward(model, input) for every encoder and decoder", () => {
  interface Combo {
    cell: CellKind;
    variant: DecoderVariant;
    score?: ScoreKind;
    query?: QueryKind;
  }
  const combos: Combo[] = CELL_KINDS.flatMap((cell) =>
    DECODER_VARIANTS.flatMap((variant): Combo[] => (variant === "attention" ? SCORE_KINDS.flatMap((score) => (["previous", "current"] as const).map((query) => ({ cell, variant, score, query }))) : [{ cell, variant }])),
  );

  it.each(combos)("forward runs $cell / $variant / $score / $query, unidirectional and bidirectional, with well-shaped steps", (o) => {
    for (const bidirectional of [false, true]) {
      const model = randomModel({ ...o, bidirectional, n: 3 });
      const t = forward(model, "I love you");
      const dh = bidirectional ? 6 : 3;
      expect(t.H).toHaveLength(3);
      for (const h of t.H) expect(h).toHaveLength(dh);
      const enc = t.steps.filter((s): s is EncoderStep => s.kind === "encoder");
      expect(enc).toHaveLength(bidirectional ? 6 : 3);
      for (const d of decoderSteps(t.steps)) {
        expect(Math.abs(d.p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
        if (o.variant === "attention") {
          expect(d.attention!.alpha).toHaveLength(3);
          expect(d.attention!.q).toBe(o.query === "previous" ? d.s_prev : d.s_t);
          expect(d.readout).toHaveLength(o.query === "current" ? model.decoder.hidden + dh : model.decoder.hidden);
        } else expect(d.attention).toBeUndefined();
        expect(d.cell.x_t).toHaveLength(o.variant === "initial" || o.query === "current" ? 2 : 2 + dh);
      }
    }
  });

  it("forward(model, input) with the same model and seed gives an identical trace", () => {
    const model = randomModel({ cell: "gru-reset-after", variant: "attention", score: "additive", seed: 3 });
    expect(forward(model, "I love you")).toEqual(forward(randomModel({ cell: "gru-reset-after", variant: "attention", score: "additive", seed: 3 }), "I love you"));
  });

  it("forward with sampling draws the same tokens for the same seed and records softmax(logits/τ)", () => {
    const model = randomModel({ scale: 2, seed: 11 });
    const opts = { decoding: { strategy: "sample" as const, temperature: 2, seed: 42, maxLength: 8 } };
    const a = forward(model, "i love you", opts);
    expect(forward(model, "i love you", opts).output).toEqual(a.output);
    const d = decoderSteps(a.steps)[0]!;
    const z = Array.from(d.logits, (l) => Math.exp(l / 2));
    const sum = z.reduce((x, y) => x + y, 0);
    d.pSample!.forEach((p, i) => expect(p).toBeCloseTo(z[i]! / sum, 14));
    const outs = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => forward(model, "i love you", { decoding: { ...opts.decoding, seed } }).output.text));
    expect(outs.size).toBeGreaterThan(1);
  });

  it("forward with a target teacher-forces it and ends with <eos>", () => {
    const model = randomModel({});
    const t = forward(model, "i love you", { target: "Je t'aime" });
    const d = decoderSteps(t.steps);
    expect(d.map((s) => s.token)).toEqual(["je", "t'", "aime", "<eos>"]);
    expect(d.map((s) => s.yPrevToken)).toEqual(["<sos>", "je", "t'", "aime"]);
    expect(d.every((s) => s.forced)).toBe(true);
    expect(t.output.text).toBe("je t'aime");
  });

  it("forward(model, \"\") refuses empty input with a one-line reason", () => {
    expect(() => forward(randomModel({}), " ,. ")).toThrow("input: expected at least one word");
  });
});

describe("the encoder and context details of notation.md", () => {
  it("encode(bidirectional) gives h_t = [h→_t; h←_t] with h←_t the backward state after reading x_T..x_t", () => {
    const model = randomModel({ cell: "lstm", bidirectional: true, n: 2 });
    const t = forward(model, "i love you");
    const xs = t.source.map((s) => model.source.embeddings.data.slice(s.id * 2, s.id * 2 + 2));
    const back = encode({ ...model.encoder, bidirectional: false, weights: model.encoder.backwardWeights! }, [...xs].reverse(), [...t.source].reverse());
    const fwd = encode({ ...model.encoder, bidirectional: false }, xs, t.source);
    for (let j = 0; j < 3; j++) expect(Array.from(t.H[j]!)).toEqual([...fwd.H[j]!, ...back.H[2 - j]!]);
  });

  it("forward with context mean feeds the decoder c = (h_1 + … + h_T)/T at every step", () => {
    const model = randomModel({ variant: "every-step", context: "mean" });
    const t = forward(model, "i love you");
    const c = decoderSteps(t.steps)[0]!.c!;
    for (let k = 0; k < c.length; k++) expect(c[k]).toBeCloseTo((t.H[0]![k]! + t.H[1]![k]! + t.H[2]![k]!) / 3, 15);
    expect(Array.from(decoderSteps(t.steps)[0]!.cell.x_t.slice(2))).toEqual(Array.from(c));
  });

  it("forward starts an LSTM decoder from the encoder's last memory cell C_T, or zeros when init is zeros", () => {
    const model = randomModel({ cell: "lstm", variant: "initial" });
    const t = forward(model, "i love you");
    const last = t.steps.filter((s): s is EncoderStep => s.kind === "encoder").at(-1)!.cell;
    const ctx = t.steps.find((s): s is ContextStep => s.kind === "context")!;
    expect(last.kind === "lstm" && ctx.C_0).toBe(last.kind === "lstm" ? last.C_t : false);
    const z = forward(randomModel({ cell: "lstm", variant: "initial", init: "zeros" }), "i love you");
    const zc = z.steps.find((s): s is ContextStep => s.kind === "context")!;
    expect(Array.from(zc.C_0!)).toEqual([0, 0, 0]);
    expect(Array.from(zc.s_0)).toEqual([0, 0, 0]);
  });

  it("forwardTokens(model, tokens, { target }) matches forward(model, text, { target })", () => {
    const model = randomModel({ variant: "attention", score: "general" });
    const a = forward(model, "i love you", { target: "je t'aime" });
    const b = forwardTokens(model, a.source, { target: [3, 4, 5] });
    expect(b).toEqual(a);
  });
});
