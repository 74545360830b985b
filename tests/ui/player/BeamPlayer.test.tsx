// @vitest-environment jsdom
// The beam player in jsdom: it opens on the finished tree, steps with its transport and keys (the
// formula panel and the live region follow), and its K and α fields refuse bad values and keep the
// last good one in the store.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { demoModel } from "../../../src/model/defaults.ts";
import { PageStoreContext } from "../../../src/ui/storeContext.ts";
import { en } from "../../../src/ui/i18n/en.ts";
import { BeamPlayer } from "../../../src/ui/player/index.ts";
import { cursorCount, runBeam } from "../../../src/ui/player/beam/beamView.ts";
import { DEMO_SEED } from "../../../src/model/defaults.ts";
import { createPlayerStore, DEFAULT_PLAYER, type PlayerStore } from "../../../src/ui/playerStore.ts";
import { createPageStore } from "../../../src/ui/store.ts";
import { KATEX_WAIT } from "./helpers.ts";

vi.setConfig({ testTimeout: 20_000 });

function setup(store: PlayerStore = createPlayerStore()) {
  render(
    <PageStoreContext.Provider value={createPageStore({ player: store })}>
      <BeamPlayer store={store} />
    </PageStoreContext.Provider>,
  );
  return { store, user: userEvent.setup() };
}

const expected = (width = 3, alpha = 0.6) => runBeam(demoModel(DEFAULT_PLAYER.choice, DEMO_SEED), DEFAULT_PLAYER.sentence, { width, alpha })!;
const formulas = () => screen.getByRole("region", { name: en.beam.formulas });
const kField = () => screen.getByRole("textbox", { name: en.beam.width }) as HTMLInputElement;
const alphaField = () => screen.getByRole("textbox", { name: en.beam.alpha }) as HTMLInputElement;

describe("BeamPlayer", () => {
  it("the beam player opens on the last prune of the search, with the best hypothesis written out", async () => {
    const { store } = setup();
    const result = expected();
    await waitFor(() => expect(store.getState().step).toBe(cursorCount(result) - 1));
    expect(within(formulas()).getByRole("heading").textContent).toBe(en.beam.title(result.steps.length, "prune"));
    expect(screen.getByText(/^Best:/u).textContent).toContain(result.best.tokens.join(" "));
  });

  it("pressing ← on the player moves back one phase: the formula panel and the live region say the new step", async () => {
    const { store } = setup();
    const result = expected();
    await waitFor(() => expect(store.getState().step).toBe(cursorCount(result) - 1));
    const player = screen.getByRole("region", { name: en.beam.region });
    fireEvent.keyDown(player, { key: "ArrowLeft" });
    expect(store.getState().step).toBe(cursorCount(result) - 2);
    const t = result.steps.length;
    expect(within(formulas()).getByRole("heading").textContent).toBe(en.beam.title(t, "score"));
    expect(screen.getByRole("status").textContent).toContain(en.beam.said(t, "score", result.steps[t - 1]!.hypotheses[0]!.tokens.join(" "), "").slice(0, 30));
    await waitFor(() => expect(within(formulas()).getAllByText(/log P/u).length).toBeGreaterThan(0), KATEX_WAIT);
  });

  it("typing K = 0 is refused with a reason, and the store keeps K = 3", async () => {
    const { store, user } = setup();
    await user.clear(kField());
    await user.type(kField(), "0");
    expect(screen.getByRole("alert").textContent).toContain(en.beam.widthBelowOne("0"));
    expect(store.getState().beam.width).toBe(3);
  });

  it("typing a K above the vocabulary is refused, and a good K searches again with that width", async () => {
    const { store, user } = setup();
    const V = demoModel(DEFAULT_PLAYER.choice, DEMO_SEED).target.vocab.length;
    // Pasted at once: typed key by key, its first digit alone would be a good K.
    fireEvent.change(kField(), { target: { value: String(V + 1) } });
    expect(screen.getByRole("alert").textContent).toContain(en.beam.widthAboveVocab(String(V + 1), V));
    expect(store.getState().beam.width).toBe(3);
    await user.clear(kField());
    await user.type(kField(), "1");
    expect(store.getState().beam.width).toBe(1);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("typing α = −1 is refused and α = 1 is used", async () => {
    const { store, user } = setup();
    await user.clear(alphaField());
    await user.type(alphaField(), "-1");
    expect(screen.getByRole("alert").textContent).toContain(en.beam.alphaNegative("-1"));
    expect(store.getState().beam.alpha).toBe(0.6);
    await user.clear(alphaField());
    await user.type(alphaField(), "1");
    expect(store.getState().beam.alpha).toBe(1);
  });

  it("the tree has a text alternative: a table per step up to the cursor, with the same hypotheses", async () => {
    const { store } = setup();
    const result = expected();
    await waitFor(() => expect(store.getState().step).toBe(cursorCount(result) - 1));
    const tables = screen.getAllByRole("table", { hidden: true });
    expect(tables).toHaveLength(result.steps.length);
    const firstRow = within(tables[0]!).getAllByRole("row", { hidden: true })[1]!;
    expect(firstRow.textContent).toContain(result.steps[0]!.hypotheses[0]!.tokens.join(" "));
  });
});
