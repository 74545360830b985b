import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createModel } from "../../src/core/init.ts";
import { createRng } from "../../src/core/rng.ts";
import { parseModel, serializeModel, validateModel } from "../../src/model/index.ts";
import { configGrid } from "./bits.ts";

type Node = { parent: Record<string | number, unknown>; key: string | number; path: string };

const KINDS = ["delete", "string", "grow", "shrink", "infinity", "nan", "null", "object"] as const;
type Kind = (typeof KINDS)[number];

const grid = configGrid();
const BASES = [grid[0]!, grid[13]!, grid[grid.length - 1]!, grid[40]!].map((c) => serializeModel(createModel(c, createRng(3))));

/** Every key and array slot of a JSON value, with its path as the errors spell it. */
function nodes(value: unknown, path = "", out: Node[] = []): Node[] {
  if (value === null || typeof value !== "object") return out;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const childPath = typeof key === "number" ? `${path}[${key}]` : path === "" ? key : `${path}.${key}`;
    out.push({ parent: value as Record<string | number, unknown>, key, path: childPath });
    nodes(child, childPath, out);
  }
  return out;
}

function mutate(node: Node, kind: Kind): void {
  const { parent, key } = node;
  const value = parent[key];
  const array = Array.isArray(parent);
  switch (kind) {
    case "delete":
      if (array) (parent as unknown as unknown[]).splice(key as number, 1);
      else delete parent[key];
      return;
    case "string":
      parent[key] = "x";
      return;
    case "grow":
      parent[key] = Array.isArray(value) ? [...value, value[value.length - 1] ?? 0] : [value, value];
      return;
    case "shrink":
      parent[key] = Array.isArray(value) ? value.slice(0, -1) : [];
      return;
    case "infinity":
      parent[key] = JSON.parse("1e999");
      return;
    case "nan":
      parent[key] = NaN;
      return;
    case "null":
      parent[key] = null;
      return;
    case "object":
      parent[key] = {};
      return;
  }
}

const mutation = fc.record({ base: fc.nat(BASES.length - 1), at: fc.nat(), kind: fc.constantFrom(...KINDS) });

/** Each error a one-line sentence that starts with its path. */
function wellFormed(errors: readonly { path: string; message: string }[]): boolean {
  return errors.length > 0 && errors.every((e) => e.message.startsWith(`${e.path === "" ? "model file" : e.path}: `) && e.message.length > e.path.length + 2 && !e.message.includes("\n"));
}

describe("parseModel(json) under random mutations of a valid file (fast-check)", () => {
  it("parseModel(json) never throws and every error is a non-empty one-line sentence that names its path", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (changes) => {
        const file = structuredClone(BASES[changes[0]!.base]!);
        for (const { at, kind } of changes) {
          const all = nodes(file);
          if (all.length > 0) mutate(all[at % all.length]!, kind);
        }
        const result = parseModel(file);
        return result.ok || wellFormed(result.errors);
      }),
      { numRuns: 400 },
    );
  });

  it("parseModel(json) always refuses a broken parameter entry and names that parameter", () => {
    const paramPath = /^(source|target)\.embeddings|^(encoder|decoder)\.(weights|backwardWeights|attention\.weights|output)\.\w+/;
    fc.assert(
      fc.property(mutation.filter((m) => m.kind !== "object"), ({ base, at, kind }) => {
        const file = structuredClone(BASES[base]!);
        const numbers = nodes(file).filter((n) => typeof n.parent[n.key] === "number" && /\]$/.test(n.path) && paramPath.test(n.path));
        const node = numbers[at % numbers.length]!;
        mutate(node, kind);
        const result = parseModel(file);
        if (result.ok) return false;
        const param = node.path.match(paramPath)![0];
        return wellFormed(result.errors) && result.errors.some((e) => e.path.startsWith(param));
      }),
      { numRuns: 300 },
    );
  });

  it("parseModel(json) and validateModel(model) never throw on arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = parseModel(json);
        return !result.ok && wellFormed(result.errors);
      }),
      { numRuns: 200 },
    );
    const result = parseModel(BASES[0]);
    expect(result.ok && validateModel(result.model)).toEqual([]);
  });
});
