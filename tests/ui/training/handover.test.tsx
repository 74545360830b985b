// @vitest-environment jsdom
// "Send to the player" hands over exactly what was trained: the playground opens with the trained
// pair and every choice (score and query included, bidirectional or not), and its player computes
// with the trained weights. The form offers the playground's choices from the player's own menus.

import { act, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ModelChoice } from "../../../src/model/defaults.ts";
import type { LanguagePair } from "../../../src/model/pairs.ts";
import { en } from "../../../src/ui/i18n/en.ts";
import { PLAYGROUND } from "../../../src/ui/urlState.ts";
import type { Progress } from "../../../src/ui/training/protocol.ts";
import { modelFor } from "../../../src/ui/training/session.ts";
import { corpusOf, renderTraining } from "./harness.tsx";

const progress: Progress = { status: "done", step: 20, epoch: 1, batch: 0, batchesPerEpoch: 20, epochs: 1, loss: 1, trainingMs: 500, stop: { kind: "epochs", epoch: 1, limit: 1 } };
const point = { epoch: 1, trainLoss: 1.1, trainAccuracy: 0.3, heldOutLoss: 1.3, heldOutAccuracy: 0.2 };

const COMBINATIONS: readonly (readonly [LanguagePair, ModelChoice])[] = [
  ["en-fr", { cell: "lstm", variant: "attention", score: "general", query: "current", bidirectional: false }],
  ["en-fr", { cell: "gru-reset-after", variant: "attention", score: "additive", query: "previous", bidirectional: true }],
  ["en-zh", { cell: "gru-reset-before", variant: "attention", score: "dot", query: "current", bidirectional: true }],
  ["en-zh", { cell: "rnn", variant: "every-step", score: "scaled", query: "previous", bidirectional: false }],
];

async function choose(t: ReturnType<typeof renderTraining>, pair: LanguagePair, c: ModelChoice) {
  const p = en.player;
  await t.user.selectOptions(screen.getByRole("combobox", { name: p.pair }), pair);
  await t.user.selectOptions(screen.getByRole("combobox", { name: p.cell }), c.cell);
  // Score and query are chosen while the decoder attends (the playground shows them only then).
  await t.user.selectOptions(screen.getByRole("combobox", { name: p.decoder }), "attention");
  await t.user.selectOptions(screen.getByRole("combobox", { name: p.score }), c.score);
  await t.user.selectOptions(screen.getByRole("combobox", { name: p.query }), c.query);
  await t.user.selectOptions(screen.getByRole("combobox", { name: p.decoder }), c.variant);
  const bi = screen.getByRole("checkbox", { name: p.bidirectional }) as HTMLInputElement;
  if (bi.checked !== c.bidirectional) await t.user.click(bi);
}

describe("Send to the player", () => {
  it("a model sent in the middle of an epoch carries no held-out accuracy: no evaluation measured those weights", async () => {
    const t = renderTraining();
    await t.user.click(screen.getByRole("button", { name: "Step one batch" }));
    await waitFor(() => expect(t.worker().types).toEqual(["configure", "step"]));
    const configure = t.worker().sent[0]!;
    if (configure.type !== "configure") throw new Error("expected configure");
    const model = modelFor(configure.settings, corpusOf("en-fr"));
    act(() => t.worker().emit({ type: "epoch", point, model, progress }));
    act(() => t.worker().emit({ type: "model", model, progress: { ...progress, status: "paused", step: 23, batch: 3, stop: { kind: "reader", epoch: 1 } } }));
    await t.user.click(screen.getByRole("button", { name: "Send to the player" }));
    const meta = t.models.getState().imported!.model.meta;
    expect(meta).toMatchObject({ trained: true, training: { heldOutAccuracy: point.heldOutAccuracy } });
    expect(meta?.heldOutAccuracy).toBeUndefined();
  });

  it.each(COMBINATIONS)("training %s %j and clicking Send to the player opens the playground on exactly that choice and the trained weights", async (pair, choice) => {
    const t = renderTraining();
    await choose(t, pair, choice);
    await t.user.click(screen.getByRole("button", { name: "Step one batch" }));
    await waitFor(() => expect(t.worker().types).toEqual(["configure", "step"]));
    const configure = t.worker().sent[0]!;
    if (configure.type !== "configure") throw new Error("expected configure");
    expect(configure.settings).toMatchObject({ corpus: pair, ...choice });
    // What the worker would train: the model of those settings.
    const model = modelFor(configure.settings, corpusOf(pair));
    act(() => t.worker().emit({ type: "epoch", point, model, progress }));
    await t.user.click(screen.getByRole("button", { name: "Send to the player" }));

    const app = t.app.getState();
    expect(app.lesson).toBe(PLAYGROUND);
    expect(app.pair).toBe(pair);
    expect(app.choice).toEqual(choice);
    // The player's model for that choice and pair is the imported, trained one, weights and all.
    expect(screen.getByTestId("current").textContent).toBe(`imported: ${model.name}`);
    const imported = t.models.getState().imported!.model;
    expect(imported.encoder).toEqual(model.encoder);
    expect(imported.decoder).toEqual(model.decoder);
    expect(imported.decoder.attention?.query).toBe(choice.variant === "attention" ? choice.query : undefined);
    expect(imported.encoder.bidirectional).toBe(choice.bidirectional);
    // Sent after the epoch's evaluation, so the playground can show its held-out accuracy.
    expect(imported.meta).toMatchObject({ trained: true, heldOutAccuracy: point.heldOutAccuracy, training: { corpus: pair, ...choice } });
  });

  it("the form's menus are the playground's: every pair, cell, decoder, score and query, by the player's names", async () => {
    renderTraining();
    const options = (name: string) => Array.from((screen.getByRole("combobox", { name }) as HTMLSelectElement).options, (o) => o.text);
    const { player: p, names } = en;
    expect(options(p.pair)).toEqual(Object.values(names.pairs));
    expect(options(p.cell)).toEqual(Object.values(names.cells));
    expect(options(p.decoder)).toEqual(Object.values(names.variants));
    expect(options(p.score)).toEqual(Object.values(names.scores));
    expect(options(p.query)).toEqual(Object.values(names.queries));
    expect(screen.getByRole("checkbox", { name: p.bidirectional })).toBeTruthy();
  });

  it("the Chinese edition's training page starts on English → Chinese, in Chinese", () => {
    renderTraining(undefined, undefined, { lang: "zh" });
    expect((screen.getByRole("combobox", { name: "语言对" }) as HTMLSelectElement).value).toBe("en-zh");
  });

  it("choosing a decoder without attention hides score and query, as the playground does", async () => {
    const t = renderTraining();
    await t.user.selectOptions(screen.getByRole("combobox", { name: en.player.decoder }), "initial");
    expect(screen.queryByRole("combobox", { name: en.player.score })).toBeNull();
    expect(screen.queryByRole("combobox", { name: en.player.query })).toBeNull();
  });
});
