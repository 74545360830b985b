// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ErrorBoundary } from "../../../src/ui/components/ErrorBoundary.tsx";
import { renderApp } from "./appHarness.tsx";

// React reports every error a boundary catches on console.error; here those errors are expected.
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

let broken = true;
function Fragile() {
  if (broken) throw new Error("the trace has no step 7");
  return <p>The picture</p>;
}

describe("ErrorBoundary", () => {
  it("a child that throws is replaced by an alert with the error's message and a Try again button", () => {
    broken = true;
    render(
      <ErrorBoundary what="this figure">
        <Fragile />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Something went wrong in this figure.");
    expect(alert.textContent).toContain("the trace has no step 7");
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeTruthy();
    expect(screen.queryByText("The picture")).toBeNull();
  });

  it("clicking Try again calls onReset and renders the children afresh", async () => {
    broken = true;
    const onReset = vi.fn();
    render(
      <ErrorBoundary what="this figure" onReset={onReset}>
        <Fragile />
      </ErrorBoundary>,
    );
    broken = false;
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(onReset).toHaveBeenCalledOnce();
    expect(screen.getByText("The picture")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("a child that throws something other than an Error still gets a notice", () => {
    function ThrowsText(): never {
      throw "plain text";
    }
    render(
      <ErrorBoundary what="this lesson">
        <ThrowsText />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert").textContent).toContain("plain text");
  });

  it("a player that throws inside a lesson shows the notice while the lesson's title and prose stay", async () => {
    function BrokenPlayer(): never {
      throw new Error("no model loaded");
    }
    const app = await renderApp({ hash: "#/lesson/first-steps", Player: BrokenPlayer });
    try {
      const alert = await screen.findByRole("alert");
      expect(alert.textContent).toContain("Something went wrong in this figure.");
      expect(alert.textContent).toContain("no model loaded");
      expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("First steps");
      expect(screen.getByText(/An encoder reads/)).toBeTruthy();
    } finally {
      app.unmount();
    }
  });
});
