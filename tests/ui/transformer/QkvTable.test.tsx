// @vitest-environment jsdom
// Seed 004's table of Q, K and V sources: its contents, and its links to the picture.

import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { QkvTable } from "../../../src/ui/transformer/index.ts";

const matrix = (name: RegExp) => screen.getByRole("img", { name });
const lit = () => screen.getAllByRole("img").filter((m) => m.getAttribute("data-highlighted") === "true");

describe("QkvTable", () => {
  it("rendering gives seed 004's sources: encoder input ×3, decoder input ×3, then decoder, encoder output, encoder output", () => {
    render(<QkvTable />);
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    const sources = rows.map((r) => within(r).getAllByRole("button").map((b) => b.textContent));
    expect(sources).toEqual([
      ["Encoder input", "Encoder input", "Encoder input"],
      ["Decoder input", "Decoder input", "Decoder input"],
      ["Decoder", "Encoder output H", "Encoder output H"],
    ]);
  });

  it("focusing a cell's link highlights the matching matrix in the picture, and only that one", async () => {
    const user = userEvent.setup();
    render(<QkvTable />);
    expect(lit()).toHaveLength(0);
    act(() => screen.getByRole("button", { name: /^Decoder: Q of cross-attention/u }).focus());
    expect(lit()).toEqual([matrix(/^Q of cross-attention: the queries, from the decoder,/u)]);
    await user.tab();
    expect(lit()).toEqual([matrix(/^K of cross-attention: the keys, from the encoder output H/u)]);
  });

  it("pointing at a cell's link highlights its matrix until the pointer leaves", () => {
    render(<QkvTable />);
    const link = screen.getByRole("button", { name: /^Decoder input: V of masked decoder self-attention/u });
    fireEvent.mouseEnter(link);
    expect(lit()).toEqual([matrix(/^V of masked decoder self-attention/u)]);
    fireEvent.mouseLeave(link);
    expect(lit()).toHaveLength(0);
  });

  it("pressing a link pins its highlight, and pressing it again releases it", async () => {
    const user = userEvent.setup();
    render(<QkvTable />);
    const link = screen.getByRole("button", { name: /^Encoder input: K of encoder self-attention/u });
    await user.click(link);
    expect(link.getAttribute("aria-pressed")).toBe("true");
    await user.unhover(link);
    act(() => link.blur());
    expect(lit()).toEqual([matrix(/^K of encoder self-attention/u)]);
    await user.click(link);
    act(() => link.blur());
    await user.unhover(link);
    expect(lit()).toHaveLength(0);
  });

  it("pointing at a matrix in the picture highlights its cell in the table", () => {
    render(<QkvTable />);
    fireEvent.mouseEnter(matrix(/^V of cross-attention/u));
    const cell = screen.getByRole("button", { name: /^Encoder output H: V of cross-attention/u }).closest("td");
    expect(cell?.className).toContain("is-highlighted");
  });
});
