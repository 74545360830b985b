// @vitest-environment jsdom
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { Seed003Example } from "../../../src/ui/player/index.ts";
import { KATEX_WAIT } from "./helpers.ts";

// Rendering the player in jsdom is slow on a busy shared machine; this is a ceiling, not a timing check.
vi.setConfig({ testTimeout: 20_000 });

const output = () => screen.getByLabelText("Program output").textContent ?? "";
const formulas = () => screen.getByRole("group", { name: "The example's formulas with these numbers" });

describe("Seed003Example", () => {
  it("rendering the example shows seed 003's weights α = 0.3775… and 0.6224… and its program's output", async () => {
    render(<Seed003Example />);
    expect(output()).toBe(
      ["Encoder outputs: [[1, 3], [2, 4]]", "Decoder state: [0.0, 0.5]", "Attention weights: [0.3775406687981454, 0.6224593312018546]", "Context vector: [1.6224593312018545, 3.6224593312018545]"].join("\n"),
    );
    await waitFor(() => expect(formulas().querySelector(".katex")).not.toBeNull(), KATEX_WAIT);
    expect(formulas().textContent).toContain("(0.3775,\\,0.6225)");
    expect(formulas().textContent).toContain("(1.6225,\\,3.6225)");
  });

  it("typing abc into a field refuses it with a message and keeps the old value", async () => {
    const user = userEvent.setup();
    render(<Seed003Example />);
    const field = screen.getByRole("textbox", { name: "x₁, entry 1" });
    await user.clear(field);
    await user.type(field, "abc");
    expect(screen.getByRole("alert").textContent).toBe("“abc” is not a number. Still using 1.");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(output()).toContain("Attention weights: [0.3775406687981454, 0.6224593312018546]");
  });

  it("typing NaN or an empty field refuses it, and a number afterwards is used", async () => {
    const user = userEvent.setup();
    render(<Seed003Example />);
    const field = screen.getByRole("textbox", { name: "W_dec, row 1, column 2" });
    await user.clear(field);
    expect(screen.getByRole("alert").textContent).toMatch(/empty.*Still using -1\./u);
    await user.type(field, "NaN");
    expect(screen.getByRole("alert").textContent).toBe("NaN is not a finite number, and every step of the example needs one. Still using -1.");
    expect(output()).toContain("Decoder state: [0.0, 0.5]");
    await user.clear(field);
    await user.type(field, "0");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(output()).toContain("Decoder state: [0.5, 0.5]");
  });

  it("pressing Reset brings back the seed's numbers in every field", async () => {
    const user = userEvent.setup();
    render(<Seed003Example />);
    const field = screen.getByRole("textbox", { name: "y₀, entry 2" });
    await user.clear(field);
    await user.type(field, "3");
    // 0 * 0.5 is the float 0.0, so the second entry is 3.0 even though 3 was typed as an int.
    expect(output()).toContain("Decoder state: [-2.5, 3.0]");
    await user.click(screen.getByRole("button", { name: "Reset to the seed's numbers" }));
    expect((screen.getByRole("textbox", { name: "y₀, entry 2" }) as HTMLInputElement).value).toBe("0.5");
    expect(output()).toContain("Decoder state: [0.0, 0.5]");
  });

  it("typing a score too large for math.exp shows Python's OverflowError", async () => {
    const user = userEvent.setup();
    render(<Seed003Example />);
    const field = screen.getByRole("textbox", { name: "x₁, entry 1" });
    await user.clear(field);
    await user.type(field, "1000");
    expect(output()).toMatch(/OverflowError: math range error$/u);
    expect(screen.getByText(/The program stops/u)).toBeTruthy();
  });
});
