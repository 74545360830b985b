// The trace CLI's decoding flags: --decode greedy|sample|beam with their parameters, output.logProb,
// beam search's hypotheses, the Transformer's model files, and a one-line refusal for every bad value.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beamSearch } from "../../src/core/beam.ts";
import { forward } from "../../src/core/forward.ts";
import { recurrentStepper } from "../../src/core/stepper.ts";
import { tokenize } from "../../src/core/tokenizer.ts";
import { transformerForward } from "../../src/core/transformer/forward.ts";
import { parseModelText } from "../../src/model/index.ts";
import { parseTransformerText } from "../../src/model/transformerFile.ts";
import { parseArgs, runTrace } from "../../scripts/trace.ts";
import { refusal } from "../helpers/traceCli.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const RNN = join(ROOT, "public", "models", "rnn-attention-general.json");
const TRANSFORMER = join(ROOT, "public", "models", "transformer-en-fr.json");
const rnn = (() => {
  const p = parseModelText(readFileSync(RNN, "utf8"));
  if (!p.ok) throw new Error("preset should be valid");
  return p.model;
})();

const json = (...argv: string[]) => JSON.parse(runTrace(argv));

describe("runTrace(argv) with --decode", () => {
  it("runTrace with --decode greedy prints output.logProb, the summed log p of the tokens and <eos>", () => {
    const out = json("--model", RNN, "--input", "The mouse loves her", "--decode", "greedy");
    expect(out.output.text).toBe("le chien l'aime");
    const steps = forward(rnn, "The mouse loves her").steps.flatMap((s) => (s.kind === "decoder" ? [Math.log(s.p[s.y]!)] : []));
    expect(steps).toHaveLength(5);
    expect(out.output.logProb).toBeCloseTo(steps.reduce((a, b) => a + b, 0), 12);
    expect(out.strategy).toEqual({ kind: "greedy" });
  });

  it("runTrace with --decode beam prints every step's hypotheses and the best as the output", () => {
    const out = json("--model", RNN, "--input", "The mouse loves her", "--decode", "beam", "--beam", "2", "--alpha", "0.5");
    const beam = beamSearch(recurrentStepper(rnn, tokenize("The mouse loves her", rnn.source.vocab)), { width: 2, alpha: 0.5 });
    expect(out.strategy).toEqual({ kind: "beam", width: 2, alpha: 0.5, maxLength: 12 });
    expect(out.steps).toHaveLength(beam.steps.length);
    expect(out.steps[0].hypotheses).toHaveLength(rnn.target.vocab.length);
    expect(out.steps[1].hypotheses.slice(0, 2).map((h: { tokens: string[]; status: string }) => [h.tokens.join(" "), h.status])).toEqual([
      ["le chien", "kept"],
      ["la souris", "kept"],
    ]);
    expect(out.output).toMatchObject({ text: "la souris l'aime", stop: "eos", length: 5 });
    expect(out.output.logProb).toBe(beam.best.logProb);
    expect(out.output.score).toBe(beam.best.logProb / Math.sqrt(5));
  });

  it("runTrace with --decode sample --top-k 1 writes greedy's sentence, and a seed repeats a draw", () => {
    const greedy = json("--model", RNN, "--input", "The mouse loves her").output;
    expect(json("--model", RNN, "--input", "The mouse loves her", "--decode", "sample", "--top-k", "1", "--seed", "9").output).toEqual(greedy);
    const a = runTrace(["--model", RNN, "--input", "The mouse loves her", "--decode", "sample", "--top-p", "0.9", "--temperature", "1.5", "--seed", "4"]);
    expect(runTrace(["--model", RNN, "--input", "The mouse loves her", "--decode", "sample", "--top-p", "0.9", "--temperature", "1.5", "--seed", "4"])).toBe(a);
    expect(JSON.parse(a).strategy).toEqual({ kind: "top-p", p: 0.9, temperature: 1.5, seed: 4 });
  });

  it("runTrace reads a Transformer model file: greedy like transformerForward, and beam search", () => {
    const p = parseTransformerText(readFileSync(TRANSFORMER, "utf8"));
    if (!p.ok) throw new Error("preset should be valid");
    const out = json("--model", TRANSFORMER, "--input", "I love you");
    expect(out.output).toEqual(JSON.parse(JSON.stringify(transformerForward(p.model, "I love you").output)));
    expect(out.output.text).toBe("je t'aime");
    expect(out.decoder[1].pass.layers[0].selfAttention.heads[0].mask.data[1]).toBe("-Infinity");
    const beam = json("--model", TRANSFORMER, "--input", "I love you", "--decode", "beam", "--beam", "1");
    expect(beam.output.logProb).toBe(out.output.logProb);
    const table = runTrace(["--model", TRANSFORMER, "--input", "I love you", "--format", "table"]).trimEnd().split("\n");
    expect(table[0]).toMatch(/^model: .*\(Transformer, d_model 8, 2 heads/);
    expect(table.at(-1)).toMatch(/^output: je t'aime \(stop: eos, log P = -0\.0\d{3}\)$/);
  });

  it("runTrace --decode beam --format table lists the live hypotheses with log P and score", () => {
    const lines = runTrace(["--model", RNN, "--input", "The mouse loves her", "--decode", "beam", "--beam", "2", "--format", "table"]).trimEnd().split("\n");
    expect(lines[2]).toBe("beam search: K = 2, α = 0, limit 12; score = log P / n^α");
    expect(lines).toContain("5   finished    -0.0001   -1.2676   -1.2676  la souris l' aime <eos>");
    expect(lines.at(-1)).toBe("output: la souris l'aime (stop: eos, log P = -1.2676, n = 5, score = -1.2676)");
  });
});

describe("runTrace(argv) refusals of decoding flags", () => {
  it("runTrace refuses K < 1, K above the vocabulary, α < 0, τ ≤ 0, top-p outside (0, 1] and top-k < 1 with status 2", () => {
    const base = ["--model", RNN, "--input", "I love you"];
    expect(refusal(...base, "--decode", "beam", "--beam", "0")).toEqual([2, '--beam must be a whole number ≥ 1, got "0"']);
    expect(refusal(...base, "--decode", "beam", "--beam", "2.5")).toEqual([2, '--beam must be a whole number ≥ 1, got "2.5"']);
    expect(refusal(...base, "--decode", "beam", "--beam", "46")).toEqual([2, "--beam 46 is above the target vocabulary's 45 tokens"]);
    expect(refusal(...base, "--decode", "beam", "--alpha", "-0.5")).toEqual([2, '--alpha must be a number ≥ 0, got "-0.5"']);
    expect(refusal(...base, "--decode", "sample", "--temperature", "0")).toEqual([2, '--temperature must be a number > 0, got "0"']);
    expect(refusal(...base, "--decode", "sample", "--temperature", "warm")).toEqual([2, '--temperature must be a number > 0, got "warm"']);
    expect(refusal(...base, "--decode", "sample", "--top-p", "0")).toEqual([2, '--top-p must be a number in (0, 1], got "0"']);
    expect(refusal(...base, "--decode", "sample", "--top-p", "1.2")).toEqual([2, '--top-p must be a number in (0, 1], got "1.2"']);
    expect(refusal(...base, "--decode", "sample", "--top-k", "0")).toEqual([2, '--top-k must be a whole number ≥ 1, got "0"']);
  });

  it("runTrace refuses flags that do not apply, two truncations at once and an unknown rule", () => {
    const base = ["--model", RNN, "--input", "I love you"];
    expect(refusal(...base, "--beam", "3")).toEqual([2, "--beam applies to --decode beam"]);
    expect(refusal(...base, "--decode", "greedy", "--seed", "3")).toEqual([2, "--seed applies to --decode sample"]);
    expect(refusal(...base, "--decode", "sample", "--top-k", "2", "--top-p", "0.5")).toEqual([2, "--top-k and --top-p are two rules; give one of them"]);
    expect(refusal(...base, "--decode", "top-k")).toEqual([2, '--decode must be greedy, sample or beam, got "top-k"']);
    expect(refusal(...base, "--decode", "beam", "--target", "je")).toEqual([2, "--target teacher-forces the decoder; leave out --decode"]);
    expect(refusal("--model", TRANSFORMER, "--input", "I love you", "--decode", "sample")).toEqual([2, "--decode sample: the Transformer decodes greedily or by beam search"]);
  });

  it("parseArgs reads --decode beam with K = 3 and α = 0 by default, and sampling's values as given", () => {
    expect(parseArgs(["--model", "m", "--input", "x", "--decode", "beam"])).toMatchObject({ decode: { kind: "beam", width: 3, alpha: 0 } });
    expect(parseArgs(["--model", "m", "--input", "x", "--decode=sample", "--top-k=4", "--seed", "-2"])).toMatchObject({ decode: { kind: "sample", topK: 4, seed: -2 } });
    expect(parseArgs(["--model", "m", "--input", "x"])).not.toHaveProperty("decode");
  });
});

// One child process: the exit status and the single stderr line come from main, not from runTrace alone.
describe("scripts/trace.ts --decode as a child process", { timeout: 60_000 }, () => {
  it("trace --decode beam --beam 0 exits with status 2 and one line on stderr", () => {
    const r = spawnSync("npx", ["--no-install", "tsx", "scripts/trace.ts", "--model", RNN, "--input", "hi", "--decode", "beam", "--beam", "0"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, npm_config_loglevel: "error", NO_COLOR: "1" },
    });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, "", 'trace: --beam must be a whole number ≥ 1, got "0"\n']);
  });
});
