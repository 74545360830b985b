// @vitest-environment jsdom
import { act, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeView, encodeView, DEFAULT_VIEW, MAX_WEIGHTS_LENGTH } from "../../../src/ui/urlState.ts";
import { startUrlSync } from "../../../src/ui/app/urlSync.ts";
import { forward } from "../../../src/core/forward.ts";
import { demoModel } from "../../../src/model/defaults.ts";
import { applyEdits } from "../../../src/ui/model/edits.ts";
import { demoId, presetId } from "../../../src/ui/model/sources.ts";
import { UNTRAINED_TEXT } from "../../../src/ui/player/UntrainedNote.tsx";
import { encodeShared } from "../../../src/ui/share/linkCodec.ts";
import { createAppStore, DEFAULT_STATE } from "../../../src/ui/store.ts";
import { gatedPresets, outputText, renderEditor } from "../editor/harness.tsx";

vi.setConfig({ testTimeout: 60_000 });

const lessons = [DEFAULT_VIEW.lesson];
const choice = DEFAULT_STATE.choice;
let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

describe("share links in the address", () => {
  it("encodeView writes the weights as w= and decodeView reads them back", () => {
    const hash = encodeView({ ...DEFAULT_VIEW, step: 3, weights: "AQI-_x" });
    expect(hash).toBe("#/lesson/encoder-decoder?step=3&w=AQI-_x");
    expect(decodeView(hash, { lessons })).toEqual({ ...DEFAULT_VIEW, step: 3, weights: "AQI-_x" });
  });

  it("decodeView cuts over-long weights one character past the cap, so the decoder can say they are too long", () => {
    expect(decodeView(`#/playground?w=${"A".repeat(MAX_WEIGHTS_LENGTH + 50)}`, { lessons }).weights).toHaveLength(MAX_WEIGHTS_LENGTH + 1);
  });

  it("startUrlSync keeps a link's weights in the store and the address until a player takes them", () => {
    window.history.replaceState(null, "", "/#/playground?w=AQI");
    const store = createAppStore();
    stop = startUrlSync(store, lessons);
    expect(store.getState().linkWeights).toBe("AQI");
    expect(window.location.hash).toBe("#/playground?w=AQI");
    store.getState().setLinkWeights(null);
    expect(window.location.hash).toBe("#/playground");
  });

  it("opening a player with a link's weights applies them, clears them from the page, and says what happened", async () => {
    const encoded = await encodeShared({ kind: "demo", choice, pair: "en-fr", edits: { "decoder.output.b_out": { 5: 40 } } });
    const s = renderEditor({ state: { linkWeights: encoded.ok ? encoded.text : "", step: 99 } });
    expect(await screen.findByText("Showing the untrained model with the link's 1 edited number.", {}, { timeout: 30_000 })).toBeTruthy();
    expect(s.player.getState().linkWeights).toBeNull();
    expect(s.models.getState().edits[demoId(choice)]).toEqual({ "decoder.output.b_out": { 5: 40 } });
  });

  it("opening a player with a forged link shows a notice and the model without it, never a crash", async () => {
    const s = renderEditor({ state: { linkWeights: "AQIBAgAAAAEBcMA-<img src=x onerror=alert(1)>" } });
    const notice = await screen.findByText(/^This link's weights were not used: /u, {}, { timeout: 30_000 });
    expect(notice.closest("[role=alert]")).not.toBeNull();
    expect(document.querySelector("img")).toBeNull();
    expect(s.models.getState().edits).toEqual({});
    await s.user.click(screen.getByRole("button", { name: "Dismiss" }));
    await waitFor(() => expect(screen.queryByText(/^This link's weights were not used/u)).toBeNull());
  });

  it("a link whose address names other choices than its weights (the defaults changed since it was made) shows the weights' architecture, at the link's step", async () => {
    // Made when the previous-state query was the default, so its address left the query out; it now reads as "current".
    const made = { ...DEFAULT_STATE.choice, query: "previous" as const };
    const edits = { "decoder.output.b_out": { 5: 40 } };
    const encoded = await encodeShared({ kind: "demo", choice: made, pair: "en-fr", edits });
    const s = renderEditor({ state: { choice: { ...made, query: "current" }, linkWeights: encoded.ok ? encoded.text : "", step: 2 } });
    expect(await screen.findByText("Showing the untrained model with the link's 1 edited number.", {}, { timeout: 30_000 })).toBeTruthy();
    expect(s.player.getState().choice).toEqual(made);
    expect(s.player.getState().step).toBe(2);
    const expected = forward(applyEdits(demoModel(made, 1), edits), DEFAULT_STATE.sentence);
    expect(expected.output.text).not.toBe(forward(demoModel(made, 1), DEFAULT_STATE.sentence).output.text);
    act(() => s.player.getState().setStep(99));
    await waitFor(() => expect(outputText()).toContain(expected.output.text));
  });

  it("a link of a preset's edits read before the preset has arrived applies once it does, and the player shows the preset with them", async () => {
    const made = { ...DEFAULT_STATE.choice, query: "current" as const };
    const trained = { ...demoModel(made, 7), name: "Trained test model", meta: { trained: true } };
    const edits = { "decoder.output.b_out": { 4: 40 } };
    const expected = forward(applyEdits(trained, edits), DEFAULT_STATE.sentence).output.text;
    expect(expected).not.toBe(forward(trained, DEFAULT_STATE.sentence).output.text);
    const { presets, release } = gatedPresets(trained);
    const encoded = await encodeShared({ kind: "preset", file: "preset.json", edits });
    const s = renderEditor({ presets, state: { choice: made, linkWeights: encoded.ok ? encoded.text : "", step: 99 } });
    // Taken from the page at once (the address drops it), applied when the preset is there.
    await waitFor(() => expect(s.player.getState().linkWeights).toBeNull());
    expect(screen.getByText(UNTRAINED_TEXT)).toBeTruthy();
    expect(s.models.getState().edits).toEqual({});
    await act(async () => release());
    expect(await screen.findByText("Showing the trained preset with the link's 1 edited number.", {}, { timeout: 30_000 })).toBeTruthy();
    expect(s.models.getState().edits[presetId("preset.json")]).toEqual(edits);
    await waitFor(() => expect(outputText()).toContain(expected));
    expect(screen.queryByText(UNTRAINED_TEXT)).toBeNull();
  });
});
