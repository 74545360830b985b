// The Transformer pictures' model: the presets fetched once from the index (relative to the page),
// checked and cached, the untrained demo while they load or when they fail, and the preset split
// into another number of heads with the same weights.

import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { PAIRS, demoTransformer } from "../../../src/ui/transformer/demo.ts";
import { createTransformerPresetStore, transformerPresetFiles, type TransformerPresets } from "../../../src/ui/transformer/preset.ts";
import { shownTransformer } from "../../../src/ui/transformer/shown.ts";
import { createPresetSource } from "../../../src/ui/kit/presetSource.ts";

const publicFile = (name: string): string => readFileSync(new URL(`../../../public/models/${name}`, import.meta.url), "utf8");
const fromDisk = (url: string): Promise<string> => Promise.resolve(publicFile(url.replace(/^models\//u, "")));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("transformerPresetFiles", () => {
  it("transformerPresetFiles(index) picks each pair's kind \"transformer\" file and ignores recurrent entries and paths", () => {
    const index = {
      models: [
        { file: "lstm.json", corpus: "en-fr", cell: "lstm" },
        { file: "../secret.json", corpus: "en-fr", kind: "transformer" },
        { file: "https://x.example/t.json", corpus: "en-zh", kind: "transformer" },
        { file: "t-fr.json", corpus: "en-fr", kind: "transformer" },
      ],
    };
    expect(transformerPresetFiles(index)).toEqual({ "en-fr": "t-fr.json" });
    expect(transformerPresetFiles(JSON.parse(publicFile("index.json")))).toEqual({ "en-fr": "transformer-en-fr.json", "en-zh": "transformer-en-zh.json" });
    expect(() => transformerPresetFiles({})).toThrow(/no list of models/u);
  });
});

describe("createTransformerPresetStore", () => {
  it("store.load() fetches the index and each preset once, relative to the page, and tells subscribers as each arrives", async () => {
    const read = vi.fn(fromDisk);
    const store = createTransformerPresetStore(createPresetSource(read));
    const seen: TransformerPresets[] = [];
    store.subscribe(() => seen.push(store.snapshot()));
    expect(store.snapshot()["en-fr"].state).toBe("pending");
    store.load();
    store.load();
    await settle();
    expect(read.mock.calls.map((c) => c[0]).sort()).toEqual(["models/index.json", "models/transformer-en-fr.json", "models/transformer-en-zh.json"]);
    expect(seen).toHaveLength(2);
    const fr = store.snapshot()["en-fr"];
    expect(fr.state === "ok" && fr.model.meta?.trained).toBe(true);
  });

  it("store.load() marks a preset failed, with the reason, when its file is not a Transformer model file or cannot be fetched", async () => {
    const read = (url: string) => (url.endsWith("index.json") ? fromDisk(url) : url.includes("en-fr") ? Promise.resolve('{"format": "seq2seq-lab/model"}') : Promise.reject(new Error("offline")));
    const store = createTransformerPresetStore(createPresetSource(read));
    store.load();
    await settle();
    expect(store.snapshot()["en-fr"]).toEqual({ state: "failed", reason: expect.stringMatching(/^transformer-en-fr\.json: format: expected "seq2seq-lab\/transformer"/u) as unknown });
    expect(store.snapshot()["en-zh"]).toEqual({ state: "failed", reason: "offline" });
  });
});

describe("shownTransformer", () => {
  const pending: TransformerPresets = { "en-fr": { state: "pending" }, "en-zh": { state: "failed", reason: "offline" } };

  it("shownTransformer(presets, h, pair) is the untrained demo while the preset loads or after it failed", () => {
    for (const pair of PAIRS) {
      const shown = shownTransformer(pending, 2, pair);
      expect(shown.trained).toBe(false);
      expect(shown.model).toBe(demoTransformer(2));
    }
  });

  it("shownTransformer(presets, 2, pair) is the pair's trained preset, whose teacher-forced pass predicts the pair's translation", async () => {
    const store = createTransformerPresetStore(createPresetSource(fromDisk));
    store.load();
    await settle();
    for (const pair of PAIRS) {
      const shown = shownTransformer(store.snapshot(), 2, pair);
      expect([shown.trained, shown.trainedHeads, shown.model.d_model]).toEqual([true, undefined, 8]);
      const forced = shown.trace.decoder[0]!;
      expect(forced.kind === "forced" && forced.predicted).toEqual(forced.kind === "forced" && forced.targets);
      expect(shownTransformer(store.snapshot(), 2, pair)).toEqual(shown);
    }
  });

  it("shownTransformer(presets, 4, pair) splits the 2-head preset into 4 heads of d_k = 2 with the same weights, and says it was trained with 2", async () => {
    const store = createTransformerPresetStore(createPresetSource(fromDisk));
    store.load();
    await settle();
    const two = shownTransformer(store.snapshot(), 2, PAIRS[0]!);
    const four = shownTransformer(store.snapshot(), 4, PAIRS[0]!);
    expect([four.trained, four.trainedHeads, four.model.heads]).toEqual([true, 2, 4]);
    expect(four.model.encoder).toBe(two.model.encoder);
    expect(four.trace.encoder.layers[0]!.selfAttention.heads).toHaveLength(4);
    expect(shownTransformer(store.snapshot(), 4, PAIRS[0]!).model).toBe(four.model);
  });
});
