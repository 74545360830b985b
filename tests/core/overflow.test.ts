import { describe, expect, it } from "vitest";
import { traceEntries } from "../../src/core/entries.ts";
import { forward } from "../../src/core/forward.ts";
import { firstNonFinite } from "../../src/core/overflow.ts";
import { demoModel } from "../../src/model/defaults.ts";

const choice = { cell: "lstm", variant: "attention", score: "dot", query: "previous", bidirectional: false } as const;

describe("firstNonFinite", () => {
  it("firstNonFinite(trace) is null for a trace of ordinary weights", () => {
    expect(firstNonFinite(forward(demoModel(choice, 1), "I love you"))).toBeNull();
  });

  it("firstNonFinite(trace) names the first entry, in reading order, that holds NaN or ±∞, and its position", () => {
    const trace = forward(demoModel(choice, 1), "I love you");
    const entries = traceEntries(trace);
    const target = entries.find((e) => e.id === "dec.1.logits")!;
    const later = entries.find((e) => e.id === "dec.2.p")!;
    (later.value as Float64Array)[0] = NaN;
    (target.value as Float64Array)[2] = -Infinity;
    expect(firstNonFinite(trace)).toEqual({ entry: target, index: 2, value: -Infinity });
  });
});
