// @vitest-environment jsdom
// The chapter's other pictures: multi-head attention, positional encoding, recurrent vs Transformer.

import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MultiHeadView, PositionalEncodingView, RecurrentVsTransformer } from "../../../src/ui/transformer/index.ts";

const tables = () => screen.getAllByRole("table").map((t) => t.getAttribute("aria-label") ?? "");

describe("MultiHeadView", () => {
  it("choosing h = 4 shows four weight matrices and heads of width d_k = 1", async () => {
    const user = userEvent.setup();
    render(<MultiHeadView />);
    expect(tables().filter((n) => n.startsWith("A "))).toHaveLength(2);
    await user.click(screen.getByRole("radio", { name: "4" }));
    expect(tables().filter((n) => n.startsWith("A "))).toHaveLength(4);
    const head = screen.getByRole("table", { name: /^head 3, its output: 1 number per token/u });
    expect(within(head).getAllByRole("columnheader")).toHaveLength(2);
    await waitFor(() => expect(document.querySelector(".tf-formula math")?.textContent?.replace(/\u2061/gu, "")).toMatch(/Concat\(head1,head2,head3,head4\)/u), { timeout: 10000 });
  }, 15000);

  it("choosing masked self-attention labels the masked weights of every head", async () => {
    const user = userEvent.setup();
    render(<MultiHeadView heads={2} />);
    await user.click(screen.getByRole("radio", { name: "Masked decoder self-attention" }));
    for (const name of [/^A 1, the weights of head 1/u, /^A 2, the weights of head 2/u]) {
      const masked = within(screen.getByRole("table", { name })).getAllByRole("cell").filter((c) => /masked/u.test(c.getAttribute("aria-label") ?? ""));
      expect(masked).toHaveLength(6);
    }
  });
});

describe("PositionalEncodingView", () => {
  it("moving the position slider outlines that row and puts that position into the formula", async () => {
    render(<PositionalEncodingView />);
    const slider = screen.getByRole("slider", { name: "Position" });
    fireEvent.change(slider, { target: { value: "7" } });
    expect(screen.getByRole("img", { name: /Position 7 is outlined/u })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("7");
    // sin(7 / 10000^0) = sin 7 = 0.657: the formula's first line, with the numbers in.
    await waitFor(() => expect(document.querySelector(".tf-formula math")?.textContent).toContain("0.657"), { timeout: 10000 });
  });

  it("rendering shows X as the scaled embeddings plus PE, entry by entry", () => {
    render(<PositionalEncodingView />);
    const values = (name: RegExp) => within(screen.getByRole("table", { name })).getAllByRole("cell").map((c) => Number((c.getAttribute("aria-label") ?? "").split(": ")[1]!.replace("−", "-")));
    const E = values(/^the token embeddings/u);
    const PE = values(/^the positional encoding/u);
    const X = values(/^X, the encoder input/u);
    X.forEach((x, i) => expect(Math.abs(x - E[i]! - PE[i]!)).toBeLessThanOrEqual(0.011));
  });
});

describe("RecurrentVsTransformer", () => {
  it("stepping shows the recurrent side one state at a time while the Transformer finishes in two steps", async () => {
    const user = userEvent.setup();
    render(<RecurrentVsTransformer />);
    const rec = () => screen.getByRole("img", { name: /^Recurrent after step/u }).getAttribute("aria-label");
    const tf = () => screen.getByRole("img", { name: /^Transformer after step/u }).getAttribute("aria-label");
    expect(rec()).toMatch(/1 of 3 encoder positions and 0 of 4 decoder/u);
    expect(tf()).toMatch(/3 of 3 encoder positions and 0 of 4 decoder/u);
    await user.click(screen.getByRole("button", { name: "Next step" }));
    expect(rec()).toMatch(/2 of 3 encoder positions and 0 of 4/u);
    expect(tf()).toMatch(/3 of 3 encoder positions and 4 of 4/u);
    await user.click(screen.getByRole("button", { name: "Last step" }));
    expect(rec()).toMatch(/after step 7: 3 of 3 encoder positions and 4 of 4/u);
  });

  it("rendering shows both sets of attention weights over the same source words", () => {
    render(<RecurrentVsTransformer />);
    for (const name of [/^α, the attention weights of the recurrent decoder/u, /^A, the cross-attention weights/u]) {
      const head = within(screen.getByRole("table", { name })).getAllByRole("columnheader").slice(1);
      expect(head.map((h) => h.textContent)).toEqual(["i", "love", "you"]);
    }
  });
});
