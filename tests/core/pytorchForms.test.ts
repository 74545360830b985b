// The forms a PyTorch export needs beyond the lessons' defaults: each direction's final state as the
// context (PyTorch's h_n, the map "final") and an encoder that reads <eos> after the words (the
// tutorial's tensorFromSentence). The additive score's biases are tested with the other scores.

import { describe, expect, it } from "vitest";
import { forward } from "../../src/core/forward.ts";
import { forcedTrace } from "../../src/core/teacherForcing.ts";
import type { ContextStep, EncoderStep, LstmRecord, Trace } from "../../src/core/trace.ts";
import { randomModel } from "../helpers/randomModel.ts";

const contextOf = (t: Trace) => t.steps.find((s): s is ContextStep => s.kind === "context")!;
const encoderStep = (t: Trace, id: string) => t.steps.find((s): s is EncoderStep => s.kind === "encoder" && s.id === id)!;

describe('the context map "final"', () => {
  it("forward with a bidirectional encoder and the map final gives c = s_0 = [h→_T; h←_1] and C_0 = [C→_T; C←_1]", () => {
    const t = forward(randomModel({ cell: "lstm", variant: "initial", bidirectional: true, context: "final", n: 2 }), "i love you");
    const ctx = contextOf(t);
    const fT = encoderStep(t, "enc.f.3").cell as LstmRecord;
    const b1 = encoderStep(t, "enc.b.1").cell as LstmRecord;
    expect(Array.from(ctx.c!)).toEqual([...fT.h_t, ...b1.h_t]);
    expect(ctx.s_0).toBe(ctx.c);
    expect(Array.from(ctx.C_0!)).toEqual([...fT.C_t, ...b1.C_t]);
    // h←_1 is the backward half of h_1, not of h_T (which "last" reads).
    expect(Array.from(ctx.c!.slice(2))).toEqual(Array.from(t.H[0]!.slice(2)));
    expect(Array.from(ctx.c!.slice(2))).not.toEqual(Array.from(t.H[2]!.slice(2)));
    expect([ctx.map, ctx.s0From]).toEqual(["final", "c"]);
  });

  it("forward under attention with the map final starts the decoder from the final states, and from h_T with last", () => {
    const opts = { cell: "gru-reset-after" as const, variant: "attention" as const, score: "additive" as const, bidirectional: true, n: 2 };
    const final = contextOf(forward(randomModel({ ...opts, context: "final" }), "i love you"));
    const last = forward(randomModel({ ...opts, context: "last" }), "i love you");
    expect([final.map, final.s0From, final.c]).toEqual(["attention", "final", undefined]);
    expect(Array.from(final.s_0.slice(0, 2))).toEqual(Array.from(last.H[2]!.slice(0, 2)));
    expect(Array.from(final.s_0.slice(2))).toEqual(Array.from(last.H[0]!.slice(2)));
    expect(Array.from(contextOf(last).s_0)).toEqual(Array.from(last.H[2]!));
  });

  it("forward with a unidirectional encoder gives the same trace for the maps final and last", () => {
    const a = forward(randomModel({ variant: "every-step", context: "final" }), "i love you");
    const b = forward(randomModel({ variant: "every-step", context: "last" }), "i love you");
    expect(a.output).toEqual(b.output);
    expect(Array.from(contextOf(a).c!)).toEqual(Array.from(contextOf(b).c!));
  });
});

describe("source.appendEos", () => {
  const base = randomModel({ variant: "attention", score: "dot" });
  const withEos = { ...base, source: { ...base.source, appendEos: true } };

  it("forward(model with appendEos, text) reads the words and then <eos>, as the tutorial's tensorFromSentence does", () => {
    const t = forward(withEos, "i love you");
    expect(t.source.map((s) => s.token)).toEqual(["i", "love", "you", "<eos>"]);
    expect(t.H).toHaveLength(4);
    expect(encoderStep(t, "enc.f.4").token.id).toBe(base.source.vocab.indexOf("<eos>"));
    // The same as typing <eos> at the end to a model without the flag.
    expect(forward(base, "i love you <eos>").H).toEqual(t.H);
    expect(forward(base, "i love you").H).toHaveLength(3);
  });

  it("forcedTrace(model with appendEos, pair) appends <eos> to the source too, so training reads what decoding reads", () => {
    const t = forcedTrace(withEos, { source: [3, 4, 5], target: [3, 4] });
    expect(t.source.map((s) => s.token)).toEqual(["i", "love", "you", "<eos>"]);
  });
});
