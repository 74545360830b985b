// Model files the fault tests import (faults.spec.ts), written into the test's own output folder:
// a 150,000-word vocabulary (about 5 MB, well under the import cap) and weights near the largest
// float, whose forward pass overflows. Both are the LSTM fixture with its output layer replaced.

import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT } from "./site.ts";

type Fixture = {
  name: string;
  target: { vocab: string[]; embeddings: number[][] };
  decoder: { output: { W_out: number[][]; b_out: number[] } };
};

async function fixture(): Promise<Fixture> {
  return JSON.parse(await readFile(join(ROOT, "tests", "fixtures", "models", "lstm-attention.json"), "utf8")) as Fixture;
}

/** Writes the 150,000-word model to `file` (its widths those of the fixture). */
export async function writeBigVocabulary(file: string): Promise<void> {
  const model = await fixture();
  const words = ["<sos>", "<eos>", "<unk>", ...Array.from({ length: 150_000 - 3 }, (_, i) => `w${i.toString(36)}`)];
  const row = (i: number, n: number) => Array.from({ length: n }, (_, j) => Math.round(Math.sin(i * 7 + j) * 100) / 100);
  const d_y = model.target.embeddings[0]!.length;
  const width = model.decoder.output.W_out[0]!.length;
  model.name = "A 150,000-word vocabulary";
  model.target = { vocab: words, embeddings: words.map((_, i) => row(i, d_y)) };
  model.decoder.output = { W_out: words.map((_, i) => row(i + 1, width)), b_out: words.map((_, i) => row(i + 2, 1)[0]!) };
  await writeFile(file, JSON.stringify(model));
}

/** Writes the fixture with W_out at 1e308 and b_out at 1.7e308: finite, valid, and the logits overflow. */
export async function writeHugeWeights(file: string): Promise<void> {
  const model = await fixture();
  model.name = "Weights near the largest float";
  model.decoder.output.W_out = model.decoder.output.W_out.map((r) => r.map(() => 1e308));
  model.decoder.output.b_out = model.decoder.output.b_out.map(() => 1.7e308);
  await writeFile(file, JSON.stringify(model));
}
