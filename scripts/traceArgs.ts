// The command line of scripts/trace.ts: flags, their values and every reason to refuse them, as one
// line each (the checks that need the model, such as K above the vocabulary size, are in trace.ts).

export const USAGE =
  'usage: npm run trace -- --model FILE --input "I love you" [--format json|table] [--target "Je t\'aime"] ' +
  "[--decode greedy|sample|beam] [--beam K] [--alpha A] [--temperature T] [--top-k K] [--top-p P] [--seed S]";

/** How to decode: the model file's own rule when no --decode is given. */
export type DecodeArgs =
  | { readonly kind: "greedy" }
  | { readonly kind: "sample"; readonly temperature?: number; readonly seed?: number; readonly topK?: number; readonly topP?: number }
  | { readonly kind: "beam"; readonly width: number; readonly alpha: number };

export interface TraceArgs {
  readonly model: string;
  readonly input: string;
  readonly format: "json" | "table";
  readonly target?: string;
  readonly decode?: DecodeArgs;
}

/** A failure to report: one line for stderr and the exit status. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly status = 2,
  ) {
    super(message);
  }
}

const FLAGS = ["model", "input", "format", "target", "decode", "beam", "alpha", "temperature", "top-k", "top-p", "seed"] as const;
type Flag = (typeof FLAGS)[number];
const SAMPLING_FLAGS = ["temperature", "top-k", "top-p", "seed"] as const;
const BEAM_FLAGS = ["beam", "alpha"] as const;
/** K when --decode beam has no --beam. */
export const DEFAULT_BEAM_WIDTH = 3;

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/u;

/** A flag's number, or a CliError naming what it must be. */
function numberFlag(seen: Partial<Record<Flag, string>>, name: Flag, what: string, ok: (x: number) => boolean): number | undefined {
  const text = seen[name];
  if (text === undefined) return undefined;
  const x = DECIMAL.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!ok(x)) throw new CliError(`--${name} must be ${what}, got ${JSON.stringify(text)}`);
  return x;
}

const whole = (x: number) => Number.isSafeInteger(x);

function decodeArgs(seen: Partial<Record<Flag, string>>): DecodeArgs | undefined {
  const kind = seen.decode;
  const given = (flags: readonly Flag[]) => flags.filter((f) => seen[f] !== undefined);
  if (kind !== undefined && kind !== "greedy" && kind !== "sample" && kind !== "beam") throw new CliError(`--decode must be greedy, sample or beam, got ${JSON.stringify(kind)}`);
  const strayBeam = kind === "beam" ? [] : given(BEAM_FLAGS);
  if (strayBeam.length > 0) throw new CliError(`--${strayBeam[0]} applies to --decode beam`);
  const straySampling = kind === "sample" ? [] : given(SAMPLING_FLAGS);
  if (straySampling.length > 0) throw new CliError(`--${straySampling[0]} applies to --decode sample`);
  if (kind !== undefined && seen.target !== undefined) throw new CliError("--target teacher-forces the decoder; leave out --decode");
  if (kind === undefined || kind === "greedy") return kind === undefined ? undefined : { kind };
  if (kind === "beam") {
    const width = numberFlag(seen, "beam", "a whole number ≥ 1", (x) => whole(x) && x >= 1) ?? DEFAULT_BEAM_WIDTH;
    const alpha = numberFlag(seen, "alpha", "a number ≥ 0", (x) => Number.isFinite(x) && x >= 0) ?? 0;
    return { kind, width, alpha };
  }
  if (seen["top-k"] !== undefined && seen["top-p"] !== undefined) throw new CliError("--top-k and --top-p are two rules; give one of them");
  const temperature = numberFlag(seen, "temperature", "a number > 0", (x) => Number.isFinite(x) && x > 0);
  const seed = numberFlag(seen, "seed", "a whole number", whole);
  const topK = numberFlag(seen, "top-k", "a whole number ≥ 1", (x) => whole(x) && x >= 1);
  const topP = numberFlag(seen, "top-p", "a number in (0, 1]", (x) => x > 0 && x <= 1);
  return { kind, ...(temperature !== undefined ? { temperature } : {}), ...(seed !== undefined ? { seed } : {}), ...(topK !== undefined ? { topK } : {}), ...(topP !== undefined ? { topP } : {}) };
}

/** The options in argv (without node and the script), or "help"; throws CliError on bad usage. */
export function parseArgs(argv: readonly string[]): TraceArgs | "help" {
  const seen: Partial<Record<Flag, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    if (!arg.startsWith("--")) throw new CliError(`unexpected argument ${JSON.stringify(arg)}; ${USAGE}`);
    const eq = arg.indexOf("=");
    const name = (eq < 0 ? arg.slice(2) : arg.slice(2, eq)) as Flag;
    if (!FLAGS.includes(name)) throw new CliError(`unknown flag ${arg.slice(0, eq < 0 ? undefined : eq)}; expected ${FLAGS.map((f) => `--${f}`).join(", ")}`);
    if (seen[name] !== undefined) throw new CliError(`--${name} is given twice`);
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new CliError(`--${name} needs a value`);
    seen[name] = value;
  }
  if (seen.model === undefined) throw new CliError(`--model FILE is required; ${USAGE}`);
  if (seen.input === undefined) throw new CliError(`--input "SENTENCE" is required; ${USAGE}`);
  if (seen.input.trim() === "") throw new CliError("--input is empty; give a sentence to translate");
  if (seen.target !== undefined && seen.target.trim() === "") throw new CliError("--target is empty; leave it out to decode freely");
  const format = seen.format ?? "json";
  if (format !== "json" && format !== "table") throw new CliError(`--format must be json or table, got ${JSON.stringify(format)}`);
  const decode = decodeArgs(seen);
  return { model: seen.model, input: seen.input, format, ...(seen.target !== undefined ? { target: seen.target } : {}), ...(decode ? { decode } : {}) };
}
