import { describe, expect, it, vi } from "vitest";
import { demoModel } from "../../../src/model/defaults.ts";
import { createPresetLoader, parsePresetIndex, presetFor } from "../../../src/ui/kit/presets.ts";
import { DEFAULT_PLAYER } from "../../../src/ui/playerStore.ts";
import { presetFiles } from "../editor/harness.tsx";
import { createPresetSource } from "../../../src/ui/kit/presetSource.ts";
import { createTransformerPresetStore } from "../../../src/ui/transformer/preset.ts";

const entry = { file: "a.json", title: "A", corpus: "en-fr", cell: "lstm", variant: "attention", score: "dot", query: "current", bidirectional: false, loss: 0.1, accuracy: 1 };

describe("presets", () => {
  it("parsePresetIndex keeps well-formed entries and drops ones that name other folders, hosts or unknown kinds", () => {
    const entries = parsePresetIndex({
      models: [entry, { ...entry, file: "../secret.json" }, { ...entry, file: "https://evil.example/x.json" }, { ...entry, cell: "transformer" }, { ...entry, variant: "attention", score: null }, "junk", { ...entry, file: "b.json", variant: "initial", score: null, query: null }],
    });
    expect(entries.map((e) => e.file)).toEqual(["a.json", "b.json"]);
    expect(entries[1]!.choice).toEqual({ cell: "lstm", variant: "initial", score: "dot", query: "previous", bidirectional: false });
    expect(() => parsePresetIndex({ nothing: true })).toThrow(/no list of models/u);
  });

  it("presetFor(entries, choice) matches the whole architecture, ignoring score and query without attention", () => {
    const entries = parsePresetIndex({ models: [entry, { ...entry, file: "b.json", variant: "every-step", score: null, query: null }, { ...entry, file: "zh.json", corpus: "en-zh" }] });
    expect(presetFor(entries, { ...DEFAULT_PLAYER.choice, query: "current" })?.file).toBe("a.json");
    expect(presetFor(entries, { ...DEFAULT_PLAYER.choice, query: "previous" })).toBeUndefined();
    expect(presetFor(entries, { ...DEFAULT_PLAYER.choice, variant: "every-step", score: "general" })?.file).toBe("b.json");
  });

  it("createPresetLoader fetches the index and each model once, and refuses a file whose architecture differs from the index", async () => {
    const model = demoModel({ ...DEFAULT_PLAYER.choice, query: "current" }, 3);
    const files = { ...presetFiles(model, "a.json"), "wrong.json": presetFiles(demoModel({ ...DEFAULT_PLAYER.choice, cell: "rnn" }, 3), "wrong.json")["wrong.json"]! };
    const read = vi.fn(async (url: string) => files[url.slice("models/".length) as keyof typeof files]!);
    const loader = createPresetLoader(createPresetSource(read));
    const [entries] = await Promise.all([loader.index(), loader.index()]);
    await Promise.all([loader.model(entries[0]!), loader.model(entries[0]!)]);
    expect(read.mock.calls.map((c) => c[0])).toEqual(["models/index.json", "models/a.json"]);
    expect(loader.peekModel("a.json").state).toBe("ok");
    await expect(loader.model({ ...entries[0]!, file: "wrong.json" })).rejects.toThrow(/architecture differs from the index/u);
    expect(loader.peekModel("wrong.json")).toMatchObject({ state: "failed" });
  });

  it("one preset source serves both chapters: the recurrent loader and the Transformer store fetch index.json once between them", async () => {
    const model = demoModel({ ...DEFAULT_PLAYER.choice, query: "current" }, 3);
    const files: Record<string, string> = presetFiles(model, "a.json");
    const read = vi.fn(async (url: string) => {
      const text = files[url.slice("models/".length)];
      if (text === undefined) throw new Error(`${url}: HTTP 404`);
      return text;
    });
    const source = createPresetSource(read);
    const store = createTransformerPresetStore(source);
    store.load();
    await createPresetLoader(source).index();
    await vi.waitFor(() => expect(store.snapshot()["en-fr"].state).toBe("failed"));
    expect(read.mock.calls.filter((c) => c[0] === "models/index.json")).toHaveLength(1);
  });
});
