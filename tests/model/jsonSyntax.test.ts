import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findJsonSyntaxError } from "../../src/model/jsonSyntax.ts";

describe("findJsonSyntaxError", () => {
  it("findJsonSyntaxError(text) finds nothing wrong with well-formed JSON, including 1e999", () => {
    for (const text of ['{"a": [1, -2.5e-3, 1e999], "b": {"c": null, "d": true, "e": false}}', '"\\u00e9\\n"', " [ ] ", "-0"]) {
      expect(findJsonSyntaxError(text), text).toBeUndefined();
    }
  });

  it("findJsonSyntaxError(text) agrees with JSON.parse on any JSON that JSON.stringify writes (fast-check)", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => findJsonSyntaxError(JSON.stringify(value, null, 1)) === undefined));
  });

  it("findJsonSyntaxError(text) gives the line and column of a trailing comma, a missing comma and a missing colon", () => {
    expect(findJsonSyntaxError('{\n  "a": 1,\n}')).toEqual({ line: 3, column: 1, reason: 'expected a property name in double quotes, got "}"' });
    expect(findJsonSyntaxError('{"a": 1 "b": 2}')).toEqual({ line: 1, column: 9, reason: "expected ',' or '}' after a property value, got \"\\\"\"" });
    expect(findJsonSyntaxError('{"a" 1}')).toEqual({ line: 1, column: 6, reason: "expected ':' after a property name, got \"1\"" });
    expect(findJsonSyntaxError("[1, 2,]")).toEqual({ line: 1, column: 7, reason: 'expected a value (object, array, string, number, true, false or null), got "]"' });
  });

  it("findJsonSyntaxError(text) reports what JSON does not allow: NaN, single quotes, leading zeros, text after the value", () => {
    expect(findJsonSyntaxError("[NaN]")?.column).toBe(2);
    expect(findJsonSyntaxError("{'a': 1}")?.reason).toBe("expected a property name in double quotes, got \"'\"");
    expect(findJsonSyntaxError("[01]")).toEqual({ line: 1, column: 3, reason: "expected ',' or ']' after an array element, got \"1\"" });
    expect(findJsonSyntaxError("{} {}")?.reason).toBe('expected the end of the text after the JSON value, got "{"');
    expect(findJsonSyntaxError('"a\tb"')?.reason).toMatch(/control character/);
    expect(findJsonSyntaxError('"\\x"')?.reason).toMatch(/expected an escape/);
  });

  it("findJsonSyntaxError(text) reports the end of a truncated text", () => {
    expect(findJsonSyntaxError('{"a": [1,\n 2')).toEqual({ line: 2, column: 3, reason: "unexpected end of the text" });
    expect(findJsonSyntaxError("")).toEqual({ line: 1, column: 1, reason: "unexpected end of the text" });
  });

  it("findJsonSyntaxError(text) finds an error wherever JSON.parse throws on a corrupted text (fast-check)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.constantFrom("", ",", "}", "]", '"', ":", "x"), (value, at, insert) => {
        const text = JSON.stringify(value) ?? "null";
        const i = at % (text.length + 1);
        const corrupted = text.slice(0, i) + insert + text.slice(i);
        let throws = false;
        try {
          JSON.parse(corrupted);
        } catch {
          throws = true;
        }
        return throws === (findJsonSyntaxError(corrupted) !== undefined);
      }),
      { numRuns: 500 },
    );
  });
});
