// @vitest-environment jsdom
import { act, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, type Progress } from "../../../src/ui/training/protocol.ts";
import { modelFor } from "../../../src/ui/training/session.ts";
import { corpus, renderTraining } from "./harness.tsx";

const progress = (patch: Partial<Progress>): Progress => ({ status: "running", step: 0, epoch: 0, batch: 0, batchesPerEpoch: 14, epochs: 30, loss: NaN, trainingMs: 0, stop: null, ...patch });

describe("TrainingView controls", () => {
  it("clicking Start configures the worker with the chosen settings, then starts it", async () => {
    const { user, worker } = renderTraining();
    await user.selectOptions(screen.getByRole("combobox", { name: "Hidden size" }), "8");
    await user.click(screen.getByRole("button", { name: "Start" }));
    await waitFor(() => expect(worker().types).toEqual(["configure", "start"]));
    const configure = worker().sent[0]!;
    expect(configure.type === "configure" && configure.settings.hidden).toBe(8);
  });

  it("clicking Pause, Resume, Step one batch and Reset sends pause, start, step and reset", async () => {
    const { user, worker } = renderTraining();
    await user.click(screen.getByRole("button", { name: "Start" }));
    await waitFor(() => expect(worker().types).toEqual(["configure", "start"]));
    act(() => worker().emit({ type: "progress", progress: progress({ step: 3 }) }));
    await user.click(screen.getByRole("button", { name: "Pause" }));
    act(() => worker().emit({ type: "progress", progress: progress({ step: 3, status: "paused" }) }));
    await user.click(screen.getByRole("button", { name: "Resume" }));
    act(() => worker().emit({ type: "progress", progress: progress({ step: 4, status: "paused" }) }));
    await user.click(screen.getByRole("button", { name: "Step one batch" }));
    await user.click(screen.getByRole("button", { name: "Reset" }));
    await waitFor(() => expect(worker().types).toEqual(["configure", "start", "pause", "start", "step", "reset"]));
  });

  it("a progress message moves the progress bar and an epoch message adds a point to the chart", async () => {
    const { worker, user } = renderTraining();
    await user.click(screen.getByRole("button", { name: "Start" }));
    await waitFor(() => expect(worker().types).toContain("start"));
    act(() => worker().emit({ type: "progress", progress: progress({ epoch: 2, step: 28, trainingMs: 2800 }) }));
    const bar = screen.getByRole("progressbar", { name: "Training progress" });
    expect(bar.getAttribute("aria-valuenow")).toBe("2");
    expect(bar.getAttribute("aria-valuetext")).toBe("Epoch 2 of 30, about 40 s left");
    const model = modelFor(DEFAULT_SETTINGS, corpus);
    const point = { epoch: 3, trainLoss: 1.2, trainAccuracy: 0.25, heldOutLoss: 1.5, heldOutAccuracy: 0.1 };
    act(() => worker().emit({ type: "epoch", point, model, progress: progress({ epoch: 3, step: 42 }) }));
    expect(screen.getByRole("img", { name: /over 1 epoch$/ }).getAttribute("data-points")).toBe("1");
    expect(screen.getByText("After epoch 3: 25 % of training sentences and 10 % of held-out sentences translated exactly.")).toBeTruthy();
    expect(document.querySelector("path.series-trainLoss")?.getAttribute("d")).toMatch(/^M/);
  });

  it("an epoch's gradient norms draw one line per parameter group the model has, and a mark where clipping acted", async () => {
    const { worker, user } = renderTraining();
    await user.click(screen.getByRole("button", { name: "Start" }));
    await waitFor(() => expect(worker().types).toContain("start"));
    const model = modelFor(DEFAULT_SETTINGS, corpus);
    const base = { trainLoss: 1.2, trainAccuracy: 0.25, heldOutLoss: 1.5, heldOutAccuracy: 0.1, updates: 14, clipNorm: 5 };
    const norms = (k: number) => ({ embeddings: 0.01 * k, encoder: 0.1 * k, attention: 0, decoder: 0.5 * k, output: 2 * k });
    act(() => worker().emit({ type: "epoch", point: { ...base, epoch: 1, gradNorms: norms(4), clippedUpdates: 3 }, model, progress: progress({ epoch: 1, step: 14 }) }));
    act(() => worker().emit({ type: "epoch", point: { ...base, epoch: 2, gradNorms: norms(1), clippedUpdates: 0 }, model, progress: progress({ epoch: 2, step: 28 }) }));
    const chart = screen.getByRole("img", { name: /gradient norm .* over 2 epochs, log scale; clipping acted in 1 of them$/ });
    expect(chart.getAttribute("data-points")).toBe("2");
    // Attention's norm was 0 throughout: this model has none, so it has no line and no legend entry.
    expect([...chart.querySelectorAll("path.grad")].map((p) => p.getAttribute("class"))).toEqual(["grad grad-embeddings", "grad grad-encoder", "grad grad-decoder", "grad grad-output"]);
    for (const p of chart.querySelectorAll("path.grad")) expect(p.getAttribute("d")).toMatch(/^M[\d.]+,[\d.]+L/);
    const marks = chart.querySelectorAll("g.clip-mark");
    expect(marks).toHaveLength(1);
    expect(marks[0]!.querySelector("title")?.textContent).toBe("Epoch 1: clipping scaled 3 of 14 updates down");
    expect(screen.getByText("▼ clipping acted (‖g‖ > 5)")).toBeTruthy();
    expect(screen.getByText("Epoch 2: the largest gradients reach the output layer (‖g‖ ≈ 2.0); clipping acted in 0 of 14 updates.")).toBeTruthy();
  });

  it("a worker error is shown to the reader as the reason training stopped, and the model stays", async () => {
    const { worker, user } = renderTraining();
    await user.click(screen.getByRole("button", { name: "Step one batch" }));
    await waitFor(() => expect(worker().types).toEqual(["configure", "step"]));
    const model = modelFor(DEFAULT_SETTINGS, corpus);
    act(() => worker().emit({ type: "model", model, progress: progress({ status: "paused", step: 1 }) }));
    act(() => worker().emit({ type: "error", message: "out of memory" }));
    expect(screen.getByText("Training stopped with an error: out of memory. The model of the last good update stays.").getAttribute("role")).toBe("status");
    expect(screen.getByRole("button", { name: "Send to the player" })).toHaveProperty("disabled", false);
  });

  it("a worker that crashes is replaced on Resume, which continues from the model on screen", async () => {
    const t = renderTraining();
    await t.user.click(screen.getByRole("button", { name: "Start" }));
    await waitFor(() => expect(t.worker().types).toEqual(["configure", "start"]));
    const model = modelFor(DEFAULT_SETTINGS, corpus);
    const point = { epoch: 1, trainLoss: 1.2, trainAccuracy: 0.25, heldOutLoss: 1.5, heldOutAccuracy: 0.1 };
    act(() => t.worker().emit({ type: "epoch", point, model, progress: progress({ epoch: 1, step: 20 }) }));
    const crashed = t.worker();
    act(() => crashed.onerror?.({ message: "worker script failed", preventDefault() {} } as ErrorEvent));
    expect(crashed.terminated).toBe(true);
    expect(screen.getByText(/^Training stopped with an error: worker script failed\./u)).toBeTruthy();
    await t.user.click(screen.getByRole("button", { name: "Resume" }));
    await waitFor(() => expect(t.worker()).not.toBe(crashed));
    await waitFor(() => expect(t.worker().types).toEqual(["configure", "start"]));
    const configure = t.worker().sent[0]!;
    expect(configure.type === "configure" && configure.resume).toMatchObject({ epoch: 1, step: 20, history: [point] });
  });

  it.each([
    ["Epochs at most", "0", "“0” is not a whole number from 1 to 200. Still using 30.", "epochs", 30],
    ["Epochs at most", "12.5", "“12.5” is not a whole number from 1 to 200. Still using 30.", "epochs", 30],
    ["Learning rate", "5", "“5” is not a number from 0.0001 to 1. Still using 0.02.", "learningRate", 0.02],
    ["Learning rate", "-0.1", "“-0.1” is not a number from 0.0001 to 1. Still using 0.02.", "learningRate", 0.02],
    ["Target accuracy (%)", "150", "“150” is not a number from 1 to 100. Still using 100.", "targetAccuracy", 1],
    ["Patience (epochs)", "", "“” is not a whole number from 1 to 200. Still using 5.", "patience", 5],
  ] as const)("typing %s = %j and Enter is refused with a message, and the last good value stays", async (label, typed, said, key, kept) => {
    const t = renderTraining();
    const field = screen.getByRole("textbox", { name: label });
    await t.user.clear(field);
    if (typed) await t.user.type(field, typed);
    await t.user.keyboard("{Enter}");
    expect(screen.getByRole("alert").textContent).toBe(said);
    expect(field.getAttribute("aria-invalid")).toBe("true");
    await t.user.click(screen.getByRole("button", { name: "Start" }));
    await waitFor(() => expect(t.worker().types).toEqual(["configure", "start"]));
    const configure = t.worker().sent[0]!;
    expect(configure.type === "configure" && configure.settings[key]).toBe(kept);
  });

  it("typing a good value and Enter uses it: 12 epochs, a learning rate of 0.003, a target of 95 % and a patience of 2", async () => {
    const t = renderTraining();
    for (const [label, typed] of [["Epochs at most", "12"], ["Learning rate", "0.003"], ["Target accuracy (%)", "95"], ["Patience (epochs)", "2"]] as const) {
      const field = screen.getByRole("textbox", { name: label });
      await t.user.clear(field);
      await t.user.type(field, `${typed}{Enter}`);
    }
    expect(screen.queryByRole("alert")).toBeNull();
    await t.user.click(screen.getByRole("button", { name: "Start" }));
    await waitFor(() => expect(t.worker().types).toEqual(["configure", "start"]));
    const configure = t.worker().sent[0]!;
    expect(configure.type === "configure" && configure.settings).toMatchObject({ epochs: 12, learningRate: 0.003, targetAccuracy: 0.95, patience: 2 });
  });
});
