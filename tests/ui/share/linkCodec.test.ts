import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demoModel } from "../../../src/model/defaults.ts";
import { serializeModel } from "../../../src/model/convert.ts";
import { stringifyModelFile } from "../../../src/model/stringify.ts";
import { fromBase64Url, toBase64Url } from "../../../src/ui/share/bytes.ts";
import { decodeShared, encodeShared, MAX_LINK_CHARS, MAX_LINK_EDITS, type SharedWeights } from "../../../src/ui/share/linkCodec.ts";
import { DEFAULT_PLAYER } from "../../../src/ui/playerStore.ts";

const choice = DEFAULT_PLAYER.choice;
const edits = { "encoder.weights.W_f": { 0: -0, 3: 1e300, 17: 5e-324 }, "decoder.output.b_out": { 44: -2.5 } };

async function encoded(value: SharedWeights): Promise<string> {
  const e = await encodeShared(value);
  if (!e.ok) throw new Error(e.reason);
  return e.text;
}

describe("share link weights", () => {
  it("encodeShared then decodeShared gives back a demo's edits bit for bit, in base64url only", async () => {
    const text = await encoded({ kind: "demo", choice, pair: "en-fr", edits });
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/u);
    const back = await decodeShared(text);
    expect(back).toEqual({ ok: true, value: { kind: "demo", choice, pair: "en-fr", edits } });
    expect(back.ok && Object.is(back.value.kind !== "model" && back.value.edits["encoder.weights.W_f"]![0], -0)).toBe(true);
  });

  it("encodeShared then decodeShared gives back a preset's edits and a whole model's text", async () => {
    expect(await decodeShared(await encoded({ kind: "preset", file: "lstm-attention-dot.json", edits }))).toEqual({ ok: true, value: { kind: "preset", file: "lstm-attention-dot.json", edits } });
    const text = stringifyModelFile(serializeModel(demoModel(choice, 3)));
    expect(await decodeShared(await encoded({ kind: "model", text }))).toEqual({ ok: true, value: { kind: "model", text } });
  });

  it("encodeShared refuses more edits than a link carries, with a reason", async () => {
    const many = { "decoder.output.W_out": Object.fromEntries(Array.from({ length: MAX_LINK_EDITS + 1 }, (_, i) => [i, 1])) };
    const e = await encodeShared({ kind: "demo", choice, pair: "en-fr", edits: many });
    expect(e.ok).toBe(false);
    expect(!e.ok && e.reason).toMatch(/more than a link carries/u);
  });

  it("toBase64Url and fromBase64Url are inverse for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Array.from(fromBase64Url(toBase64Url(bytes)))).toEqual(Array.from(bytes));
      }),
    );
  });

  it.each([
    ["an empty text", "", "the link's weights are empty"],
    ["a version byte alone", "AQ", "the link is cut short (at kind)"],
    ["version 2", "Ag", "the link was made by a newer version of this site (format 2), or it is damaged"],
    ["a first byte of 200", "yA", "the link's weights are damaged: they do not start as this site's links do"],
    ["a first byte of 0", "AA", "the link's weights are damaged: they do not start as this site's links do"],
    ["one character", "A", "the link's weights are cut short (an impossible length)"],
    ["markup", "AQ<script>", "the link's weights hold a character that a link never writes"],
    ["a text over 64 KB", "x".repeat(MAX_LINK_CHARS + 1), "the link's weights are longer than the 64 KB a link may carry"],
  ])("decodeShared of %s refuses it with a reason", async (_what, text, reason) => {
    expect(await decodeShared(text)).toEqual({ ok: false, reason });
  });

  it("decodeShared blames random bytes on damage, and a newer version only for a plausible next format", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 200 }), async (bytes) => {
        fc.pre(bytes[0] !== 1);
        const r = await decodeShared(toBase64Url(bytes));
        expect(r.ok).toBe(false);
        if (!r.ok && /newer version/u.test(r.reason)) expect(bytes[0]).toBeLessThanOrEqual(15);
      }),
      { numRuns: 300 },
    );
  });

  it("decodeShared refuses a link naming a parameter __proto__, constructor or prototype by name", async () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const path = new TextEncoder().encode(key);
      // version 1, demo, the default choice and pair, one parameter named `key` with one edit
      const bytes = Uint8Array.from([1, 2, 1, 2, 0, 0, 0, 0, 1, path.length, ...path, 1, 0, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f]);
      expect(await decodeShared(toBase64Url(bytes)), key).toEqual({ ok: false, reason: `the link names a parameter "${key}" that no model has` });
    }
    expect(({} as Record<string, unknown>)[0]).toBeUndefined();
  });

  it("decodeShared refuses a forged count of edits larger than the link before reading them", async () => {
    // version 1, demo, the default choice and pair, one parameter "p" that claims 8000 edits and holds none
    const forged = toBase64Url(Uint8Array.from([1, 2, 1, 2, 0, 0, 0, 0, 1, 1, 112, 0xc0, 0x3e]));
    expect(await decodeShared(forged)).toEqual({ ok: false, reason: "the link is cut short (its edits)" });
  });

  it("decodeShared never throws on random text, and every refusal has a message", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        const r = await decodeShared(text);
        if (!r.ok) expect(r.reason.length).toBeGreaterThan(5);
      }),
      { numRuns: 300 },
    );
  });

  it("decodeShared never throws on random base64url bytes, huge varints included, and every refusal has a message", async () => {
    const header = fc.constantFrom([1, 1], [1, 2], [1, 3], [1, 2, 1, 2, 0, 0, 0, 0], [1, 2, 0, 0, 0, 0, 0, 1, 0xff, 0xff, 0xff, 0xff, 0x0f]);
    await fc.assert(
      fc.asyncProperty(header, fc.uint8Array({ maxLength: 120 }), async (head, tail) => {
        const r = await decodeShared(toBase64Url(Uint8Array.from([...head, ...tail])));
        if (!r.ok) expect(r.reason.length).toBeGreaterThan(5);
      }),
      { numRuns: 300 },
    );
  });

  it("decodeShared never throws on truncated or bit-flipped good links, and every refusal has a message", async () => {
    const good = [await encoded({ kind: "demo", choice, pair: "en-fr", edits }), await encoded({ kind: "preset", file: "a.json", edits }), await encoded({ kind: "model", text: stringifyModelFile(serializeModel(demoModel(choice, 3))) })];
    const bytes = good.map(fromBase64Url);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 2 }), fc.nat(), fc.nat({ max: 7 }), fc.boolean(), async (which, at, bit, truncate) => {
        const source = bytes[which]!;
        const i = at % source.length;
        const mutated = truncate ? source.slice(0, i) : Uint8Array.from(source, (b, k) => (k === i ? b ^ (1 << bit) : b));
        const r = await decodeShared(toBase64Url(mutated));
        if (!r.ok) expect(r.reason.length).toBeGreaterThan(5);
        else expect(["demo", "preset", "model"]).toContain(r.value.kind);
      }),
      { numRuns: 300 },
    );
  });
});
