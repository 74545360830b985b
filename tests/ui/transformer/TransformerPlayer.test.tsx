// @vitest-environment jsdom
// The Transformer player: stepping by buttons and keys, the masked cells in words, the formula.

import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { TransformerPlayer } from "../../../src/ui/transformer/index.ts";

// The scrubber says where the cursor is, as the recurrent player's does.
const status = () => ({ textContent: screen.getByRole("slider", { name: "Step" }).getAttribute("aria-valuetext") });

function table(name: RegExp) {
  return screen.getByRole("table", { name });
}

describe("TransformerPlayer", () => {
  it("clicking Next step and Previous step moves one step and the status says which", async () => {
    const user = userEvent.setup();
    render(<TransformerPlayer kind="encoder-self" />);
    expect(status().textContent).toMatch(/^Step 1 of 9: Inputs/u);
    await user.click(screen.getByRole("button", { name: "Next step" }));
    expect(status().textContent).toMatch(/^Step 2 of 9: Queries/u);
    expect(table(/^Q \(head 1\), queries, from the encoder input/u)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Previous step" }));
    expect(status().textContent).toMatch(/^Step 1 of 9/u);
  });

  it("pressing → ← End Home on the focused player steps like the recurrent player", async () => {
    const user = userEvent.setup();
    render(<TransformerPlayer kind="cross" />);
    screen.getByRole("group", { name: /Transformer player: cross-attention/u }).focus();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(status().textContent).toMatch(/^Step 3 of 9: Keys/u);
    await user.keyboard("{End}");
    expect(status().textContent).toMatch(/^Step 9 of 9: Output/u);
    await user.keyboard("{ArrowRight}");
    expect(status().textContent).toMatch(/^Step 9 of 9/u);
    await user.keyboard("{ArrowLeft}{Home}");
    expect(status().textContent).toMatch(/^Step 1 of 9/u);
  });

  it("pressing space starts and stops playing", async () => {
    const user = userEvent.setup();
    render(<TransformerPlayer kind="masked-self" />);
    screen.getByRole("group", { name: /Transformer player/u }).focus();
    await user.keyboard(" ");
    expect(screen.getByRole("button", { name: "Pause" })).toBeTruthy();
    await user.keyboard(" ");
    expect(screen.getByRole("button", { name: "Play" })).toBeTruthy();
  });

  it("stepping to the weights of masked self-attention labels every cell above the diagonal as masked", async () => {
    const user = userEvent.setup();
    render(<TransformerPlayer kind="masked-self" heads={1} />);
    screen.getByRole("group", { name: /Transformer player/u }).focus();
    await user.keyboard("{End}{ArrowLeft}");
    expect(status().textContent).toMatch(/Weights/u);
    const weights = table(/^A, attention weights/u);
    const rows = within(weights).getAllByRole("row").slice(1);
    // <sos> je t' aime: row i may see keys 1..i only.
    expect(rows).toHaveLength(4);
    rows.forEach((row, i) => {
      const cells = within(row).getAllByRole("cell");
      cells.forEach((cell, j) => {
        const name = cell.getAttribute("aria-label") ?? "";
        if (j > i) expect(name).toMatch(/masked, weight exactly 0$/u);
        else expect(name).not.toMatch(/masked/u);
      });
    });
    expect(within(weights).getAllByText("masked")).toHaveLength(6);
  });

  it("stepping to the mask of encoder self-attention shows an all-zero mask with no masked cell", async () => {
    const user = userEvent.setup();
    render(<TransformerPlayer kind="encoder-self" />);
    screen.getByRole("group", { name: /Transformer player/u }).focus();
    await user.keyboard("{End}{ArrowLeft}{ArrowLeft}");
    const mask = table(/^M, mask: all zeros/u);
    expect(within(mask).getAllByRole("cell").every((c) => c.getAttribute("aria-label")?.endsWith(": 0.00"))).toBe(true);
  });

  it("choosing head 2 shows head 2's matrices", async () => {
    const user = userEvent.setup();
    render(<TransformerPlayer kind="encoder-self" heads={2} />);
    await user.click(screen.getByRole("radio", { name: "2" }));
    await user.click(screen.getByRole("button", { name: "Next step" }));
    expect(table(/^Q \(head 2\)/u)).toBeTruthy();
  });

  it("choosing seed 004's sentence puts its tokens on the rows", async () => {
    const user = userEvent.setup();
    render(<TransformerPlayer kind="cross" />);
    await user.click(screen.getByRole("radio", { name: /I love China/u }));
    const xq = table(/^X q, /u);
    expect(within(xq).getAllByRole("rowheader").map((r) => r.textContent)).toEqual(["<sos>", "我", "爱", "中国"]);
    const h = table(/^H, the encoder output/u);
    expect(within(h).getAllByRole("rowheader").map((r) => r.textContent)).toEqual(["i", "love", "china"]);
  });

  it("rendering shows the formula with the step's numbers once KaTeX has loaded", async () => {
    render(<TransformerPlayer kind="encoder-self" heads={1} />);
    await waitFor(() => expect(document.querySelector(".tf-formula .katex")).not.toBeNull(), { timeout: 10000 });
    const math = document.querySelector(".tf-formula math")?.textContent ?? "";
    const x00 = screen.getAllByRole("cell")[0]!.getAttribute("aria-label")!.split(": ")[1]!.replace("−", "-");
    expect(math).toContain(x00);
  }, 15000);

  it("rendering says plainly that the weights are untrained", () => {
    render(<TransformerPlayer kind="cross" />);
    expect(screen.getByText(/Untrained weights/u)).toBeTruthy();
  });
});
