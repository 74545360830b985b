// @vitest-environment jsdom
// Presentation mode: the Present button and P open it, the clicker's keys step, B blanks, Escape
// leaves with the focus back on the opener; a page store with present=1 (a link) opens it at a step.

import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { PageStoreContext } from "../../../src/ui/storeContext.ts";
import { usePresentKey } from "../../../src/ui/presentation/usePresentKey.ts";
import { Player } from "../../../src/ui/player/index.ts";
import type { PlayerState } from "../../../src/ui/playerStore.ts";
import { createPageStore, type PageFields } from "../../../src/ui/store.ts";
import { TransformerPlayer } from "../../../src/ui/transformer/index.ts";
import { expectedTrace } from "../player/helpers.ts";

// Rendering the player in jsdom is slow on a busy shared machine; this is a ceiling, not a timing check.
vi.setConfig({ testTimeout: 20_000 });

function PresentKey() {
  usePresentKey();
  return null;
}

/** A lesson page: a page store, the P key, and a lesson player with a store of its own. */
function setup({ step, pair, ...fields }: Partial<PageFields> & Partial<Pick<PlayerState, "step" | "pair">> = {}, figure = <Player cell="lstm" variant="attention" focus="all" />) {
  const page = createPageStore({ ...fields, player: { ...(step !== undefined ? { step } : {}), ...(pair ? { pair } : {}) } });
  render(
    <PageStoreContext.Provider value={page}>
      <PresentKey />
      {figure}
    </PageStoreContext.Provider>,
  );
  return { page, user: userEvent.setup() };
}

const dialog = () => screen.getByRole("dialog", { name: /^Presentation:/u });
const counter = () => within(dialog()).getByText(/^Step \d+ of \d+$/u).textContent;
const count = () => expectedTrace({ cell: "lstm", variant: "attention" }).steps.length;

describe("presentation mode", () => {
  it("pressing Present opens a dialog with the step counter and the step in one sentence", async () => {
    const { page, user } = setup();
    await user.click(screen.getByRole("button", { name: "Present" }));
    expect(counter()).toBe(`Step 1 of ${count()}`);
    expect(within(dialog()).getByText("Encoder step 1: reads “i” and updates h1")).toBeTruthy();
    expect(page.getState().present).toBe(1);
    expect(document.activeElement).toBe(dialog());
  });

  it("pressing → PageDown and space steps forward, ← and PageUp step back, and the page's step follows", async () => {
    const { page, user } = setup();
    await user.click(screen.getByRole("button", { name: "Present" }));
    await user.keyboard("{ArrowRight}{PageDown}[Space]");
    expect(counter()).toBe(`Step 4 of ${count()}`);
    expect(page.getState().player.getState().step).toBe(3);
    await user.keyboard("{ArrowLeft}{PageUp}");
    expect(counter()).toBe(`Step 2 of ${count()}`);
    expect(page.getState().player.getState().step).toBe(1);
  });

  it("pressing B blanks the screen and B again shows it, saying so to a screen reader", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "Present" }));
    await user.keyboard("b");
    expect(dialog().getAttribute("data-blank")).toBe("true");
    expect(within(dialog()).getByRole("button", { name: "Blank screen" }).getAttribute("aria-pressed")).toBe("true");
    expect(within(dialog()).getByText(/The screen is blank/u)).toBeTruthy();
    await user.keyboard("B");
    expect(dialog().getAttribute("data-blank")).toBe("false");
  });

  it("pressing Escape leaves, returns the focus to the Present button and frees the page behind", async () => {
    const { page, user } = setup();
    const button = screen.getByRole("button", { name: "Present" });
    await user.click(button);
    expect(button.closest("[inert]")).not.toBeNull();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(page.getState().present).toBe(0);
    expect(document.activeElement).toBe(button);
    expect(button.closest("[inert]")).toBeNull();
  });

  it("pressing P on the page presents the first figure, and the Exit button leaves it", async () => {
    const { user } = setup();
    await user.keyboard("p");
    expect(dialog()).toBeTruthy();
    await user.click(within(dialog()).getByRole("button", { name: "Exit presentation" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("typing p in the sentence field types it instead of presenting", async () => {
    const { user } = setup();
    await user.type(screen.getByRole("textbox", { name: "Sentence" }), "p");
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("a link's present=1 and step=5 open the lesson's player presenting step 6", async () => {
    setup({ present: 1, step: 5 });
    await waitFor(() => expect(counter()).toBe(`Step 6 of ${count()}`));
  });

  it("presenting in Chinese says the counter and the step in Chinese", async () => {
    setup({ present: 1, step: 0, lang: "zh", pair: "en-zh" }, <Player cell="rnn" variant="attention" pair="en-zh" />);
    const zh = await screen.findByRole("dialog", { name: /^演示：/u });
    expect(within(zh).getByText(/^第 1 步，共 \d+ 步$/u)).toBeTruthy();
    expect(within(zh).getByText("编码第 1 步：读入“i”，更新 h1")).toBeTruthy();
  });

  it("the Transformer player presents too: its step title is the sentence and → steps", async () => {
    const { user } = setup({}, <TransformerPlayer kind="encoder-self" />);
    await user.click(screen.getByRole("button", { name: "Present" }));
    expect(within(dialog()).getByText(/^Inputs: /u)).toBeTruthy();
    await user.keyboard("{ArrowRight}");
    expect(within(dialog()).getByText("Queries Q: what each token is looking for")).toBeTruthy();
    expect(counter()).toBe("Step 2 of 9");
    await act(async () => {
      await user.keyboard("{Escape}");
    });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Present" }));
  });

  it("a figure that loads after another but stands first on the page takes present=1 over, and only one presents", async () => {
    const page = createPageStore({ present: 1 });
    const first = <Player key="first" cell="rnn" variant="initial" focus="encoder" />;
    const second = <Player key="second" cell="lstm" variant="attention" focus="all" />;
    const view = render(<PageStoreContext.Provider value={page}>{[second]}</PageStoreContext.Provider>);
    await screen.findByRole("dialog");
    view.rerender(<PageStoreContext.Provider value={page}>{[first, second]}</PageStoreContext.Provider>);
    await waitFor(() => expect(screen.getAllByRole("dialog")).toHaveLength(1));
    // The one presenting is the first figure, the RNN: its own number of steps.
    expect(counter()).toBe(`Step 1 of ${expectedTrace({ cell: "rnn", variant: "initial" }).steps.length}`);
  });
});
