// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { Aside, asideLabel } from "../../../src/ui/components/Aside.tsx";

describe("Aside", () => {
  it("asideLabel(kind, seed) names each kind, padding the seed to three digits", () => {
    expect(asideLabel("source", "000")).toBe("In the source (seed 000)");
    expect(asideLabel("source", 2)).toBe("In the source (seed 002)");
    expect(asideLabel("source")).toBe("In the source");
    expect(asideLabel("slip", "001")).toBe("A slip in the source");
    expect(asideLabel("note")).toBe("Note");
  });

  it("rendering an Aside gives a note named by its visible label", () => {
    render(
      <Aside kind="slip" seed="001">
        <p>t where t′ was meant</p>
      </Aside>,
    );
    const note = screen.getByRole("note", { name: "A slip in the source" });
    expect(note.textContent).toContain("t where t′ was meant");
  });

  it("rendering an Aside of an unknown kind or no kind falls back to a Note; a title replaces the label", () => {
    render(
      <>
        <Aside kind={"warning" as never}>one</Aside>
        <Aside>two</Aside>
        <Aside title="Why tanh?">three</Aside>
      </>,
    );
    expect(screen.getAllByRole("note", { name: "Note" })).toHaveLength(2);
    expect(screen.getByRole("note", { name: "Why tanh?" }).textContent).toContain("three");
  });
});
