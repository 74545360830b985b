import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseModel, parseModelText } from "../../src/model/modelFile.ts";
import { MAX_JSON_DEPTH, parseJsonSafely, textDepth, valueProblem } from "../../src/model/safeJson.ts";
import { serializeModel } from "../../src/model/convert.ts";
import { demoModel } from "../../src/model/defaults.ts";
import { stringifyModelFile } from "../../src/model/stringify.ts";

const nested = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
const choice = { cell: "lstm", variant: "attention", score: "dot", query: "previous", bidirectional: false } as const;

describe("safeJson", () => {
  it("textDepth counts the deepest nesting of arrays and objects, ignoring brackets inside strings", () => {
    expect(textDepth("1")).toBe(0);
    expect(textDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(textDepth('["[[[[", "\\"[["]')).toBe(1);
    expect(textDepth(nested(100_000), 64)).toBe(65);
  });

  it("parseJsonSafely refuses text nested deeper than the limit before parsing it, and a prototype key by name with its path", () => {
    expect(parseJsonSafely(nested(200_000))).toEqual({ ok: false, problem: { kind: "tooDeep", limit: MAX_JSON_DEPTH } });
    expect(parseJsonSafely('{"a":[{"__proto__":{"x":1}}]}')).toEqual({ ok: false, problem: { kind: "forbiddenKey", key: "__proto__", path: "a[0]" } });
    expect(parseJsonSafely('{"constructor":{"prototype":1}}')).toMatchObject({ ok: false, problem: { kind: "forbiddenKey", key: "constructor" } });
    expect(parseJsonSafely("{nope")).toMatchObject({ ok: false, problem: { kind: "syntax" } });
    expect(parseJsonSafely('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it("valueProblem walks a deep value without recursion and finds a row of numbers nested past the limit", () => {
    let deep: unknown = [1];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(valueProblem(deep)).toEqual({ kind: "tooDeep", limit: MAX_JSON_DEPTH });
    expect(valueProblem([[[1, 2]]], 2)).toEqual({ kind: "tooDeep", limit: 2 });
    expect(valueProblem([[[1, 2]]], 3)).toBeNull();
  });

  it("parseJsonSafely never throws on random JSON text, prototype keys included, and leaves Object.prototype alone", () => {
    const key = fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "0", "a"), fc.string({ maxLength: 8 }));
    const json = fc.letrec((tie) => ({ value: fc.oneof({ depthSize: "small" }, fc.jsonValue({ maxDepth: 2 }), fc.array(tie("value"), { maxLength: 3 }), fc.dictionary(key, tie("value"), { maxKeys: 3 })) })).value;
    fc.assert(
      fc.property(json, (value) => {
        const text = JSON.stringify(value) ?? "null";
        const read = parseJsonSafely(text);
        if (read.ok) expect(read.value).toEqual(JSON.parse(text));
        expect(({} as Record<string, unknown>)[0]).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

describe("model files against hostile JSON", () => {
  it("parseModelText reports deeply nested JSON as nested too deeply, not as a stack overflow", () => {
    for (const text of [nested(100_000), `{"format":${nested(50_000)}}`]) {
      const r = parseModelText(text);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.errors[0]!.message).toBe("model file: nested too deeply (more than 64 levels of arrays and objects)");
    }
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const r = parseModel(deep);
    expect(!r.ok && r.errors[0]!.message).toMatch(/nested too deeply/u);
  });

  it("parseModelText refuses a model file with a __proto__ or constructor key, naming where it is", () => {
    const good = stringifyModelFile(serializeModel(demoModel(choice, 1)));
    const proto = good.replace('"weights": {', '"weights": {\n "__proto__": [[1]],');
    const r = parseModelText(proto);
    expect(!r.ok && r.errors[0]!.message).toBe('encoder.weights: the key "__proto__" is not allowed');
    const ctor = parseModelText(good.replace('"name":', '"constructor": 1, "name":'));
    expect(!ctor.ok && ctor.errors[0]!.message).toBe('model file: the key "constructor" is not allowed');
    expect(parseModelText(good).ok).toBe(true);
  });
});
