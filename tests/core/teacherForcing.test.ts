// Teacher forcing: the forced trace feeds the reference to the decoder and appends <eos>, whatever
// the model would have chosen; ids are checked before anything runs.
import { describe, expect, it } from "vitest";
import { decoderSteps, forcedTrace, sourceTokens } from "../../src/core/teacherForcing.ts";
import { randomModel, SOURCE_VOCAB, TARGET_VOCAB } from "../helpers/randomModel.ts";

const model = randomModel({ cell: "gru-reset-after", variant: "attention", score: "general" });
const eos = TARGET_VOCAB.indexOf("<eos>");

describe("teacher forcing", () => {
  it("forcedTrace(model, pair) scores every target token and then <eos>, each decoder step reading the previous reference token", () => {
    const target = [7, 5, 5];
    const steps = decoderSteps(forcedTrace(model, { source: [3, 4, 5], target }));
    expect(steps.map((s) => s.y)).toEqual([...target, eos]);
    expect(steps.every((s) => s.forced)).toBe(true);
    expect(steps.map((s) => s.yPrevToken)).toEqual(["<sos>", ...target.map((id) => TARGET_VOCAB[id])]);
  });

  it("sourceTokens(model, ids) reads each id as its vocabulary word, never unknown", () => {
    expect(sourceTokens(model, [3, 7])).toEqual([
      { text: SOURCE_VOCAB[3], token: SOURCE_VOCAB[3], id: 3, unknown: false },
      { text: SOURCE_VOCAB[7], token: SOURCE_VOCAB[7], id: 7, unknown: false },
    ]);
  });

  it("forcedTrace(model, pair) throws a RangeError naming a source id outside the vocabulary or <eos> inside the target", () => {
    expect(() => forcedTrace(model, { source: [3, SOURCE_VOCAB.length], target: [3] })).toThrow(/source id 8/);
    expect(() => forcedTrace(model, { source: [3], target: [3, eos] })).toThrow(/target id 1/);
    expect(() => forcedTrace(model, { source: [3], target: [-1] })).toThrow(RangeError);
  });

  it("decoderSteps(trace) keeps the decoder steps alone, in order", () => {
    const trace = forcedTrace(model, { source: [3, 4], target: [3] });
    expect(decoderSteps(trace).map((s) => s.id)).toEqual(["dec.1", "dec.2"]);
    expect(trace.steps.length).toBeGreaterThan(2);
  });
});
