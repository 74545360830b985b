// A model file as text that people can read and diff: objects indented, each vector and each matrix
// row on one line. Numbers are written in JavaScript's shortest round-trip form (and -0 as -0, which
// JSON.stringify would turn into 0), so parseModelText gives back every number bit for bit.

import type { ModelFileJson } from "./types.ts";

// The path is spelled out only for the error: building it for every number of a large model costs
// more than writing the number.
type Path = () => string;

function number(x: number, path: Path): string {
  if (!Number.isFinite(x)) throw new RangeError(`${path()}: ${x} cannot be written in JSON; check the model with validateModel first`);
  return Object.is(x, -0) ? "-0" : String(x);
}

function isNumberList(value: unknown[]): value is number[] {
  return value.every((x) => typeof x === "number");
}

function write(value: unknown, indent: string, path: Path): string {
  if (typeof value === "number") return number(value, path);
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (isNumberList(value)) return `[${value.map((x, i) => number(x, () => `${path()}[${i}]`)).join(", ")}]`;
    if (value.every((x) => typeof x === "string")) return JSON.stringify(value).replace(/","/g, '", "');
    return `[\n${value.map((x, i) => inner + write(x, inner, () => `${path()}[${i}]`)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, x]) => x !== undefined);
  if (entries.length === 0) return "{}";
  const body = entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, inner, () => (path() === "" ? k : `${path()}.${k}`))}`);
  return `{\n${body.join(",\n")}\n${indent}}`;
}

/** The text of a model file, ending in a newline. Throws RangeError on a NaN or ±Infinity. */
export function stringifyModelFile(file: ModelFileJson): string {
  return formatJson(file);
}

/** Any JSON-able value in the same layout (number arrays on one line), ending in a newline. */
export function formatJson(value: unknown): string {
  return `${write(value, "", () => "")}\n`;
}
