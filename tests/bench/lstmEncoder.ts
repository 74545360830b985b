// Section "lstm": the core's LSTM encoder with its full trace against TF.js (CPU backend) doing the
// same work and against a hand-fused loop that keeps nothing, T = 10 steps, H = d_x = 4, 8, 32, 128.

import { encode } from "../../src/core/encoder.ts";
import type { LstmRecord } from "../../src/core/trace.ts";
import { fusedLstm, lstmProblem, tfLstm, tfTensorCount, useTfCpu } from "./lstmPeers.ts";
import type { Check, Section, SectionReport } from "./report.ts";
import { fmt } from "./report.ts";
import { type Timing, timeInterleaved } from "./timing.ts";

export const T = 10;
export const WIDTHS = [4, 8, 32, 128] as const;
const SEED = 2024;

export interface LstmRow {
  readonly H: number;
  readonly ours: Timing;
  readonly tf: Timing;
  readonly fused: Timing;
  /** max |h_T(TF.js, float32) − h_T(ours)|. */
  readonly tfDiff: number;
  /** max |h_T(fused) − h_T(ours)|: both float64 with the sums in the same order, so 0. */
  readonly fusedDiff: number;
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

/** The comparison is only fair while the core keeps all six vectors of every step. */
function assertFullTrace(cells: readonly LstmRecord[], H: number): void {
  const complete = (c: LstmRecord): boolean => [c.f_t, c.i_t, c.o_t, c.Ctilde_t, c.C_t, c.h_t].every((v) => v?.length === H);
  if (cells.length !== T || !cells.every(complete)) throw new Error("the core's encoder trace is incomplete: the bench would compare unequal work");
}

/** Measures one width: checks that the three agree on h_T, then times them side by side. */
function measure(H: number): LstmRow {
  const p = lstmProblem(H, H, T, SEED + H);
  const tfEnc = tfLstm(p);
  const fused = fusedLstm(p);
  const ref = encode(p.enc, p.xs, p.tokens);
  assertFullTrace(ref.steps.map((s) => s.cell as LstmRecord), H);
  const h_T = ref.H[T - 1]!;
  const tfTrace = tfEnc.run();
  const tfDiff = maxDiff(tfTrace[T - 1]![5]!, h_T);
  const fusedDiff = maxDiff(fused(), h_T);
  const tensorsBefore = tfTensorCount();
  const [ours, tf, fast] = timeInterleaved([
    { name: "ours", fn: () => encode(p.enc, p.xs, p.tokens).H[T - 1]![0]! },
    { name: "TF.js", fn: () => tfEnc.run()[T - 1]![5]![0]! },
    { name: "fused", fn: () => fused()[0]! },
  ]);
  if (tfTensorCount() !== tensorsBefore) throw new Error(`TF.js leaked ${tfTensorCount() - tensorsBefore} tensors`);
  tfEnc.dispose();
  return { H, ours: ours!, tf: tf!, fused: fast!, tfDiff, fusedDiff };
}

/** Times every width. */
export async function run(): Promise<LstmRow[]> {
  await useTfCpu();
  return WIDTHS.map(measure);
}

const spread = (t: Timing): string => `${fmt(t.p25)}–${fmt(t.p75)}`;

/** The rows as tables, notes and target checks. */
export function report(rows: readonly LstmRow[]): SectionReport {
  const checks: Check[] = [];
  for (const r of rows) {
    const speedup = r.tf.median / r.ours.median;
    if (r.H <= 32) checks.push({ target: "≥ 10× faster than TF.js (H ≤ 32)", where: `H = ${r.H}`, value: `${fmt(speedup)}×`, pass: speedup >= 10 });
    if (r.H === 128) checks.push({ target: "no slower than TF.js (H = 128)", where: `H = ${r.H}`, value: `${fmt(speedup)}×`, pass: speedup >= 1 });
  }
  for (const r of rows) {
    const ratio = r.ours.median / r.fused.median;
    checks.push({ target: "within 2× of the fused loop", where: `H = ${r.H}`, value: `${fmt(ratio)}×`, pass: ratio <= 2 });
  }
  return {
    title: `LSTM encoder, T = ${T}, full trace (µs per sequence, median of ${rows[0]?.ours.rounds ?? 0} batches)`,
    notes: [
      "ours: `encode` from src/core (float64), keeping every gate, candidate, C_t and h_t of every step.",
      "TF.js: @tensorflow/tfjs-core 4.22 on the CPU backend, **float32**; one (n + d) × 4n kernel, tf.tidy, every step's f, i, o, C̃, C, h kept and read back with dataSync().",
      "fused: one hand-written Float64Array loop over preallocated buffers and one stacked weight array, all four gates of a unit in one pass, keeping only h and C (no trace).",
      "d_x = H. Wall-clock medians of interleaved ~30 ms batches; the second table gives the 25th–75th percentile between batches and the median CPU time of this process (lower than wall-clock when other processes took the CPU).",
    ],
    tables: [
      {
        columns: ["H", "ours µs", "TF.js µs", "fused µs", "TF.js / ours", "ours / fused"],
        rows: rows.map((r) => [String(r.H), fmt(r.ours.median), fmt(r.tf.median), fmt(r.fused.median), `${fmt(r.tf.median / r.ours.median)}×`, `${fmt(r.ours.median / r.fused.median)}×`]),
      },
      {
        columns: ["H", "ours p25–p75", "TF.js p25–p75", "fused p25–p75", "CPU µs (ours / TF.js / fused)", "TF.js / fused", "batch (ours / TF.js / fused)", "max |Δh_T| TF.js (f32)", "max |Δh_T| fused"],
        rows: rows.map((r) => [
          String(r.H),
          spread(r.ours),
          spread(r.tf),
          spread(r.fused),
          `${fmt(r.ours.cpuMedian)} / ${fmt(r.tf.cpuMedian)} / ${fmt(r.fused.cpuMedian)}`,
          `${fmt(r.tf.median / r.fused.median)}×`,
          `${r.ours.batch} / ${r.tf.batch} / ${r.fused.batch}`,
          r.tfDiff.toExponential(1),
          r.fusedDiff.toExponential(1),
        ]),
      },
    ],
    checks: [...checks, ...rows.map((r) => ({ target: "TF.js h_T agrees to ~1e-5", where: `H = ${r.H}`, value: r.tfDiff.toExponential(1), pass: r.tfDiff < 1e-5 }))],
  };
}

export const lstmSection: Section = {
  id: "lstm",
  title: "LSTM encoder",
  run: async () => report(await run()),
};
