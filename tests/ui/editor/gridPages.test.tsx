// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import type { GridPicture } from "../../../src/ui/editor/drawGrid.ts";
import { MatrixGrid, WINDOW_ROWS } from "../../../src/ui/editor/MatrixGrid.tsx";

const ROWS = 150_000;
const COLS = 2;
const values = Float64Array.from({ length: ROWS * COLS }, (_, i) => Math.sin(i));
const rowLabels = Array.from({ length: ROWS }, (_, r) => `w${r}`);

function Tall() {
  const [selected, setSelected] = useState(0);
  const picture: GridPicture = { rows: ROWS, cols: COLS, rowLabels, colLabels: ["1", "2"], values, edited: () => false, selected, max: 1 };
  return <MatrixGrid label="W_out" picture={picture} onSelect={setSelected} onDrag={() => undefined} onStartTyping={() => undefined} onReset={() => undefined} />;
}

describe("MatrixGrid of a tall parameter", () => {
  it("a 150,000-row parameter draws one page of rows, says which, and keeps the grid's full size for screen readers", () => {
    render(<Tall />);
    const grid = screen.getByRole("grid", { name: "W_out" });
    expect(grid.querySelectorAll("tbody tr")).toHaveLength(WINDOW_ROWS);
    expect(grid.getAttribute("aria-rowcount")).toBe(String(ROWS + 1));
    expect(screen.getByText("Rows 1–64 of 150,000")).toBeTruthy();
    expect(grid.querySelector("tbody tr")!.getAttribute("aria-rowindex")).toBe("2");
  });

  it("pressing Later rows, PageDown and ArrowDown past the page's end moves to the next page and keeps focus on the selected cell", async () => {
    const user = userEvent.setup();
    render(<Tall />);
    await user.click(screen.getByRole("button", { name: "Later rows" }));
    expect(screen.getByText("Rows 65–128 of 150,000")).toBeTruthy();
    const grid = screen.getByRole("grid", { name: "W_out" });
    expect(grid.querySelector("tbody tr th")!.textContent).toBe("w64");
    const cell = grid.querySelector<HTMLElement>('td[data-index="128"]')!;
    cell.focus();
    await user.keyboard("{PageDown}");
    expect(screen.getByText("Rows 129–192 of 150,000")).toBeTruthy();
    expect(document.activeElement?.getAttribute("data-index")).toBe(String(128 * COLS));
    for (let i = 0; i < WINDOW_ROWS; i++) await user.keyboard("{ArrowDown}");
    expect(screen.getByText("Rows 193–256 of 150,000")).toBeTruthy();
    expect(document.activeElement?.getAttribute("data-index")).toBe(String(192 * COLS));
    await user.click(screen.getByRole("button", { name: "Earlier rows" }));
    expect(screen.getByText("Rows 129–192 of 150,000")).toBeTruthy();
  });
});
