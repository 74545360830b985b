import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { forward } from "../../src/core/forward.ts";
import { parseModelText } from "../../src/model/index.ts";

const DOC = readFileSync(join(import.meta.dirname, "..", "..", "docs", "model-format.md"), "utf8");

describe("docs/model-format.md", () => {
  it("parseModelText(the example in docs/model-format.md) gives a model that translates hello into salut", () => {
    const json = DOC.match(/```json\n([\s\S]*?)\n```/)?.[1];
    expect(json).toBeDefined();
    const result = parseModelText(json!);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
    expect(forward(result.model, "hello").output).toMatchObject({ text: "salut", stop: "eos" });
  });
});
