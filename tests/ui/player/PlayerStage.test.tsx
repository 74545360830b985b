// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Player } from "../../../src/ui/player/index.ts";
import { compactEntries } from "../../../src/ui/player/FormulaLineView.tsx";
import { FormulaPanel } from "../../../src/ui/player/FormulaPanel.tsx";
import { NARROW } from "../../../src/ui/player/PlayerStage.tsx";
import { createPlayerStore } from "../../../src/ui/playerStore.ts";
import { expectedTrace, firstDecoderIndex, KATEX_WAIT } from "./helpers.ts";

vi.setConfig({ testTimeout: 20_000 });

/** A window whose width matches the phone's media query, or not. */
function phone(matches: boolean) {
  vi.stubGlobal("matchMedia", (query: string) => ({ matches: query === NARROW && matches, media: query, addEventListener: () => {}, removeEventListener: () => {} }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const formulas = () => screen.getByRole("region", { name: "Formulas of this step" });

describe("PlayerStage", () => {
  it("rendering on a phone shows the pictures and the formulas as two tabs, the pictures first", () => {
    phone(true);
    render(<Player store={createPlayerStore()} />);
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((t) => t.textContent)).toEqual(["Pictures", "Formulas"]);
    expect(tabs[0]!.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").querySelector(".player-figure")).not.toBeNull();
    expect(document.getElementById(tabs[1]!.getAttribute("aria-controls")!)!.hidden).toBe(true);
  });

  it("pressing → on the tabs shows the formulas and leaves the player's step alone", async () => {
    phone(true);
    const store = createPlayerStore();
    render(<Player store={store} />);
    const user = userEvent.setup();
    screen.getByRole("tab", { name: "Pictures" }).focus();
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Formulas" }));
    expect(screen.getByRole("tabpanel", { name: "Formulas" }).hidden).toBe(false);
    expect(store.getState().step).toBe(0);
  });

  it("rendering on a wide screen shows no tabs: the pictures and the formulas side by side", () => {
    phone(false);
    render(<Player store={createPlayerStore()} />);
    expect(screen.queryByRole("tab")).toBeNull();
    expect(screen.queryByRole("tabpanel")).toBeNull();
  });
});

describe("FormulaPanel", () => {
  it("pressing a folded vector writes all its entries, and pressing it again folds it", async () => {
    const values = Array.from({ length: 16 }, (_, i) => (i - 8) / 7);
    const line = { key: "l", caption: "forget gate", tex: "f_1 = ⟨f⟩", values: { f: values }, bindings: {} };
    render(<FormulaPanel title="Encoder, t = 1" lines={[line]} />);
    await waitFor(() => expect(formulas().querySelector(".katex")).not.toBeNull(), KATEX_WAIT);
    const vector = within(formulas()).getByRole("button");
    expect(vector.textContent).toContain(`(${compactEntries(values).join(", ")})`);
    expect(compactEntries(values)).toEqual(["−1.143", "−1.000", "…", "1.000"]);
    expect(vector.getAttribute("aria-expanded")).toBe("false");
    expect(vector.getAttribute("title")!.split(", ")).toHaveLength(16);
    fireEvent.click(vector);
    expect(vector.getAttribute("aria-expanded")).toBe("true");
    expect(vector.textContent).toBe(vector.getAttribute("title"));
    fireEvent.click(vector);
    expect(vector.textContent).toContain("…");
  });

  it("new numbers in a line (a weight edit) show at once, in a new array or in a number, while the TeX around them stays", async () => {
    const line = (f: number[], b: number) => ({ key: "l", caption: "forget gate", tex: "f_1 = ⟨f⟩ + ⟨b⟩", values: { f, b }, bindings: {} });
    const { rerender } = render(<FormulaPanel title="Encoder, t = 1" lines={[line([0.25, 0.5], 1)]} />);
    await waitFor(() => expect(formulas().querySelector(".katex")).not.toBeNull(), KATEX_WAIT);
    const tex = formulas().querySelector(".katex")!;
    expect(formulas().textContent).toContain("(0.250, 0.500)");
    rerender(<FormulaPanel title="Encoder, t = 1" lines={[line([0.25, 0.75], 1)]} />);
    expect(formulas().textContent).toContain("(0.250, 0.750)");
    rerender(<FormulaPanel title="Encoder, t = 1" lines={[line([0.25, 0.75], 2)]} />);
    expect(formulas().textContent).toContain("2.000");
    expect(formulas().textContent).not.toContain("1.000");
    expect(formulas().querySelector(".katex"), "the TeX run was typeset again").toBe(tex);
  });

  it("stepping to a decoder step folds the cell's working behind one disclosure, which names how many formulas it holds", async () => {
    const store = createPlayerStore();
    store.getState().setStep(firstDecoderIndex(expectedTrace()));
    render(<Player store={store} />);
    await waitFor(() => expect(formulas().querySelector(".katex")).not.toBeNull(), KATEX_WAIT);
    const fold = formulas().querySelector<HTMLDetailsElement>("details.formula-fold")!;
    expect(fold.open).toBe(false);
    expect(fold.querySelector("summary")!.textContent).toMatch(/^How the cell computed the new state \(\d+ formulas?\)$/u);
    expect(within(formulas()).getByText(/^new state$/iu).closest("details")).toBeNull();
  });
});
