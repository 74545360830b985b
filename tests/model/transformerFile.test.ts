// The Transformer model file: bit-for-bit round trips, one error per problem naming its path, and
// parseTransformer never throwing whatever a file has been mutated into (fast-check).

import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createRng } from "../../src/core/rng.ts";
import { transformerForward } from "../../src/core/transformer/forward.ts";
import { createTransformer, type TransformerConfig } from "../../src/core/transformer/init.ts";
import { transformerParamValues, withTransformerParams } from "../../src/core/transformer/trainParams.ts";
import type { TransformerModel } from "../../src/core/transformer/types.ts";
import { parseTransformer, parseTransformerText, serializeTransformer, stringifyTransformerFile, validateTransformer, type TransformerFileJson } from "../../src/model/transformerFile.ts";

const CONFIG: TransformerConfig = { name: "tiny", sourceVocab: ["i", "love", "you"], targetVocab: ["je", "t'", "aime"], d_model: 4, heads: 2, d_ff: 6 };
const tiny = (seed = 1, config: Partial<TransformerConfig> = {}): TransformerModel => createTransformer({ ...CONFIG, ...config }, createRng(seed));

/** The first parameter entry where two models differ (Object.is: -0 is not 0), or undefined. */
function firstDifference(a: TransformerModel, b: TransformerModel): string | undefined {
  const va = transformerParamValues(a);
  const vb = transformerParamValues(b);
  if (Object.keys(va).join() !== Object.keys(vb).join()) return "different paths";
  for (const [path, x] of Object.entries(va)) {
    const i = x.findIndex((value, k) => !Object.is(value, vb[path]![k]));
    if (i >= 0 || x.length !== vb[path]!.length) return `${path}[${i}]`;
  }
  return undefined;
}

function parsed(text: string): TransformerModel {
  const r = parseTransformerText(text);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("\n"));
  return r.model;
}

/** The messages of a file changed by `edit` (a copy of a valid file). */
function errorsOf(edit: (file: Record<string, unknown> & TransformerFileJson) => void, model = tiny()): string[] {
  const file = structuredClone(serializeTransformer(model)) as Record<string, unknown> & TransformerFileJson;
  edit(file);
  const r = parseTransformer(file);
  return r.ok ? [] : r.errors.map((e) => e.message);
}

describe("Transformer model file round trips", () => {
  it("parseTransformerText(stringifyTransformerFile(serializeTransformer(model))) gives back every number bit for bit, and the same text again", () => {
    for (const [seed, config] of [[1, {}], [2, { layers: 2 }], [3, { heads: 4, d_model: 8, d_ff: 3 }], [4, { heads: 1 }]] as const) {
      const model = { ...tiny(seed, config), description: "d", meta: { trained: true, config: { epochs: 3 } } };
      const text = stringifyTransformerFile(serializeTransformer(model));
      const back = parsed(text);
      expect(firstDifference(back, model)).toBeUndefined();
      expect(back).toMatchObject({ name: "tiny", description: "d", d_model: model.d_model, heads: model.heads, d_ff: model.d_ff, maxLength: 12, meta: model.meta });
      expect(back.encoder).toHaveLength(model.encoder.length);
      expect(stringifyTransformerFile(serializeTransformer(back))).toBe(text);
    }
  });

  it("serializeTransformer(model) keeps any finite double exact through text, -0 and subnormals included (fast-check)", () => {
    const model = tiny();
    const values = transformerParamValues(model);
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 24 }), (xs) => {
        const W = Float64Array.from(values["decoder.0.crossAttention.W_K"]!, (x, i) => xs[i % xs.length] ?? x);
        const edited = withTransformerParams(model, { "decoder.0.crossAttention.W_K": W });
        return firstDifference(parsed(stringifyTransformerFile(serializeTransformer(edited))), edited) === undefined;
      }),
      { numRuns: 200 },
    );
  });

  it("parseTransformer(file) shares no array with the file it read", () => {
    const file = serializeTransformer(tiny());
    const r = parseTransformer(file);
    (file.params["output.b_out"] as number[])[0] = 99;
    expect(r.ok && r.model.output.b_out[0]).toBe(0);
  });
});

describe("docs/model-format.md", () => {
  it("parseTransformerText(the Transformer example in docs/model-format.md) gives a model that translates hello into salut", () => {
    const doc = readFileSync(new URL("../../docs/model-format.md", import.meta.url), "utf8");
    const example = [...doc.matchAll(/```json\n([\s\S]*?)\n```/gu)].map((m) => m[1]!).find((block) => block.includes('"seq2seq-lab/transformer"'));
    expect(transformerForward(parsed(example ?? ""), "hello").output).toMatchObject({ text: "salut", stop: "eos" });
  });
});

describe("Transformer model file errors", () => {
  it("parseTransformer(file) names a misshapen parameter by its path with the expected and received shapes", () => {
    expect(errorsOf((f) => (f.params["encoder.0.selfAttention.W_Q"] = (f.params["encoder.0.selfAttention.W_Q"] as number[][]).map((r) => r.slice(1))))).toEqual([
      "encoder.0.selfAttention.W_Q: expected 4×4, got 4×3",
    ]);
    expect(errorsOf((f) => (f.params["decoder.0.norm2.gamma"] = [1, 1, 1]))).toEqual(["decoder.0.norm2.gamma: expected 4 values, got 3"]);
  });

  it("parseTransformerText(text) names the first non-finite entry by its path and counts the others", () => {
    const text = stringifyTransformerFile(serializeTransformer(tiny())).replace(/"decoder\.0\.ffn\.b_1": \[0, 0, 0/u, '"decoder.0.ffn.b_1": [0, 1e999, -1e999');
    const r = parseTransformerText(text);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual(["decoder.0.ffn.b_1[1]: expected a finite number, got Infinity (and 1 more in decoder.0.ffn.b_1)"]);
  });

  it("parseTransformer(file) names missing and unknown parameters, and a layer past the file's layers", () => {
    expect(errorsOf((f) => delete f.params["output.W_out"])).toEqual(["output.W_out: required (a 4×6 matrix)"]);
    expect(errorsOf((f) => (f.params["encoder.0.selfAttention.W_X"] = [[0]]))).toEqual(["encoder.0.selfAttention.W_X: unknown parameter; expected only W_Q, W_K, W_V, W_O in encoder.0.selfAttention"]);
    expect(errorsOf((f) => (f.params["decoder.1.ffn.b_2"] = [0, 0, 0, 0]))).toEqual(["decoder.1.ffn.b_2: unknown parameter: layers is 1, so decoder layers are numbered 0 to 0"]);
  });

  it("parseTransformer(file) refuses heads that do not divide d_model, entries that are not numbers, and unknown keys", () => {
    expect(errorsOf((f) => (f.heads = 3))).toEqual(["heads: expected a divisor of d_model 4 (each head is d_k = d_model / h wide), got 3"]);
    expect(errorsOf((f) => ((f.params["output.b_out"] as unknown[])[2] = "x"))).toEqual(['output.b_out[2]: expected a number, got "x"']);
    expect(errorsOf((f) => (f.encoder = {}))[0]).toMatch(/^encoder: unknown key; expected one of format, version, name, .*params, decoding, meta$/u);
    expect(errorsOf((f) => delete (f as Partial<TransformerFileJson>).d_ff)).toEqual(["d_ff: required (an integer from 1 to 2048)"]);
    expect(errorsOf((f) => (f.decoding = { strategy: "sample" as "greedy", maxLength: 12 }))).toEqual(['decoding.strategy: expected "greedy" (the only strategy the Transformer core has), got "sample"']);
  });

  it("parseTransformer(file) names a vocabulary without its special tokens, a recurrent file and a newer version in one line each", () => {
    expect(errorsOf((f) => (f.target.vocab = f.target.vocab.filter((t) => t !== "<eos>")))).toEqual(["target.vocab: expected the special tokens <sos>, <eos>, <unk>, missing <eos>"]);
    expect(errorsOf((f) => (f.format = "seq2seq-lab/model" as "seq2seq-lab/transformer"))).toEqual([
      'format: expected "seq2seq-lab/transformer", got "seq2seq-lab/model"; this does not look like a Seq2Seq Lab Transformer model file',
    ]);
    expect(errorsOf((f) => (f.version = 2 as 1))[0]).toMatch(/^version: expected at most 1, got 2: this file was written by a newer Seq2Seq Lab/u);
  });

  it("parseTransformerText(text) reports a JSON syntax error with its line and column", () => {
    const r = parseTransformerText('{\n  "format": "seq2seq-lab/transformer",\n}');
    expect(r.ok ? "" : r.errors[0]!.message).toBe('model file: not valid JSON: line 3, column 1: expected a property name in double quotes, got "}"');
  });

  it("validateTransformer(model) finds NaN in an edited model by path, and nothing in a sound one", () => {
    const model = tiny();
    expect(validateTransformer(model)).toEqual([]);
    const bad = withTransformerParams(model, { "encoder.0.ffn.b_2": Float64Array.of(0, 0, NaN, 0) });
    expect(validateTransformer(bad).map((e) => e.message)).toEqual(["encoder.0.ffn.b_2[2]: expected a finite number, got NaN"]);
  });

  it("stringifyTransformerFile(file) refuses to write NaN, naming its path", () => {
    const bad = withTransformerParams(tiny(), { "output.b_out": Float64Array.of(0, 0, NaN, 0, 0, 0) });
    expect(() => stringifyTransformerFile(serializeTransformer(bad))).toThrow(/^params\.output\.b_out\[2\]: NaN cannot be written/u);
  });
});

type Node = { parent: Record<string | number, unknown>; key: string | number };

/** Every key and array slot of a JSON value. */
function nodes(value: unknown, out: Node[] = []): Node[] {
  if (value === null || typeof value !== "object") return out;
  for (const [key, child] of Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value)) {
    out.push({ parent: value as Record<string | number, unknown>, key });
    nodes(child, out);
  }
  return out;
}

const REPLACEMENTS: readonly unknown[] = ["x", null, {}, [], [[]], NaN, JSON.parse("1e999") as number, -1, 0.5, 1e9, [1, 2], true];

describe("parseTransformer(json) under random mutations of a valid file (fast-check)", () => {
  it("parseTransformer(json) never throws, and every error is one line that starts with its path", () => {
    const base = serializeTransformer(tiny(5, { layers: 2 }));
    const change = fc.record({ at: fc.nat(), replacement: fc.nat(REPLACEMENTS.length - 1), remove: fc.boolean() });
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
        const file = structuredClone(base) as unknown as Record<string, unknown>;
        for (const { at, replacement, remove } of changes) {
          const all = nodes(file);
          const node = all[at % all.length]!;
          if (remove && !Array.isArray(node.parent)) delete node.parent[node.key];
          else node.parent[node.key] = structuredClone(REPLACEMENTS[replacement % REPLACEMENTS.length]);
        }
        const r = parseTransformer(file);
        return r.ok || (r.errors.length > 0 && r.errors.every((e) => e.message.startsWith(`${e.path === "" ? "model file" : e.path}: `) && !e.message.includes("\n")));
      }),
      { numRuns: 400 },
    );
  });
});
