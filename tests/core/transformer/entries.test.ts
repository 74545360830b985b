import { describe, expect, it } from "vitest";
import { createRng } from "../../../src/core/rng.ts";
import {
  TRANSFORMER_FORMULAS,
  createTransformer,
  transformerForward,
  transformerParamShapes,
  transformerTraceEntries,
  withTransformerParam,
} from "../../../src/core/transformer/index.ts";

const model = createTransformer({ name: "tiny", sourceVocab: ["i", "love", "china"], targetVocab: ["我", "爱", "中国"], d_model: 4, heads: 2, d_ff: 6, layers: 2, maxLength: 3 }, createRng(3));

describe("the trace as entries", () => {
  for (const target of [undefined, "我 爱"]) {
    it(`transformerTraceEntries(trace) ${target ? "(teacher-forced)" : "(greedy)"} has unique ids, known formulas, and arrows only to earlier entries or real parameters`, () => {
      const trace = transformerForward(model, "i love china", target ? { target } : {});
      const entries = transformerTraceEntries(trace);
      const params = new Set(transformerParamShapes(model).map((s) => `param:${s.path}`));
      const seen = new Set<string>();
      for (const e of entries) {
        expect(seen.has(e.id), e.id).toBe(false);
        expect(Object.keys(TRANSFORMER_FORMULAS)).toContain(e.formula);
        for (const f of e.from) expect(seen.has(f) || params.has(f), `${e.id} ← ${f}`).toBe(true);
        seen.add(e.id);
      }
      expect(transformerTraceEntries(trace)).toBe(entries);
    });
  }

  it("transformerTraceEntries(trace) links cross-attention keys to the encoder output and queries to the decoder", () => {
    const trace = transformerForward(model, "i love", { target: "爱" });
    const byId = new Map(transformerTraceEntries(trace).map((e) => [e.id, e]));
    expect(byId.get("dec.forced.1.cross.K")!.from).toEqual(["enc.2.an2.out", "param:decoder.0.crossAttention.W_K"]);
    expect(byId.get("dec.forced.2.cross.Q")!.from).toEqual(["dec.forced.2.an1.out", "param:decoder.1.crossAttention.W_Q"]);
    expect(byId.get("dec.forced.1.cross.h2.weights")!.value).toBe(trace.decoder[0]!.pass.layers[0]!.crossAttention.heads[1]!.weights);
    expect(byId.get("dec.forced.1.self.h1.mask")!.formula).toBe("tf.mask");
    expect(byId.get("dec.forced.loss")!.step).toBe(0);
    expect(byId.get("enc.1.self.h1.scores")!.step).toBeUndefined();
  });

  it("transformerTraceEntries(trace) makes each greedy step's input depend on the tokens chosen before it", () => {
    // <eos> made impossible, so decoding runs to the limit of 3 steps.
    const b = new Float64Array(model.target.vocab.length);
    b[model.target.vocab.indexOf("<eos>")] = -100;
    const trace = transformerForward(withTransformerParam(model, "output.b_out", b), "i love", { maxLength: 3 });
    const byId = new Map(transformerTraceEntries(trace).map((e) => [e.id, e]));
    const n = trace.decoder.length;
    expect(n).toBe(3);
    expect(byId.get(`dec.${n}.X`)!.from).toEqual(["param:target.embeddings", `dec.${n}.PE`, ...Array.from({ length: n - 1 }, (_, k) => `dec.${k + 1}.y`)]);
  });
});
