// @vitest-environment jsdom
// What a picture off screen shows while the trace changes under it: the value it last showed, then
// the new one once the value has stood still for SETTLE_MS, or at once when it comes into view.
import { act, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SETTLE_MS, useHeldWhile, useOnScreenValue } from "../../../src/ui/player/useInView.ts";
import { renderHook } from "@testing-library/react";

/** A stand-in IntersectionObserver whose entries the test sends. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets: Element[] = [];
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.targets.push(el);
  }
  disconnect() {
    this.targets.length = 0;
  }
  static show(visible: boolean) {
    for (const o of FakeObserver.all) {
      const entries = o.targets.map((target) => ({ target, isIntersecting: visible }) as unknown as IntersectionObserverEntry);
      if (entries.length) o.callback(entries, o as unknown as IntersectionObserver);
    }
  }
}

function Probe({ value }: { value: number }) {
  const [el, setEl] = useState<HTMLElement | null>(null);
  const { shown, stale } = useOnScreenValue(value, el);
  return (
    <p ref={setEl} data-testid="probe" aria-busy={stale || undefined}>
      {shown}
    </p>
  );
}

const probe = () => screen.getByTestId("probe");

beforeEach(() => {
  FakeObserver.all = [];
  vi.stubGlobal("IntersectionObserver", FakeObserver);
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("useOnScreenValue", () => {
  it("on screen, shows each new value at once", () => {
    const { rerender } = render(<Probe value={1} />);
    act(() => FakeObserver.show(true));
    rerender(<Probe value={2} />);
    expect(probe().textContent).toBe("2");
    expect(probe().getAttribute("aria-busy")).toBeNull();
  });

  it("off screen, holds the last value while it keeps changing and catches up once it stands still", () => {
    const { rerender } = render(<Probe value={1} />);
    act(() => FakeObserver.show(false));
    for (const v of [2, 3, 4]) {
      rerender(<Probe value={v} />);
      act(() => vi.advanceTimersByTime(SETTLE_MS - 10));
      expect(probe().textContent).toBe("1");
      expect(probe().getAttribute("aria-busy")).toBe("true");
    }
    act(() => vi.advanceTimersByTime(10));
    expect(probe().textContent).toBe("4");
    expect(probe().getAttribute("aria-busy")).toBeNull();
  });

  it("shows the current value as soon as it comes back into view", () => {
    const { rerender } = render(<Probe value={1} />);
    act(() => FakeObserver.show(false));
    rerender(<Probe value={5} />);
    expect(probe().textContent).toBe("1");
    act(() => FakeObserver.show(true));
    expect(probe().textContent).toBe("5");
  });

  it("without an IntersectionObserver everything counts as on screen", () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    const { rerender } = render(<Probe value={1} />);
    rerender(<Probe value={7} />);
    expect(probe().textContent).toBe("7");
  });
});

describe("useHeldWhile (the page behind a presentation)", () => {
  it("passes the value on, holds the one it had when holding began, and catches up when holding ends", () => {
    const { result, rerender } = renderHook(({ value, hold }) => useHeldWhile(value, hold), { initialProps: { value: 1, hold: false } });
    expect(result.current).toBe(1);
    rerender({ value: 2, hold: false });
    expect(result.current).toBe(2);
    rerender({ value: 2, hold: true });
    rerender({ value: 3, hold: true });
    rerender({ value: 4, hold: true });
    expect(result.current, "held while presenting").toBe(2);
    rerender({ value: 5, hold: false });
    expect(result.current).toBe(5);
    rerender({ value: 6, hold: true });
    rerender({ value: 7, hold: true });
    expect(result.current, "a second presentation holds its own starting value").toBe(6);
  });
});
