// @vitest-environment jsdom
// The training page against stored runs that do not fit, a Reset racing the worker's messages, and
// preview sentences the page cannot show.
import { act, screen, waitFor } from "@testing-library/react";
import fc from "fast-check";
import * as v from "valibot";
import type { Mat } from "../../../src/core/tensor.ts";
import { describe, expect, it } from "vitest";
import { serializeModel } from "../../../src/model/convert.ts";
import { readSetAside } from "../../../src/ui/kit/setAside.ts";
import { DEFAULT_SETTINGS, type Progress } from "../../../src/ui/training/protocol.ts";
import { modelFor } from "../../../src/ui/training/session.ts";
import { readSettings, SETTING_SCHEMAS } from "../../../src/ui/training/settings.ts";
import { loadRun, TRAINING_STORAGE_KEY } from "../../../src/ui/training/storage.ts";
import { corpus, memoryStorage, renderTraining } from "./harness.tsx";

const model = modelFor(DEFAULT_SETTINGS, corpus);
const point = (epoch: number) => ({ epoch, trainLoss: 2 - epoch / 10, trainAccuracy: 0, heldOutLoss: 2.3, heldOutAccuracy: 0 });
const progress = (patch: Partial<Progress>): Progress => ({ status: "running", step: 14, epoch: 1, batch: 0, batchesPerEpoch: 14, epochs: 30, loss: 2, trainingMs: 900, stop: null, ...patch });

function storedRun(patch: Record<string, unknown>): Storage {
  const storage = memoryStorage();
  storage.setItem(TRAINING_STORAGE_KEY, JSON.stringify({ version: 1, settings: DEFAULT_SETTINGS, history: [point(1)], epoch: 1, step: 14, model: serializeModel(model), ...patch }));
  return storage;
}

describe("stored training settings", () => {
  it.each([
    ["a learning rate of 1e9", { learningRate: 1e9 }, "learningRate"],
    ["a learning rate of 0", { learningRate: 0 }, "learningRate"],
    ["a negative learning rate", { learningRate: -0.01 }, "learningRate"],
    ["a learning rate of NaN (null in JSON)", { learningRate: null }, "learningRate"],
    ["0 epochs", { epochs: 0 }, "epochs"],
    ["a batch size of 0", { batchSize: 0 }, "batchSize"],
    ["an unknown corpus", { corpus: "en-de" }, "corpus"],
  ] as const)("loadRun refuses %s, uses the default and names the setting", (_what, patch, key) => {
    const { run, repairs } = loadRun(storedRun({ settings: { ...DEFAULT_SETTINGS, ...patch } }));
    expect(run?.settings[key]).toBe(DEFAULT_SETTINGS[key]);
    expect(repairs?.refused).toEqual([key]);
  });

  it("readSettings never throws on random values, and every setting it returns passes its schema", () => {
    const value = fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.double(), fc.integer());
    const raw = fc.dictionary(fc.constantFrom(...Object.keys(DEFAULT_SETTINGS), "__proto__", "constructor", "x"), value, { maxKeys: 8 });
    fc.assert(
      fc.property(fc.oneof(raw, value), (r) => {
        const { settings } = readSettings(r);
        for (const [key, schema] of Object.entries(SETTING_SCHEMAS)) expect(v.is(schema, settings[key as keyof typeof settings]), key).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("loadRun never throws on random stored text and sets aside what it cannot read", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.jsonValue({ maxDepth: 3 }).map((x) => JSON.stringify(x) ?? "null")), (text) => {
        const storage = memoryStorage();
        storage.setItem(TRAINING_STORAGE_KEY, text);
        const { run, problem } = loadRun(storage);
        expect(run === null).toBe(problem !== null);
        if (problem) expect(readSetAside(storage, TRAINING_STORAGE_KEY)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it("opening the page with refused settings says which, and the form shows the defaults used", () => {
    renderTraining(storedRun({ settings: { ...DEFAULT_SETTINGS, learningRate: 1e9, epochs: 0 } }));
    expect(screen.getByRole("alert").textContent).toContain("Some saved settings could not be used (Learning rate, Epochs at most); the defaults are used instead.");
    expect((screen.getByRole("textbox", { name: "Learning rate" }) as HTMLInputElement).value).toBe(String(DEFAULT_SETTINGS.learningRate));
  });

  it("a saved history holding null is read without it, and Continue it shows the chart instead of a white screen", async () => {
    const t = renderTraining(storedRun({ history: [point(1), null, { epoch: "x" }] }));
    expect(screen.getByRole("alert").textContent).toContain("2 points of the saved chart could not be read and were left out.");
    await t.user.click(screen.getByRole("button", { name: "Continue it" }));
    expect(await screen.findByRole("img", { name: /over 1 epoch$/u })).toBeTruthy();
  });

  it("an unreadable saved run is set aside: the page offers to download or delete the copy", async () => {
    const storage = memoryStorage();
    storage.setItem(TRAINING_STORAGE_KEY, '{"version":1,"model":{"__proto__":1}}');
    const t = renderTraining(storage);
    expect(screen.getByRole("alert").textContent).toMatch(/^The saved training run could not be read and was set aside: the key "__proto__" in model is not allowed/u);
    expect(storage.getItem(TRAINING_STORAGE_KEY)).toBeNull();
    await t.user.click(screen.getByRole("button", { name: "Delete it" }));
    expect(readSetAside(storage, TRAINING_STORAGE_KEY)).toBeNull();
  });
});

describe("Reset while the worker is still posting", () => {
  it("messages of the run before a Reset are dropped: no old epochs on the chart, and the old run is not saved again", async () => {
    const storage = memoryStorage();
    const t = renderTraining(storage);
    await t.user.click(screen.getByRole("button", { name: "Start" }));
    await waitFor(() => expect(t.worker().types).toEqual(["configure", "start"]));
    const oldRun = t.worker().run;
    act(() => t.worker().emit({ type: "epoch", point: point(1), model, progress: progress({ epoch: 1 }) }));
    await t.user.click(screen.getByRole("button", { name: "Reset" }));
    // Posted by the worker before it saw the reset, delivered after it (a busy main thread).
    for (let e = 2; e <= 8; e++) act(() => t.worker().emit({ run: oldRun, type: "epoch", point: point(e), model, progress: progress({ epoch: e }) }));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByRole("img", { name: /over 0 epochs$/u }).getAttribute("data-points")).toBe("0");
    expect(storage.getItem(TRAINING_STORAGE_KEY)).toBeNull();
    expect(screen.getByRole("progressbar", { name: "Training progress" }).getAttribute("aria-valuenow")).toBe("0");
    act(() => t.worker().emit({ type: "model", model, progress: progress({ status: "idle", step: 0, epoch: 0 }) }));
    expect(screen.getByRole("button", { name: "Start" })).toBeTruthy();
  });
});

describe("the training preview sentence", () => {
  it("says why it shows no translation: empty, punctuation only, too many words, too long a word", async () => {
    const t = renderTraining();
    await t.user.click(screen.getByRole("button", { name: "Step one batch" }));
    await waitFor(() => expect(t.worker().types).toEqual(["configure", "step"]));
    act(() => t.worker().emit({ type: "model", model, progress: progress({ status: "paused" }) }));
    const field = screen.getByRole("textbox", { name: "Sentence" });
    for (const [typed, said] of [
      ["", "Type a sentence with at least one word to see its translation."],
      ["?!...", "Type a sentence with at least one word to see its translation."],
      [Array(2000).fill("you").join(" "), "That is 7999 characters; a sentence may have at most 200. Shorten it."],
      [`I love ${"x".repeat(50)}`, "One word has 50 characters; a word may have at most 40."],
      [Array(13).fill("you").join(" "), "That is 13 words; the preview translates at most 12. Shorten the sentence."],
    ] as const) {
      // Set as a paste would: one input event with the whole text.
      act(() => {
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
        setter.call(field, typed);
        field.dispatchEvent(new Event("input", { bubbles: true }));
      });
      const alert = await screen.findByText(said);
      expect(alert.getAttribute("role")).toBe("alert");
      expect(document.querySelector(".training-translation")).toBeNull();
    }
  });
});

describe("trained weights that overflowed", () => {
  it("Send to the player and Export refuse weights that are no longer finite, and say why", async () => {
    const t = renderTraining();
    await t.user.click(screen.getByRole("button", { name: "Step one batch" }));
    await waitFor(() => expect(t.worker().types).toEqual(["configure", "step"]));
    const W = model.decoder.output.W_out as Mat;
    const broken = { ...model, decoder: { ...model.decoder, output: { ...model.decoder.output, W_out: { ...W, data: W.data.map(() => NaN) } } } };
    act(() => t.worker().emit({ type: "model", model: broken, progress: progress({ status: "paused" }) }));
    await t.user.click(screen.getByRole("button", { name: "Send to the player" }));
    expect(screen.getByRole("alert").textContent).toMatch(/^The trained weights are no longer finite numbers/u);
    expect(t.models.getState().imported).toBeNull();
  });
});
