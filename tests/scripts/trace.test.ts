import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { forward } from "../../src/core/forward.ts";
import { parseModelText } from "../../src/model/index.ts";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { parseArgs } from "../../scripts/trace.ts";
import { refusal } from "../helpers/traceCli.ts";
import { fmtVec, toPlainJson } from "../../scripts/traceFormat.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const MODELS = join(ROOT, "tests", "fixtures", "models");
const GOOD = join(MODELS, "lstm-attention.json");

/** Runs `npx tsx scripts/trace.ts …` in the repository; npm's own notices are silenced. */
function trace(...args: string[]) {
  const r = spawnSync("npx", ["--no-install", "tsx", "scripts/trace.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, npm_config_loglevel: "error", NO_COLOR: "1" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectRefusal(result: ReturnType<typeof trace>, reason: string | RegExp) {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr.endsWith("\n")).toBe(true);
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  if (typeof reason === "string") expect(result.stderr).toBe(`trace: ${reason}\n`);
  else expect(result.stderr).toMatch(reason);
}

// Each case starts a Node process or several; the timeout only guards against a hang, it measures nothing.
describe("scripts/trace.ts as a child process", { timeout: 60_000 }, () => {
  it("trace --model FILE --input prints the trace as JSON, equal to forward's trace with plain arrays", () => {
    const r = trace("--model", GOOD, "--input", "I love you");
    expect([r.status, r.stderr]).toEqual([0, ""]);
    const parsed = parseModelText(readFileSync(GOOD, "utf8"));
    if (!parsed.ok) throw new Error("fixture should be valid");
    expect(JSON.parse(r.stdout)).toEqual(toPlainJson(forward(parsed.model, "I love you")));
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(["H", "model", "output", "source", "steps", "strategy"]);
  });

  it("trace --format table prints a header, one line per step and the output", () => {
    const r = trace("--model", GOOD, "--input", "I love you", "--format", "table", "--target", "Je t'aime");
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("model: LSTM with dot attention (lstm → lstm, attention, dot, previous query)");
    expect(lines[1]).toBe("source: i love you");
    expect(lines.slice(3).map((l) => l.split(/\s+/)[0])).toEqual(["enc.f.1", "enc.f.2", "enc.f.3", "ctx", "dec.1", "dec.2", "dec.3", "dec.4", "output:"]);
    expect(lines[7]).toMatch(/^dec\.1 +je +y_prev=<sos> +alpha=\[ ?-?\d\.\d{4}, .*forced$/);
    expect(lines.at(-1)).toMatch(/^output: je t'aime \(stop: eos, log P = -\d\.\d{4}\)$/);
  });

  it("trace exits with status 2 and one line naming the path when the model file is wrongly shaped", () => {
    expectRefusal(trace("--model", join(MODELS, "bad-shape.json"), "--input", "I love you"), "decoder.weights.W_f: expected 4×11, got 4×10");
  });

  it("trace exits with status 2 and one line for a missing file and an empty input", () => {
    expectRefusal(trace("--model", "no/such.json", "--input", "hi"), "cannot read no/such.json: no such file");
    expectRefusal(trace("--model", GOOD, "--input", "   "), "--input is empty; give a sentence to translate");
  });

  it("trace --model /dev/zero refuses the device at once instead of reading it forever", () => {
    expectRefusal(trace("--model", "/dev/zero", "--input", "hi"), "cannot read /dev/zero: it is not a regular file (a device, a pipe or a socket); give a model file");
  });

  it("trace of finite weights whose forward pass overflows exits 2 with one line naming the step and the quantity, in both formats", () => {
    const dir = mkdtempSync(join(tmpdir(), "trace-"));
    try {
      writeFileSync(join(dir, "huge.json"), JSON.stringify(overflowing()));
      for (const format of ["json", "table"]) {
        expectRefusal(trace("--model", join(dir, "huge.json"), "--input", "I love you", "--format", format), /^trace: the numbers leave the finite range at step dec\.1: logits\[\d+\] is (-?Infinity|NaN) \(dec\.1\.logits, formula out\.logits\); the weights are too large for float64, so no trace is printed\n$/u);
      }
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

/** The fixture with an output layer of ±1e308 and biases of 1.7e308: finite, valid, and every logit overflows. */
function overflowing(): Record<string, unknown> {
  const file = JSON.parse(readFileSync(GOOD, "utf8"));
  const parsed = parseModelText(readFileSync(GOOD, "utf8"));
  if (!parsed.ok) throw new Error("fixture should be valid");
  const first = forward(parsed.model, "I love you").steps.find((s) => s.kind === "decoder");
  if (first?.kind !== "decoder") throw new Error("unreachable");
  file.decoder.output.W_out = file.decoder.output.W_out.map((row: number[]) => row.map((_x, j) => Math.sign(first.readout[j]!) * 1e308));
  file.decoder.output.b_out = file.decoder.output.b_out.map(() => 1.7e308);
  return file;
}

describe("runTrace(argv) reasons to stop", () => {
  it("runTrace(argv) refuses 1e999, a JSON syntax error and a newer version with status 2", () => {
    expect(refusal("--model", join(MODELS, "bad-infinity.json"), "--input", "i")).toEqual([2, "decoder.output.b_out[0]: expected a finite number, got Infinity"]);
    expect(refusal("--model", join(MODELS, "bad-syntax.json"), "--input", "i")).toEqual([2, "model file: not valid JSON: line 4, column 3: expected ',' or '}' after a property value, got \"\\\"\""]);
    expect(refusal("--model", join(MODELS, "bad-version.json"), "--input", "i")[1]).toMatch(/^version: expected at most 1, got 2/);
  });

  it("runTrace(argv) refuses a bad flag, a bad format and an input with no words with status 2", () => {
    expect(refusal("--model", GOOD, "--input", "hi", "--colour")).toEqual([2, "unknown flag --colour; expected --model, --input, --format, --target, --decode, --beam, --alpha, --temperature, --top-k, --top-p, --seed"]);
    expect(refusal("--model", GOOD, "--input", "hi", "--format", "xml")).toEqual([2, '--format must be json or table, got "xml"']);
    expect(refusal("--model", GOOD, "--input", "?!")).toEqual([2, "input: expected at least one word"]);
  });

  it("runTrace(argv) refuses a model file nested 100,000 levels deep as too deep, not with a stack overflow", () => {
    const dir = mkdtempSync(join(tmpdir(), "trace-"));
    try {
      writeFileSync(join(dir, "deep.json"), `${"[".repeat(100_000)}${"]".repeat(100_000)}`);
      expect(refusal("--model", join(dir, "deep.json"), "--input", "i")).toEqual([2, "model file: nested too deeply (more than 64 levels of arrays and objects)"]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it("runTrace(argv) counts the errors it does not print", () => {
    const dir = mkdtempSync(join(tmpdir(), "trace-"));
    const file = JSON.parse(readFileSync(GOOD, "utf8"));
    file.encoder.hidden = 0;
    file.decoder.cell = "lstn";
    try {
      writeFileSync(join(dir, "m.json"), JSON.stringify(file));
      expect(refusal("--model", join(dir, "m.json"), "--input", "i")).toEqual([2, "encoder.hidden: expected an integer from 1 to 512, got 0 (and 1 more error)"]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe("trace's helpers", () => {
  it("parseArgs(argv) reads --flag value and --flag=value, with json as the default format", () => {
    expect(parseArgs(["--model=m.json", "--input", "I love you"])).toEqual({ model: "m.json", input: "I love you", format: "json" });
    expect(parseArgs(["--input", "x", "--model", "m", "--target", "y", "--format", "table"])).toEqual({ model: "m", input: "x", format: "table", target: "y" });
    expect(parseArgs(["--help"])).toBe("help");
  });

  it("parseArgs(argv) refuses a missing value, a repeated flag and a stray argument", () => {
    expect(() => parseArgs(["--model"])).toThrow("--model needs a value");
    expect(() => parseArgs(["--model", "a", "--model", "b"])).toThrow("--model is given twice");
    expect(() => parseArgs(["m.json"])).toThrow(/^unexpected argument "m.json"/);
    expect(() => parseArgs(["--input", "x"])).toThrow(/^--model FILE is required/);
  });

  it("toPlainJson(value) turns Float64Arrays into arrays, sorts keys and drops undefined fields", () => {
    expect(JSON.stringify(toPlainJson({ b: new Float64Array([1, 2]), a: { d: undefined, c: [new Float64Array([3])] } }))).toBe('{"a":{"c":[[3]]},"b":[1,2]}');
  });

  it("toPlainJson(value) writes NaN and ±Infinity as the strings JavaScript's Number() reads back", () => {
    const plain = toPlainJson({ v: new Float64Array([1, NaN, Infinity, -Infinity]), x: -Infinity }) as { v: unknown[]; x: unknown };
    expect(plain).toEqual({ v: [1, "NaN", "Infinity", "-Infinity"], x: "-Infinity" });
    expect(plain.v.map(Number)).toEqual([1, NaN, Infinity, -Infinity]);
  });

  it("fmtVec(v) writes 4 decimals with room for the sign", () => {
    expect(fmtVec([0.5, -1 / 3, 2])).toBe("[ 0.5000, -0.3333,  2.0000]");
  });
});
