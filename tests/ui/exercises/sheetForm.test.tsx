// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SheetForm } from "../../../src/ui/exercises/sheet/SheetForm.tsx";
import { SHEET_MESSAGES } from "../../../src/ui/exercises/sheet/sheetMessages.ts";

const lessons = [
  { slug: "lstm", number: 3, title: "LSTM" },
  { slug: "gru", number: 4, title: "GRU" },
];
const s = SHEET_MESSAGES.en;
afterEach(cleanup);
const problemOf = (field: HTMLElement) => document.getElementById(field.getAttribute("aria-describedby")!)?.textContent ?? "";

function renderForm(chosen: readonly string[] = ["lstm", "gru"]) {
  const onChange = vi.fn();
  render(<SheetForm lessons={lessons} seed={42} chosen={chosen} includeKey s={s} onChange={onChange} onIncludeKey={() => {}} />);
  return { onChange, seed: screen.getByRole("textbox", { name: /Seed/ }) };
}

describe("SheetForm", () => {
  it("typing a valid seed applies it with the chosen lessons", () => {
    const { onChange, seed } = renderForm();
    fireEvent.change(seed, { target: { value: " 7 " } });
    expect(onChange).toHaveBeenLastCalledWith(7, ["lstm", "gru"]);
    expect(seed.getAttribute("aria-invalid")).toBe("false");
  });

  it("a seed that is text, out of range or empty is named and not applied, the kept seed said", () => {
    const { onChange, seed } = renderForm();
    for (const [text, words] of [
      ["abc", "whole number"],
      ["-1", "from 0 to 999 999"],
      ["1000000", "from 0 to 999 999"],
      ["", "Type a seed"],
    ] as const) {
      fireEvent.change(seed, { target: { value: text } });
      expect(seed.getAttribute("aria-invalid")).toBe("true");
      expect(problemOf(seed)).toContain(words);
      expect(problemOf(seed)).toContain("still shows seed 42");
    }
    expect(onChange).not.toHaveBeenCalled();
  });

  it("unticking the last lesson names the problem and applies nothing; All lessons applies all", () => {
    const { onChange } = renderForm(["lstm"]);
    fireEvent.click(screen.getByRole("checkbox", { name: /LSTM/ }));
    expect(screen.getByText(s.noLesson)).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "All lessons" }));
    expect(onChange).toHaveBeenLastCalledWith(42, ["lstm", "gru"]);
    expect(screen.queryByText(s.noLesson)).toBeNull();
  });

  it("Random seed applies a seed from 0 to 999 999 and shows it in the field", () => {
    const { onChange, seed } = renderForm();
    fireEvent.click(screen.getByRole("button", { name: "Random seed" }));
    const [applied] = onChange.mock.lastCall!;
    expect(applied).toBeGreaterThanOrEqual(0);
    expect(applied).toBeLessThanOrEqual(999_999);
    expect((seed as HTMLInputElement).value).toBe(String(applied));
  });
});
