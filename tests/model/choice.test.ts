// readChoiceFields is the one reader of a ModelChoice from text (URL, widget props, preset index).

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHOICE_FIELDS, readChoiceFields, readFlag, sameChoice } from "../../src/model/choice.ts";
import type { ModelChoice } from "../../src/model/defaults.ts";

describe("readChoiceFields", () => {
  it("reads every given field and leaves out the fields not given (undefined or null)", () => {
    expect(readChoiceFields({ cell: "gru-reset-after", variant: "attention", score: "additive", query: "current", bidirectional: "1" })).toEqual({
      choice: { cell: "gru-reset-after", variant: "attention", score: "additive", query: "current", bidirectional: true },
      problems: [],
    });
    expect(readChoiceFields({ cell: null, variant: undefined, bidirectional: false })).toEqual({ choice: { bidirectional: false }, problems: [] });
  });

  it("names each field it could not read, with the value as text and what the field may be", () => {
    const { choice, problems } = readChoiceFields({ cell: "LSTM", score: 3, bidirectional: "yes", query: "previous" });
    expect(choice).toEqual({ query: "previous" });
    expect(problems).toEqual([
      { field: "cell", value: "LSTM", allowed: CHOICE_FIELDS.cell },
      { field: "score", value: "3", allowed: CHOICE_FIELDS.score },
      { field: "bidirectional", value: "yes", allowed: ["true", "false"] },
    ]);
  });

  it("readFlag reads true/false as booleans, words and 1/0, and nothing else", () => {
    for (const yes of [true, "true", "1"]) expect(readFlag(yes)).toBe(true);
    for (const no of [false, "false", "0"]) expect(readFlag(no)).toBe(false);
    for (const other of ["yes", 1, 0, "", "TRUE", null]) expect(readFlag(other)).toBeUndefined();
  });

  it("any choice written as text reads back as itself (property over every combination)", () => {
    const choiceArb = fc.record({
      cell: fc.constantFrom(...CHOICE_FIELDS.cell),
      variant: fc.constantFrom(...CHOICE_FIELDS.variant),
      score: fc.constantFrom(...CHOICE_FIELDS.score),
      query: fc.constantFrom(...CHOICE_FIELDS.query),
      bidirectional: fc.boolean(),
    });
    fc.assert(
      fc.property(choiceArb, (c: ModelChoice) => {
        const read = readChoiceFields({ ...c, bidirectional: String(c.bidirectional) });
        expect(read.problems).toEqual([]);
        expect(sameChoice(read.choice as ModelChoice, c)).toBe(true);
        expect(read.choice).toEqual(c);
      }),
    );
  });
});
