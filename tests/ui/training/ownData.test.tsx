// @vitest-environment jsdom
// Own sentence pairs on the training page: pasted pairs become the corpus the worker trains on, a bad
// text is refused with its line while the corpus and model the reader had stay, and Send to the
// player opens the playground on one of the reader's sentences with the model's own vocabulary.

import { act, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/core/train/corpus.ts";
import { modelFor } from "../../../src/ui/training/session.ts";
import { OWN_DATA_MESSAGES } from "../../../src/ui/training/ownDataMessages.ts";
import type { Progress } from "../../../src/ui/training/protocol.ts";
import { renderTraining } from "./harness.tsx";

const m = OWN_DATA_MESSAGES.en;
const PAIRS = ["Go.\tVa !", "Hi.\tSalut !", "Run!\tCours !", "Who?\tQui ?", "Wow!\tÇa alors !", "Fire!\tAu feu !", "Help!\tÀ l'aide !", "Jump.\tSaute.", "Stop!\tÇa suffit !", "Wait!\tAttends !"].join("\n");
const progress: Progress = { status: "done", step: 5, epoch: 1, batch: 0, batchesPerEpoch: 5, epochs: 1, loss: 1, trainingMs: 50, stop: { kind: "epochs", epoch: 1, limit: 1 } };

async function paste(t: ReturnType<typeof renderTraining>, text: string) {
  const area = screen.getByRole("textbox", { name: m.paste });
  await t.user.clear(area);
  // userEvent types "\t" as a Tab key press; paste keeps it as text.
  area.focus();
  await t.user.paste(text);
  await t.user.click(screen.getByRole("button", { name: m.usePasted }));
}

describe("own sentence pairs", () => {
  it("pasting pairs and clicking Use the pasted pairs trains the worker on them, and Send to the player opens one of their sentences", async () => {
    const t = renderTraining();
    await paste(t, PAIRS);
    await waitFor(() => expect(screen.getByText(/^Training on pasted pairs: 9 pairs, 1 held out; vocabularies of 15 source and 18 target words/)).toBeTruthy());
    await t.user.click(screen.getByRole("button", { name: "Step one batch" }));
    await waitFor(() => expect(t.worker().types).toEqual(["configure", "step"]));
    const configure = t.worker().sent[0]!;
    if (configure.type !== "configure") throw new Error("expected configure");
    const corpus: Corpus = configure.corpus;
    expect(corpus.name).toBe("pasted pairs");
    expect(corpus.targetVocab).toContain("salut");
    const model = modelFor(configure.settings, corpus);
    expect(model.name).toMatch(/^trained-own-/);
    const point = { epoch: 1, trainLoss: 1, trainAccuracy: 0.5, heldOutLoss: 1.2, heldOutAccuracy: 0, heldOutBleu: 0.25 };
    act(() => t.worker().emit({ type: "epoch", point, model, progress }));
    expect(screen.getByText(/Held-out after epoch 1: 0\.0 % translated exactly, corpus BLEU 25\.0\./)).toBeTruthy();
    await t.user.click(screen.getByRole("button", { name: "Send to the player" }));
    const app = t.app.getState().player.getState();
    expect(app.sentence).toBe(corpus.train[0]!.source);
    const imported = t.models.getState().imported!.model;
    expect(imported.target.vocab).toEqual(corpus.targetVocab);
    expect(imported.meta).toMatchObject({ training: { heldOutBleu: 0.25, ownData: { file: "pasted pairs", train: 9, heldOut: 1 } } });
    // Not saved for a reload: the pairs would not be there to continue on.
    expect(t.storage.length).toBe(0);
  });

  it("a line without a tab is refused naming its line, and the corpus and model the reader had stay", async () => {
    const t = renderTraining();
    await paste(t, PAIRS);
    await waitFor(() => expect(screen.getByText(/Training on pasted pairs/)).toBeTruthy());
    await t.user.click(screen.getByRole("button", { name: "Step one batch" }));
    await waitFor(() => expect(t.worker().types).toEqual(["configure", "step"]));
    const configure = t.worker().sent[0]!;
    if (configure.type !== "configure") throw new Error("expected configure");
    const model = modelFor(configure.settings, configure.corpus);
    act(() => t.worker().emit({ type: "model", model, progress: { ...progress, status: "paused", stop: { kind: "reader", epoch: 0 } } }));

    await paste(t, "a\tb\nno tab here\nc\td");
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe(`Line 2 has no tab: each line must be source<TAB>target. ${m.refused}`));
    expect(screen.getByText(/Training on pasted pairs: 9 pairs/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Send to the player" })).toHaveProperty("disabled", false);
    await t.user.click(screen.getByRole("button", { name: "Send to the player" }));
    expect(t.models.getState().imported!.model.target.vocab).toEqual(model.target.vocab);
    expect(model.target.vocab).toContain("salut");
  });

  it("a new minimum word count reads the pasted pairs again: words seen once become <unk>", async () => {
    const t = renderTraining();
    await paste(t, PAIRS);
    await waitFor(() => expect(screen.getByText(/vocabularies of 15 source and 18 target words/)).toBeTruthy());
    const field = screen.getByRole("textbox", { name: m.minCount });
    await t.user.clear(field);
    await t.user.type(field, "2{Enter}");
    // Only "!", "." (source) and "!", "ça" (target) occur twice or more in the nine training pairs.
    await waitFor(() => expect(screen.getByText(/vocabularies of 5 source and 5 target words/)).toBeTruthy());
  });

  it("the Chinese edition words a problem in Chinese, with its line", async () => {
    const t = renderTraining(undefined, undefined, { lang: "zh" });
    const zh = OWN_DATA_MESSAGES.zh;
    const area = screen.getByRole("textbox", { name: zh.paste });
    area.focus();
    await t.user.paste("a\tb\n\t目标");
    await t.user.click(screen.getByRole("button", { name: zh.usePasted }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe(`第 2 行：源句为空。${zh.refused}`));
  });
});
