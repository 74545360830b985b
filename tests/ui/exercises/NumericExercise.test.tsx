// @vitest-environment jsdom
// Every numeric exercise kind renders in English and Chinese: its words (the TeX between $ … $
// typeset, none left as source), its givens and a labelled answer field; the core's answer typed in
// is announced as correct.
import { render, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { KINDS, generate, slotSeed } from "../../../src/exercises/index.ts";
import { MESSAGES } from "../../../src/ui/exercises/messages.ts";
import { NumericExercise } from "../../../src/ui/exercises/NumericExercise.tsx";

vi.setConfig({ testTimeout: 20_000 });

const SEED = 7;
const ids = Object.keys(KINDS);

describe.each(["en", "zh"] as const)("numeric exercises in %s", (lang) => {
  const m = MESSAGES[lang];
  it.each(ids)("%s renders its words, givens and a labelled field, and accepts the core's answer", async (id) => {
    const solved = vi.fn();
    const { container } = render(<NumericExercise kindId={id} slot={0} seed={SEED} m={m} onSolved={solved} />);
    const words = m.kinds[id]!;
    // The words outside $ … $ are there as text.
    for (const part of words.split("$").filter((_, i) => i % 2 === 0)) if (part.trim()) expect(container.textContent).toContain(part.trim());
    await waitFor(() => expect(container.querySelectorAll(".exercise-given-item .katex").length).toBe(KINDS[id]!.given(generate(KINDS[id]!, slotSeed(SEED, 0)).inputs).length), { timeout: 10_000 });
    // What the page shows, without KaTeX's MathML copy (whose annotation holds the TeX source).
    const shown = container.cloneNode(true) as HTMLElement;
    for (const ml of shown.querySelectorAll(".katex-mathml")) ml.remove();
    expect(shown.textContent).not.toMatch(/\\s[hCsacxyeqkv]\{|\\tanh|_\{|\$/u);
    // Queried by element, not by accessible name: jsdom cannot compute the styles of KaTeX's markup.
    const field = container.querySelector("input")!;
    expect(field.labels?.[0]?.textContent).toContain(m.answerLabel.trim());
    const answer = generate(KINDS[id]!, slotSeed(SEED, 0)).solution.answer;
    const user = userEvent.setup();
    await user.type(field, KINDS[id]!.exact ? String(answer) : answer.toFixed(4));
    await user.click(container.querySelector("button[type=submit]")!);
    const status = container.querySelector("[role=status]")!;
    expect(status.getAttribute("aria-live")).toBe("polite");
    expect(status.textContent).toBe(m.correct);
    expect(solved).toHaveBeenCalledTimes(1);
  });
});
