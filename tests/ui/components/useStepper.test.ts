// @vitest-environment jsdom
// The one stepper hook: local state when the caller holds nothing, the caller's cursor and playback
// when it does; the same rules either way.
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { useStepper, type StepperSource } from "../../../src/ui/components/useStepper.ts";
import { createPlayerStore } from "../../../src/ui/playerStore.ts";
import { useStoreStepper } from "../../../src/ui/player/usePlayback.ts";

describe("useStepper(count, source)", () => {
  it("with local state: moving by hand is clamped to the steps and pauses, and play at the last step starts from the first", () => {
    const { result } = renderHook(() => useStepper(4, { initialSpeed: 0.5 }));
    expect(result.current).toMatchObject({ step: 0, count: 4, playing: false, speed: 0.5 });
    act(() => result.current.togglePlay());
    expect(result.current.playing).toBe(true);
    act(() => result.current.go(9));
    expect(result.current).toMatchObject({ step: 3, playing: false });
    act(() => result.current.togglePlay());
    expect(result.current).toMatchObject({ step: 0, playing: true });
    act(() => result.current.go(-2));
    expect(result.current).toMatchObject({ step: 0, playing: false });
    act(() => result.current.setSpeed(2));
    expect(result.current.speed).toBe(2);
  });

  it("playback moves one step at a time and stops at the last", () => {
    vi.useFakeTimers();
    try {
      const { result } = renderHook(() => useStepper(3));
      act(() => result.current.togglePlay());
      act(() => void vi.advanceTimersByTime(1000));
      expect(result.current.step).toBe(1);
      act(() => void vi.advanceTimersByTime(1000));
      expect(result.current.step).toBe(2);
      act(() => void vi.advanceTimersByTime(1000));
      expect(result.current).toMatchObject({ step: 2, playing: false });
    } finally {
      vi.useRealTimers();
    }
  });

  it("a caller's cursor is shown within the steps and every move goes through its setCursor", () => {
    const moves: number[] = [];
    const source: StepperSource = { cursor: 7, setCursor: (s) => moves.push(s) };
    const { result } = renderHook(() => useStepper(5, source));
    expect(result.current.step).toBe(4);
    act(() => result.current.togglePlay());
    expect(moves).toEqual([0]);
    act(() => result.current.go(2));
    expect(moves).toEqual([0, 2]);
    expect(result.current.playing).toBe(false);
  });

  it("the player store's stepper reads and writes the store: play at the last step starts over, a move by hand pauses", () => {
    const store = createPlayerStore({ step: 5, stepId: "dec.2" });
    const { result } = renderHook(() => useStoreStepper(store, Math.min(store.getState().step, 5), 5));
    act(() => result.current.togglePlay());
    expect(store.getState()).toMatchObject({ step: 0, stepId: null, playing: true });
    act(() => result.current.go(3));
    expect(store.getState()).toMatchObject({ step: 3, playing: false });
    act(() => result.current.setSpeed(4));
    expect(store.getState().speed).toBe(4);
  });
});
