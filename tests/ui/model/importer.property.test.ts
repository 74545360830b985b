// The model importer (parseModelText, what "Import a model file" calls) fed random and damaged
// files: it must never throw, and every refusal must say what is wrong and where.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demoModel } from "../../../src/model/defaults.ts";
import { serializeModel } from "../../../src/model/convert.ts";
import { parseModelText } from "../../../src/model/modelFile.ts";
import { stringifyModelFile } from "../../../src/model/stringify.ts";
import { DEFAULT_PLAYER } from "../../../src/ui/playerStore.ts";

const good = stringifyModelFile(serializeModel(demoModel({ ...DEFAULT_PLAYER.choice, variant: "every-step" }, 4)));

function expectSound(text: string): void {
  const r = parseModelText(text);
  if (r.ok) return;
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) expect(e.message.length).toBeGreaterThan(e.path.length + 2);
}

describe("importing a model file", () => {
  it("parseModelText never throws on random text and names every problem", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => expectSound(text)), { numRuns: 300 });
  });

  it("parseModelText never throws on random JSON values", () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => expectSound(JSON.stringify(value))), { numRuns: 300 });
  });

  it("parseModelText never throws on a truncated or bit-flipped model file, and refuses a truncated one", () => {
    const bytes = new TextEncoder().encode(good);
    fc.assert(
      fc.property(fc.nat({ max: bytes.length - 2 }), fc.nat({ max: 6 }), fc.boolean(), (at, bit, truncate) => {
        const mutated = truncate ? bytes.slice(0, at) : Uint8Array.from(bytes, (b, k) => (k === at ? b ^ (1 << bit) : b));
        const text = new TextDecoder().decode(mutated);
        expectSound(text);
        if (truncate) expect(parseModelText(text).ok).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it("parseModelText refuses huge sizes and values with the path of each", () => {
    const file = JSON.parse(good) as Record<string, Record<string, unknown>>;
    const huge = parseModelText(JSON.stringify({ ...file, encoder: { ...file.encoder, hidden: 1e9 } }));
    expect(huge.ok).toBe(false);
    expect(!huge.ok && huge.errors.map((e) => e.path).some((p) => p.startsWith("encoder"))).toBe(true);
    const overflow = parseModelText(good.replace(/"b_out": \[[^\]]*\]/u, (m) => m.replace(/-?\d[\d.e+-]*/u, "1e999")));
    expect(overflow.ok).toBe(false);
    expect(!overflow.ok && overflow.errors[0]!.message).toMatch(/^decoder\.output\.b_out\[0\]/u);
  });
});
