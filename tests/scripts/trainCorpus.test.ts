import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseModelText } from "../../src/model/index.ts";
import { corpusMain, parseCorpusArgs, readCorpusFile, trainOnCorpus } from "../../scripts/trainCorpus.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURE = join(ROOT, "tests", "fixtures", "corpus", "tiny-en-fr.tsv");
const dir = mkdtempSync(join(tmpdir(), "train-corpus-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(argv: string[]) {
  const files = new Map<string, string>();
  const out: string[] = [];
  const err: string[] = [];
  const code = corpusMain(argv, (p, t) => files.set(p, t), (l) => out.push(l), (l) => err.push(l));
  return { code, files, out, err };
}

describe("npm run train -- --corpus", { timeout: 60_000 }, () => {
  it("corpusMain trains on a TSV fixture, writes a model file that validates, and reports held-out exact match and BLEU", () => {
    const r = run(["--corpus", FIXTURE, "--epochs", "3", "--out", "model.json", "--cell", "gru-reset-after", "--score", "dot"]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out.slice(0, 3).map((l) => l.replace(/[\d.]+/g, "#"))).toEqual(["  epoch #: loss #, train accuracy # %", "  epoch #: loss #, train accuracy # %", "  epoch #: loss #, train accuracy # %"]);
    expect(r.out.at(-2)).toBe("tiny-en-fr.tsv: 21 training and 2 held-out pairs (23 read, 0 too long, 0 over the limit); vocabularies 19 and 21");
    expect(r.out.at(-1)).toMatch(/^3 epochs, train accuracy \d+\.\d %; held-out exact match \d+\.\d %, BLEU \d+\.\d → model\.json$/);
    const parsed = parseModelText(r.files.get("model.json")!);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join("; "));
    expect(parsed.model.decoder.cell).toBe("gru-reset-after");
    expect(parsed.model.decoder.attention?.score).toBe("dot");
    expect(parsed.model.target.vocab).toContain("oiseau");
    expect(parsed.model.meta).toMatchObject({ trained: true, training: { corpus: "tiny-en-fr.tsv", epochs: 3, train: 21, heldOut: 2 } });
    expect(typeof parsed.model.meta?.heldOutBleu).toBe("number");
  });

  it("trainOnCorpus is deterministic: the same flags give the same weights", () => {
    const args = parseCorpusArgs(["--corpus", FIXTURE, "--out", "x", "--epochs", "2"]);
    const bytes = readCorpusFile(FIXTURE);
    const a = trainOnCorpus(bytes, "f", args);
    const b = trainOnCorpus(bytes, "f", args);
    expect(a.model).toEqual(b.model);
    expect(a.trainAccuracy).toBe(b.trainAccuracy);
    expect(a.heldOut.bleu).toEqual(b.heldOut.bleu);
  });

  it("corpusMain refuses a bad flag and a bad file with one line and exit code 2, writing nothing", () => {
    const bad = run(["--corpus", FIXTURE, "--out", "m.json", "--epochs", "0"]);
    expect([bad.code, bad.err, bad.files.size]).toEqual([2, ['train: --epochs must be a whole number from 1 to 1000, not "0"'], 0]);
    expect(run(["--corpus", FIXTURE]).err[0]).toMatch(/^train: usage: npm run train -- --corpus FILE\.tsv --out MODEL\.json/);
    const noTab = run(["--corpus", join(ROOT, "README.md"), "--out", "m.json"]);
    expect(noTab.code).toBe(2);
    expect(noTab.err[0]).toMatch(/^train: README\.md: Line 1 has no tab: each line must be source<TAB>target\.$/);
  });

  it("npm run train -- --corpus runs as a command and writes the model file", () => {
    const out = join(dir, "own.json");
    const r = spawnSync("npx", ["--no-install", "tsx", "scripts/train.ts", "--corpus", FIXTURE, "--epochs", "1", "--out", out], { cwd: ROOT, encoding: "utf8", env: { ...process.env, npm_config_loglevel: "error", NO_COLOR: "1" } });
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toMatch(/held-out exact match \d+\.\d %, BLEU \d+\.\d/);
    expect(parseModelText(readFileSync(out, "utf8")).ok).toBe(true);
  });
});
