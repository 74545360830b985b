import { describe, expect, it } from "vitest";
import { migrateModelFile, MODEL_VERSION, serializeModel } from "../../src/model/index.ts";
import { lstmAttention } from "./bits.ts";

describe("migrateModelFile", () => {
  it("migrateModelFile(json) accepts version 1 as it is, in a new object", () => {
    const file = serializeModel(lstmAttention());
    const result = migrateModelFile(file);
    expect(result).toEqual({ ok: true, file });
    expect(result.ok && result.file).not.toBe(file);
    expect(MODEL_VERSION).toBe(1);
  });

  it("migrateModelFile(json) refuses a newer version with a message that says to update", () => {
    const result = migrateModelFile({ ...serializeModel(lstmAttention()), version: 3 });
    expect(result).toEqual({
      ok: false,
      errors: [{ path: "version", message: "version: expected at most 1, got 3: this file was written by a newer Seq2Seq Lab; open it there, or update this one" }],
    });
  });

  it("migrateModelFile(json) refuses a missing, fractional or zero version", () => {
    const { version: _v, ...rest } = serializeModel(lstmAttention());
    const message = (json: unknown) => {
      const r = migrateModelFile(json);
      return r.ok ? "" : r.errors[0]!.message;
    };
    expect(message(rest)).toBe("version: required");
    expect(message({ ...rest, version: 1.5 })).toBe("version: expected a whole number from 1 to 1, got 1.5");
    expect(message({ ...rest, version: 0 })).toBe("version: expected a whole number from 1 to 1, got 0");
  });

  it("migrateModelFile(json) refuses what is not a Seq2Seq Lab model file", () => {
    expect(migrateModelFile({ version: 1 })).toEqual({ ok: false, errors: [{ path: "format", message: "format: required; this does not look like a Seq2Seq Lab model file" }] });
    expect(migrateModelFile("x")).toEqual({ ok: false, errors: [{ path: "", message: 'model file: expected a JSON object, got "x"' }] });
  });
});
