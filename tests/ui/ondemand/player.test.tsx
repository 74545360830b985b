// @vitest-environment jsdom
import { act, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { forward } from "../../../src/core/forward.ts";
import { demoModel } from "../../../src/model/defaults.ts";
import { createModelCache, memoryStore } from "../../../src/ui/ondemand/cache.ts";
import { createOnDemand } from "../../../src/ui/ondemand/onDemand.ts";
import { UNTRAINED_TEXT } from "../../../src/ui/player/UntrainedNote.tsx";
import { DEFAULT_PLAYER } from "../../../src/ui/playerStore.ts";
import type { Corpus } from "../../../src/core/train/corpus.ts";
import { memoryPresets, outputText, renderEditor } from "../editor/harness.tsx";
import { FakeWorker, trainedModel } from "./fakes.ts";

vi.setConfig({ testTimeout: 60_000 });

// The harness's choice (the default with the previous-state query); the index lists no preset at all.
const choice = { ...DEFAULT_PLAYER.choice, query: "previous" as const };
const noPresets = () => memoryPresets({ "index.json": JSON.stringify({ models: [] }) });
const trained = trainedModel(choice);
const demoOutput = forward(demoModel(choice, 1), DEFAULT_PLAYER.sentence).output.text;
const trainedOutput = forward(trained, DEFAULT_PLAYER.sentence).output.text;

function onDemandWithFakeWorker() {
  const workers: FakeWorker[] = [];
  let clock = 0;
  const onDemand = createOnDemand({
    createWorker: () => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    },
    loadCorpus: async () => ({ name: "en-fr" }) as Corpus,
    cache: createModelCache(async () => memoryStore()),
    now: () => (clock += 3000),
  });
  const worker = async () => {
    await waitFor(() => expect(workers.at(-1)?.received.length).toBe(1));
    return workers.at(-1)!;
  };
  return { onDemand, worker, workers };
}

describe("the player trains a choice with no preset on demand", () => {
  it("opening a player on a choice with no preset shows a labelled progress bar over the demo, then the model trained just now and its output", async () => {
    expect(trainedOutput).not.toBe(demoOutput);
    const { onDemand, worker } = onDemandWithFakeWorker();
    renderEditor({ presets: noPresets(), onDemand, state: { step: 99 } });
    const w = await worker();
    act(() => w.answer({ type: "progress", progress: { fraction: 0.36, epoch: 9, maxEpochs: 25, seedTry: 1, seedTries: 3 } }));
    const bar = await screen.findByRole("progressbar", { name: "Training in your browser" });
    expect(bar.getAttribute("aria-valuenow")).toBe("36");
    expect(bar.getAttribute("aria-valuetext")).toBe("36 %, epoch 9 of at most 25");
    expect(screen.getByText(/^No preset for these choices: training it in your browser now\. Until it is done, the player shows untrained random weights\.$/u)).toBeTruthy();
    expect(outputText()).toContain(demoOutput);
    // The demo is about to be replaced: nothing can be edited on it.
    expect(await screen.findByText("Training the model in your browser: its weights can be edited once it is done.", {}, { timeout: 30_000 })).toBeTruthy();

    act(() => w.answer({ type: "done", model: trained, passed: true }));
    expect(await screen.findByText(/^Trained just now in your browser \(\d+(\.\d)? s\)/u)).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.queryByText(UNTRAINED_TEXT)).toBeNull();
    await waitFor(() => expect(outputText()).toContain(trainedOutput));
    expect(await screen.findByRole("option", { name: "Trained in your browser" }, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByText(/^Showing the model trained in your browser; no weight edited\.$/u)).toBeTruthy();
  });

  it("a training that fails keeps the demo, labelled untrained, says why in an alert, and Try again trains again", async () => {
    const { onDemand, worker } = onDemandWithFakeWorker();
    const s = renderEditor({ presets: noPresets(), onDemand, state: { step: 99 } });
    const w = await worker();
    act(() => w.crash("the worker ran out of memory"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("Training in your browser failed (the worker ran out of memory). The player still shows the untrained random weights.");
    expect(screen.getByText(UNTRAINED_TEXT)).toBeTruthy();
    expect(outputText()).toContain(demoOutput);
    await s.user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("progressbar", { name: "Training in your browser" })).toBeTruthy();
  });

  it("choosing Untrained in Start from while the model trains cancels the training and shows the random demo, labelled", async () => {
    const { onDemand, workers } = onDemandWithFakeWorker();
    const s = renderEditor({ presets: noPresets(), onDemand, state: { step: 99 } });
    const source = (await screen.findByRole("combobox", { name: "Start from" }, { timeout: 30_000 })) as HTMLSelectElement;
    await waitFor(() => expect(workers[0]?.received.length).toBe(1));
    expect(screen.queryByRole("button", { name: "Randomise all" })).toBeNull();
    await s.user.selectOptions(source, "demo");
    await waitFor(() => expect(workers[0]!.terminated).toBe(true));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByText(UNTRAINED_TEXT)).toBeTruthy();
    expect(onDemand.store.getState().entries).toEqual({});
  });

  it("choosing Untrained in Start from shows the random demo, labelled, and trains nothing", async () => {
    const { onDemand } = onDemandWithFakeWorker();
    renderEditor({ presets: noPresets(), onDemand, inputs: { source: "demo" }, state: { step: 99 } });
    expect(await screen.findByRole("combobox", { name: "Start from" }, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByText(UNTRAINED_TEXT)).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(onDemand.store.getState().entries).toEqual({});
  });

  it("the Chinese interface says the same in Chinese: the progress bar's label and the trained-just-now notice", async () => {
    const { onDemand, worker } = onDemandWithFakeWorker();
    renderEditor({ presets: noPresets(), onDemand, state: { step: 99, lang: "zh" } });
    const w = await worker();
    act(() => w.answer({ type: "progress", progress: { fraction: 0.1, epoch: 2, maxEpochs: 25, seedTry: 2, seedTries: 3 } }));
    const bar = await screen.findByRole("progressbar", { name: "在你的浏览器中训练" });
    expect(bar.getAttribute("aria-valuetext")).toBe("10 %，第 2 轮，最多 25 轮，第 2 个种子（共 3 个）");
    act(() => w.answer({ type: "done", model: trained, passed: true }));
    const notice = await screen.findByText(/^刚刚在你的浏览器中训练完成（\d+(\.\d)? 秒）/u);
    expect(within(notice.closest(".ondemand-notice") as HTMLElement).queryByRole("progressbar")).toBeNull();
  });
});
