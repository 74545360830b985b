// Wall-clock timing for the bench sections: warm-up, a batch size calibrated so one batch takes
// ~30 ms, then rounds that time every contender once each, interleaved, so that load from other
// processes on a shared machine falls on all of them alike. Reports the median µs per call.

import { performance } from "node:perf_hooks";

/** Something to time. `fn` does one unit of work and returns a number, which is summed into a sink
 * so that the work can never be optimised away. */
export interface Contender {
  readonly name: string;
  readonly fn: () => number;
}

export interface Timing {
  readonly name: string;
  /** Median µs per call over the rounds. */
  readonly median: number;
  /** 25th and 75th percentiles of µs per call: the spread between rounds. */
  readonly p25: number;
  readonly p75: number;
  /** Median CPU µs per call (process.cpuUsage: every thread of this process, GC included). Close to
   * the wall-clock median on an idle machine; much lower when other processes took the CPU. */
  readonly cpuMedian: number;
  /** Calls per timed batch. */
  readonly batch: number;
  readonly rounds: number;
}

export interface TimingOptions {
  /** Timed rounds; each round times one batch of every contender. */
  readonly rounds?: number;
  /** What one batch should take, in ms. */
  readonly batchMs?: number;
  /** Minimum warm-up per contender, in ms, before calibration. */
  readonly warmupMs?: number;
}

let sink = 0;

/** The running sum of everything the contenders returned (print it, or it may be optimised away). */
export function sinkValue(): number {
  return sink;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Wall-clock and CPU ms for `calls` calls. */
function batch(fn: () => number, calls: number): { ms: number; cpu: number } {
  let s = 0;
  const c0 = cpuMs();
  const t0 = performance.now();
  for (let k = 0; k < calls; k++) s += fn();
  const ms = performance.now() - t0;
  const cpu = cpuMs() - c0;
  sink += s;
  return { ms, cpu };
}

/** Runs fn for at least `ms` ms so that the JIT has compiled it. */
function warmUp(fn: () => number, ms: number): void {
  const end = performance.now() + ms;
  let calls = 1;
  while (performance.now() < end) {
    batch(fn, calls);
    calls = Math.min(calls * 2, 1 << 14);
  }
}

/** The number of calls that take about `ms` ms. The fastest of three tries sets it, so that one
 * try slowed by another process does not shrink every batch. */
function calibrate(fn: () => number, ms: number): number {
  let calls = 1;
  for (;;) {
    const took = Math.min(batch(fn, calls).ms, batch(fn, calls).ms, batch(fn, calls).ms);
    if (took >= ms / 4) return Math.max(1, Math.round((calls * ms) / took));
    calls *= took < ms / 64 ? 16 : 2;
  }
}

function percentile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Times every contender in interleaved rounds; returns one Timing per contender, in order. */
export function timeInterleaved(contenders: readonly Contender[], options: TimingOptions = {}): Timing[] {
  const rounds = options.rounds ?? 15;
  const batchMs = options.batchMs ?? 30;
  const warmupMs = options.warmupMs ?? 250;
  for (const c of contenders) warmUp(c.fn, warmupMs);
  const sizes = contenders.map((c) => calibrate(c.fn, batchMs));
  const samples: number[][] = contenders.map(() => []);
  const cpu: number[][] = contenders.map(() => []);
  for (let r = 0; r < rounds; r++) {
    // Rotate the order each round, so no contender always runs right after another one's garbage.
    for (let k = 0; k < contenders.length; k++) {
      const i = (k + r) % contenders.length;
      const { ms, cpu: c } = batch(contenders[i]!.fn, sizes[i]!);
      samples[i]!.push((ms * 1000) / sizes[i]!);
      cpu[i]!.push((c * 1000) / sizes[i]!);
    }
  }
  return contenders.map((c, i) => {
    const sorted = [...samples[i]!].sort((a, b) => a - b);
    const cpuMedian = percentile([...cpu[i]!].sort((a, b) => a - b), 0.5);
    return { name: c.name, median: percentile(sorted, 0.5), p25: percentile(sorted, 0.25), p75: percentile(sorted, 0.75), cpuMedian, batch: sizes[i]!, rounds };
  });
}
