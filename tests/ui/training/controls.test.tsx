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

  it("a worker error is shown to the reader", async () => {
    const { worker, user } = renderTraining();
    await user.click(screen.getByRole("button", { name: "Step one batch" }));
    await waitFor(() => expect(worker().types).toEqual(["configure", "step"]));
    act(() => worker().emit({ type: "error", message: "out of memory" }));
    expect(screen.getByRole("status").textContent).toBe("Training stopped: out of memory");
  });
});
