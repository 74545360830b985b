// @vitest-environment jsdom
// The chapter's pictures with the trained presets: the untrained note until a preset arrives and
// after a failure, none once it is shown as trained, and a note when it is split into other heads.

import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { memoryPresets } from "../editor/harness.tsx";
import { diskPresets, withPresets } from "../player/diskPresets.tsx";
import { MultiHeadView, QkvTable, RecurrentVsTransformer, TransformerPlayer } from "../../../src/ui/transformer/index.ts";
import { createTransformerPresetStore, TransformerPresetContext, type TransformerPresetStore } from "../../../src/ui/transformer/preset.ts";
import { createPresetSource } from "../../../src/ui/kit/presetSource.ts";

// A path, not a URL: under jsdom, URL is jsdom's, which readFileSync does not take.
const fromDisk = (url: string): Promise<string> => Promise.resolve(readFileSync(join(import.meta.dirname, "../../../public", url), "utf8"));

/** A store whose preset files wait until `release()`; the index comes at once. */
function heldStore(fail = false): { store: TransformerPresetStore; release: () => Promise<void> } {
  let open: () => void = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  const read = (url: string) => (url.endsWith("index.json") ? fromDisk(url) : gate.then(() => (fail ? Promise.reject(new Error("offline")) : fromDisk(url))));
  return { store: createTransformerPresetStore(createPresetSource(read)), release: () => act(async () => open()) };
}

const withStore = (store: TransformerPresetStore, children: ReactNode) => <TransformerPresetContext.Provider value={store}>{children}</TransformerPresetContext.Provider>;
const untrainedNote = () => screen.queryByText(/^Untrained weights/u);

describe("the Transformer pictures with the trained presets", () => {
  it("rendering TransformerPlayer shows the untrained note until the preset arrives, then the preset's 8 columns and no note", async () => {
    const { store, release } = heldStore();
    render(withStore(store, <TransformerPlayer kind="encoder-self" />));
    expect(untrainedNote()).not.toBeNull();
    const columns = () => within(screen.getByRole("table", { name: /^X, /u })).getAllByRole("columnheader").length - 1;
    expect(columns()).toBe(4);
    await release();
    await waitFor(() => expect(untrainedNote()).toBeNull());
    expect(columns()).toBe(8);
    expect(screen.queryByRole("note")).toBeNull();
  });

  it("rendering TransformerPlayer keeps the untrained note when the preset cannot be fetched", async () => {
    const { store, release } = heldStore(true);
    render(withStore(store, <TransformerPlayer kind="cross" />));
    await release();
    await waitFor(() => expect(store.snapshot()["en-fr"].state).toBe("failed"));
    expect(untrainedNote()).not.toBeNull();
  });

  it("choosing h = 4 in MultiHeadView with the preset says the weights were trained with 2 heads", async () => {
    const user = userEvent.setup();
    const { store, release } = heldStore();
    render(withStore(store, <MultiHeadView />));
    await release();
    await waitFor(() => expect(untrainedNote()).toBeNull());
    expect(screen.queryByRole("note")).toBeNull();
    await user.click(screen.getByRole("radio", { name: "4" }));
    expect(screen.getByRole("note").textContent).toMatch(/^Trained weights, split here into 4 heads: the preset was trained with 2 heads/u);
    expect(screen.getByRole("table", { name: /^head 4, its output: 2 numbers per token/u })).toBeTruthy();
  });

  it("rendering RecurrentVsTransformer and QkvTable with both presets says both are trained", async () => {
    const { store, release } = heldStore();
    render(withPresets(diskPresets(), withStore(store, <><RecurrentVsTransformer /><QkvTable pair="china" /></>)));
    await release();
    await waitFor(() => expect(untrainedNote()).toBeNull());
    await waitFor(() => expect(screen.getAllByRole("note").map((n) => n.textContent)).toEqual([expect.stringMatching(/^Both models are trained on the same English–French corpus/u), expect.stringMatching(/^The shades show one head's Q, K and V for “I love China”/u)]), { timeout: 10_000 });
  });

  it("rendering RecurrentVsTransformer when the recurrent preset cannot be loaded says that the recurrent model is untrained", async () => {
    const { store, release } = heldStore();
    render(withPresets(memoryPresets(), withStore(store, <RecurrentVsTransformer />)));
    await release();
    await waitFor(() => expect(screen.getByRole("note").textContent).toMatch(/^The recurrent model's weights are untrained/u), { timeout: 10_000 });
  });
});
