// @vitest-environment jsdom
// The cursor by name: a step id in the store (a link's `step=dec.2`) is placed on that step of the
// trace, waits while the trace lacks it, and the id of the step on screen is written back once the
// reader moves (none on the first step); an index alone (an older link) is kept and then named.
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { forward } from "../../../src/core/forward.ts";
import type { Trace } from "../../../src/core/trace.ts";
import { demoModel } from "../../../src/model/defaults.ts";
import { useStepId } from "../../../src/ui/player/useStepId.ts";
import { createPlayerStore, DEFAULT_PLAYER } from "../../../src/ui/playerStore.ts";

const trace = forward(demoModel(DEFAULT_PLAYER.choice), "I love you");
const ids = trace.steps.map((s) => s.id);

function mount(initial: Parameters<typeof createPlayerStore>[0], t: Trace | null = trace) {
  const store = createPlayerStore(initial);
  const hook = renderHook(({ tr }) => useStepId(store, tr), { initialProps: { tr: t } });
  return { store, hook };
}

describe("useStepId(store, trace)", () => {
  it("places a link's step id on that step, whatever the cursor was", () => {
    const { store } = mount({ step: 0, stepId: "dec.2" });
    expect(store.getState().step).toBe(ids.indexOf("dec.2"));
    expect(store.getState().stepId).toBe("dec.2");
  });

  it("names the step on screen once the reader moves the cursor, and names nothing on the first step", () => {
    const { store } = mount({});
    expect(store.getState().stepId).toBeNull();
    act(() => store.getState().setStep(ids.indexOf("ctx")));
    expect(store.getState().stepId).toBe("ctx");
    act(() => store.getState().setStep(0));
    expect(store.getState().stepId).toBeNull();
  });

  it("keeps an older link's index and names it", () => {
    const { store } = mount({ step: 4, stepId: null });
    expect(store.getState().step).toBe(4);
    expect(store.getState().stepId).toBe(ids[4]);
  });

  it("lets an id the trace lacks wait (the address keeps it) and places it when a trace that has it arrives", () => {
    const short = { ...trace, steps: trace.steps.filter((s) => s.id !== "dec.3" && s.id !== "dec.4") } as Trace;
    const { store, hook } = mount({ step: 0, stepId: "dec.3" }, short);
    expect(store.getState()).toMatchObject({ step: 0, stepId: "dec.3" });
    hook.rerender({ tr: trace });
    expect(store.getState()).toMatchObject({ step: ids.indexOf("dec.3"), stepId: "dec.3" });
  });

  it("keeps the step named when an edit changes the trace's length: the cursor follows the id", () => {
    const bi = forward(demoModel({ ...DEFAULT_PLAYER.choice, bidirectional: true }), "I love you");
    const { store, hook } = mount({});
    act(() => store.getState().setStep(ids.indexOf("dec.1")));
    hook.rerender({ tr: bi });
    expect(store.getState().step).toBe(bi.steps.findIndex((s) => s.id === "dec.1"));
    expect(store.getState().step).not.toBe(ids.indexOf("dec.1"));
  });
});
