// @vitest-environment jsdom
import { act, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PLAYGROUND } from "../../../src/ui/urlState.ts";
import { DEFAULT_SETTINGS, type Progress } from "../../../src/ui/training/protocol.ts";
import { modelFor } from "../../../src/ui/training/session.ts";
import { TRAINING_STORAGE_KEY } from "../../../src/ui/training/storage.ts";
import { corpus, memoryStorage, renderTraining } from "./harness.tsx";

const settings = { ...DEFAULT_SETTINGS, score: "dot" as const };
const model = modelFor(settings, corpus);
const progress: Progress = { status: "paused", step: 14, epoch: 1, batch: 0, batchesPerEpoch: 14, epochs: 30, loss: 2, trainingMs: 900, stop: null };
const point = { epoch: 1, trainLoss: 2.1, trainAccuracy: 0, heldOutLoss: 2.3, heldOutAccuracy: 0 };

async function trainOneEpoch(t: ReturnType<typeof renderTraining>) {
  await t.user.selectOptions(screen.getByRole("combobox", { name: "Score" }), "dot");
  await t.user.click(screen.getByRole("button", { name: "Step one batch" }));
  await waitFor(() => expect(t.worker().types).toEqual(["configure", "step"]));
  act(() => t.worker().emit({ type: "epoch", point, model, progress }));
}

describe("Trained models", () => {
  it("clicking Send to the player makes the trained model the player's current model on the playground", async () => {
    const t = renderTraining();
    await trainOneEpoch(t);
    expect(screen.getByTestId("current").textContent).not.toContain(model.name);
    await t.user.click(screen.getByRole("button", { name: "Send to the player" }));
    expect(screen.getByTestId("current").textContent).toBe(`imported: ${model.name}`);
    expect(t.app.getState().lesson).toBe(PLAYGROUND);
    // Marked trained, so the player does not call its weights random.
    expect(t.models.getState().imported?.model.meta).toMatchObject({ trained: true, training: { steps: 14, epochs: 1, corpus: "en-fr" } });
    expect(t.app.getState().choice).toMatchObject({ cell: "lstm", variant: "attention", score: "dot" });
  });

  it("an epoch saves the run, and reloading the page offers to continue it from the saved weights", async () => {
    const storage = memoryStorage();
    const first = renderTraining(storage);
    await trainOneEpoch(first);
    await waitFor(() => expect(storage.getItem(TRAINING_STORAGE_KEY)).toContain('"epoch":1'));
    first.view.unmount();

    const second = renderTraining(storage);
    expect(screen.getByText("A training run from your last visit stopped after epoch 1.")).toBeTruthy();
    await second.user.click(screen.getByRole("button", { name: "Continue it" }));
    await waitFor(() => expect(second.worker().types).toEqual(["configure"]));
    const configure = second.worker().sent[0]!;
    if (configure.type !== "configure") throw new Error("expected configure");
    expect(configure.settings.score).toBe("dot");
    expect(configure.resume?.epoch).toBe(1);
    expect(configure.resume?.model.decoder.weights).toEqual(model.decoder.weights);
    expect(screen.getByRole("img", { name: /over 1 epoch$/ })).toBeTruthy();
  });

  it("an unreadable saved run is reported and set aside, and the page still works", () => {
    const storage = memoryStorage();
    storage.setItem(TRAINING_STORAGE_KEY, '{"version":99}');
    renderTraining(storage);
    expect(screen.getByRole("alert").textContent).toContain("The saved training run could not be read and was set aside: version 99 is not 1");
    expect(storage.getItem(TRAINING_STORAGE_KEY)).toBeNull();
    expect(screen.getByRole("button", { name: "Start" })).toBeTruthy();
  });
});
