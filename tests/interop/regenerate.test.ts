// The fixtures cannot go stale: their manifest names the SHA-256 of every source that made them
// (checked everywhere), and where a Python with torch is installed, make_reference.py writes them
// again into a temporary folder and they must come out the same, and the exporter must refuse each
// bad input of exporter_cases.py with one line that names the tensor. CI installs Debian's
// python3-torch (.ci/run, scripts/ensure-torch.sh); elsewhere a missing torch is said, not skipped:
// the test then asserts that it is not running in CI.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, loadManifest, loadReference, readJson } from "./reference.ts";

const SLOW = 600_000;
const manifest = loadManifest();

/** The first Python that imports torch: Debian's /usr/bin/python3 (the pyenv python3 on PATH has none), then python3. */
function torchPython(): string | undefined {
  return ["/usr/bin/python3", "python3"].find((py) => spawnSync(py, ["-c", "import torch"], { stdio: "ignore" }).status === 0);
}

const python = torchPython();

/** Runs `check` with the Python that has torch; without one, says so and asserts this is not CI, which guarantees torch. */
function withTorch(what: string, check: (py: string) => void): void {
  if (python !== undefined) return check(python);
  console.warn(`${what}: no Python with torch here (tried /usr/bin/python3 and python3), so this was not checked; CI installs python3-torch`);
  expect(process.env.CI, "CI must have torch: .ci/run installs Debian's python3-torch").toBeFalsy();
}

function run(py: string, script: string, args: string[] = []): string {
  const done = spawnSync(py, [join("tests/interop", script), ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (done.status !== 0) throw new Error(`${script} exited with ${done.status}: ${done.stderr}`);
  return done.stdout;
}

/** The numbers of two JSON values agree within `tol` and everything else is equal. */
function expectClose(a: unknown, b: unknown, tol: number, path: string): void {
  if (typeof a === "number" && typeof b === "number") {
    expect(Math.abs(a - b), path).toBeLessThanOrEqual(tol);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    expect(a.length, path).toBe(b.length);
    a.forEach((x, i) => expectClose(x, b[i], tol, `${path}[${i}]`));
  } else if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    expect(Object.keys(a).sort(), path).toEqual(Object.keys(b).sort());
    for (const k of Object.keys(a)) expectClose((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], tol, `${path}.${k}`);
  } else {
    expect(a, path).toEqual(b);
  }
}

describe("the PyTorch fixtures and the exporter", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("manifest.json names the SHA-256 of every current source of the fixtures, so they were made by this exporter", () => {
    expect(Object.keys(manifest.sources)).toEqual(expect.arrayContaining(["scripts/export_pytorch.py", "tests/interop/make_reference.py", "scripts/pytorch_export/cells.py"]));
    for (const [path, sha] of Object.entries(manifest.sources)) {
      const text = readFileSync(path).toString("utf8").replace(/\r\n/g, "\n");
      expect(createHash("sha256").update(text).digest("hex"), `${path} changed since the fixtures were made: run /usr/bin/python3 tests/interop/make_reference.py`).toBe(sha);
    }
  });

  it("make_reference.py writes the committed fixtures again: model files byte for byte, PyTorch's numbers within 1e-12", { timeout: SLOW }, () => {
    withTorch("regenerating the PyTorch fixtures", (py) => {
      const dir = mkdtempSync(join(tmpdir(), "interop-"));
      dirs.push(dir);
      run(py, "make_reference.py", ["--out", dir]);
      expect(readJson(join(dir, "manifest.json"))).toEqual(manifest);
      for (const name of manifest.models) {
        expect(readFileSync(join(dir, `${name}.json`), "utf8"), `${name}.json`).toBe(readFileSync(join(FIXTURES, `${name}.json`), "utf8"));
        // Float64 results may differ in the last bits between BLAS builds; the weights may not.
        expectClose(loadReference(name, dir), loadReference(name), 1e-12, name);
      }
    });
  });

  it("export_pytorch.py refuses each bad input with exit status 2 and one line that names the tensor or file", { timeout: SLOW }, () => {
    withTorch("checking the exporter's refusals", (py) => {
      const cases = JSON.parse(run(py, "exporter_cases.py")) as Record<string, { status: number; stderr: string }>;
      const names: Record<string, RegExp> = {
        "two layers": /^export_pytorch: encoder\.gru\.weight_ih_l1: .*more than one layer/,
        "NaN weight": /^export_pytorch: encoder\.gru\.weight_hh_l0\[1\]\[2\]: expected a finite number, got nan$/,
        "vocabulary mismatch": /^export_pytorch: encoder\.embedding\.weight: 11 rows, but the source vocabulary has 12 words$/,
        "old tutorial attention": /^export_pytorch: decoder\.attn\.weight: .*not supported/,
        "dot score width": /^export_pytorch: decoder\.rnn: 4 units, but a dot score/,
        "unknown layer": /^export_pytorch: decoder\.bridge\.weight .*not part of any supported layer/,
        "relu RNN": /^export_pytorch: encoder\.rnn: nn\.RNN with nonlinearity='relu' is not supported/,
        "LSTM projection": /^export_pytorch: encoder\.rnn\.weight_hr_l0: nn\.LSTM with proj_size > 0/,
        "general score bias": /^export_pytorch: decoder\.attention\.W_a\.bias: /,
        "missing --score": /^export_pytorch: --score is required with --variant attention/,
        "missing file": /^export_pytorch: .*nowhere\.pt: no such file$/,
        "two layers, as a process": /^export_pytorch: encoder\.gru\.weight_ih_l1: /,
      };
      expect(Object.keys(cases).sort()).toEqual(Object.keys(names).sort());
      for (const [name, pattern] of Object.entries(names)) {
        const { status, stderr } = cases[name]!;
        expect(status, name).toBe(2);
        expect(stderr.endsWith("\n") && !stderr.slice(0, -1).includes("\n"), `${name}: one line, got ${JSON.stringify(stderr)}`).toBe(true);
        expect(stderr.trimEnd(), name).toMatch(pattern);
      }
    });
  });
});
