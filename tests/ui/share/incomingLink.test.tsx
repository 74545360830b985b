// @vitest-environment jsdom
import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeView, encodeView, DEFAULT_VIEW, MAX_WEIGHTS_LENGTH } from "../../../src/ui/app/urlState.ts";
import { startUrlSync } from "../../../src/ui/app/urlSync.ts";
import { demoId } from "../../../src/ui/model/sources.ts";
import { encodeShared } from "../../../src/ui/share/linkCodec.ts";
import { createAppStore, DEFAULT_STATE } from "../../../src/ui/store.ts";
import { renderEditor } from "../editor/harness.tsx";

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
});
