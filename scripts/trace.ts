// The forward pass from the command line:
//   npm run trace -- --model FILE --input "I love you" [--format json|table] [--target "Je t'aime"]
//     [--decode greedy|sample|beam] [--beam K] [--alpha A] [--temperature T] [--top-k K] [--top-p P] [--seed S]
// prints the trace (JSON by default; its output carries logProb, the summed natural-log probability of the
// emitted tokens with <eos>), or for beam search every step's hypotheses. Recurrent and Transformer model
// files alike. Bad usage, an unreadable or invalid model file, or an empty input exits with status 2 and
// one line on stderr: "trace: <reason>", and so does a forward pass whose numbers overflow. In a
// Transformer's JSON the causal mask's −∞ is the string "-Infinity".

import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { beamSearch } from "../src/core/beam.ts";
import type { DecodingStrategy } from "../src/core/decoding.ts";
import { forward, traceModel } from "../src/core/forward.ts";
import type { Seq2SeqModel } from "../src/core/model.ts";
import { firstNonFinite } from "../src/core/overflow.ts";
import { recurrentStepper, transformerStepper } from "../src/core/stepper.ts";
import { tokenize } from "../src/core/tokenizer.ts";
import type { Trace } from "../src/core/trace.ts";
import { transformerForward, transformerTraceModel } from "../src/core/transformer/forward.ts";
import type { TransformerModel } from "../src/core/transformer/types.ts";
import { parseModelText } from "../src/model/modelFile.ts";
import { parseTransformerText, TRANSFORMER_FORMAT } from "../src/model/transformerFile.ts";
import type { ModelError } from "../src/model/types.ts";
import { beamTable, beamTrace, transformerTable } from "./traceBeam.ts";
import { CliError, parseArgs, USAGE, type DecodeArgs, type TraceArgs } from "./traceArgs.ts";
import { toPlainJson, traceJson, traceTable } from "./traceFormat.ts";
import { formatJson } from "../src/model/stringify.ts";

export { CliError, parseArgs, USAGE, type TraceArgs } from "./traceArgs.ts";

type Loaded = { kind: "recurrent"; model: Seq2SeqModel } | { kind: "transformer"; model: TransformerModel };

/** Larger files are refused unread: the largest model this site makes is well under a megabyte. */
export const MAX_MODEL_BYTES = 64 * 1024 * 1024;

/**
 * The text of a model file. Only a regular file is read (a device such as /dev/zero or a pipe would
 * never end), and at most MAX_MODEL_BYTES of it; anything else is a CliError.
 */
function readModelText(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${whyUnreadable(e)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new CliError(`cannot read ${path}: it is a directory`);
    if (!stat.isFile()) throw new CliError(`cannot read ${path}: it is not a regular file (a device, a pipe or a socket); give a model file`);
    if (stat.size > MAX_MODEL_BYTES) throw new CliError(`cannot read ${path}: ${Math.ceil(stat.size / 2 ** 20)} MB is more than the ${MAX_MODEL_BYTES / 2 ** 20} MB a model file may have`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString("utf8");
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${path}: ${whyUnreadable(e)}`);
  } finally {
    closeSync(fd);
  }
}

function whyUnreadable(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : (e as Error).message;
}

/** Refuses a trace whose numbers left the finite range, saying where: nothing printed after that would mean anything. */
function checkFinite(trace: Trace): void {
  const overflow = firstNonFinite(trace);
  if (!overflow) return;
  const { entry, index, value } = overflow;
  const step = trace.steps[entry.step]!;
  throw new CliError(`the numbers leave the finite range at step ${step.id}: ${entry.name}[${index}] is ${value} (${entry.id}, formula ${entry.formula}); the weights are too large for float64, so no trace is printed`);
}

function firstError(errors: readonly ModelError[]): CliError {
  const [first, ...rest] = errors;
  return new CliError(`${first!.message}${rest.length > 0 ? ` (and ${rest.length} more error${rest.length > 1 ? "s" : ""})` : ""}`);
}

/** A recurrent or a Transformer model file, told apart by its "format" field. */
function loadModel(text: string): Loaded {
  let format: unknown;
  try {
    format = (JSON.parse(text.replace(/^\uFEFF/u, "")) as { format?: unknown } | null)?.format;
  } catch {
    // The recurrent reader reports the syntax error with its line and column.
  }
  if (format === TRANSFORMER_FORMAT) {
    const parsed = parseTransformerText(text);
    if (!parsed.ok) throw firstError(parsed.errors);
    return { kind: "transformer", model: parsed.model };
  }
  const parsed = parseModelText(text);
  if (!parsed.ok) throw firstError(parsed.errors);
  return { kind: "recurrent", model: parsed.model };
}

/** The token-by-token strategy of --decode greedy or sample; the model file's own values fill what is not given. */
function strategyOfArgs(decode: Exclude<DecodeArgs, { kind: "beam" }>, model: Seq2SeqModel): DecodingStrategy {
  if (decode.kind === "greedy") return decode;
  const temperature = decode.temperature ?? model.decoding.temperature;
  const seed = decode.seed ?? model.decoding.seed;
  if (decode.topK !== undefined) return { kind: "top-k", k: decode.topK, temperature, seed };
  if (decode.topP !== undefined) return { kind: "top-p", p: decode.topP, temperature, seed };
  return { kind: "sample", temperature, seed };
}

/** JSON values with ±Infinity written as the strings "Infinity" and "-Infinity" (the Transformer's causal mask holds −∞). */
function withInfinities(value: unknown): unknown {
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) return value.map(withInfinities);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withInfinities(v)]));
  return value;
}

function runBeam(loaded: Loaded, args: TraceArgs, decode: Extract<DecodeArgs, { kind: "beam" }>): string {
  const { model } = loaded;
  const V = model.target.vocab.length;
  if (decode.width > V) throw new CliError(`--beam ${decode.width} is above the target vocabulary's ${V} tokens`);
  const words = tokenize(args.input, model.source.vocab);
  if (words.length === 0) throw new CliError("input: expected at least one word");
  const options = { width: decode.width, alpha: decode.alpha };
  const beam = loaded.kind === "transformer" ? beamSearch(transformerStepper(loaded.model, words), options) : beamSearch(recurrentStepper(loaded.model, words), options);
  const summary = loaded.kind === "transformer" ? transformerTraceModel(loaded.model) : traceModel(loaded.model);
  const trace = beamTrace(summary, words, beam);
  return args.format === "json" ? formatJson(toPlainJson(trace)) : beamTable(trace);
}

function runForward(loaded: Loaded, args: TraceArgs): string {
  const target = args.target !== undefined ? { target: args.target } : {};
  if (loaded.kind === "transformer") {
    if (args.decode?.kind === "sample") throw new CliError("--decode sample: the Transformer decodes greedily or by beam search");
    const trace = transformerForward(loaded.model, args.input, target);
    return args.format === "table" ? transformerTable(trace) : formatJson(withInfinities(toPlainJson(trace)));
  }
  const decode = args.decode as Exclude<DecodeArgs, { kind: "beam" }> | undefined;
  const trace = forward(loaded.model, args.input, { ...target, ...(decode ? { strategy: strategyOfArgs(decode, loaded.model) } : {}) });
  checkFinite(trace);
  return args.format === "table" ? traceTable(trace) : traceJson(trace);
}

/** What `trace` prints for these arguments; throws CliError for every reason to stop. */
export function runTrace(argv: readonly string[]): string {
  const args = parseArgs(argv);
  if (args === "help") return `${USAGE}\n`;
  const loaded = loadModel(readModelText(args.model));
  try {
    return args.decode?.kind === "beam" ? runBeam(loaded, args, args.decode) : runForward(loaded, args);
  } catch (e) {
    if (e instanceof CliError) throw e;
    // The core reports bad input (no words left after tokenizing) as a RangeError; anything else is a bug.
    if (e instanceof RangeError) throw new CliError(e.message);
    throw new CliError(`internal error: ${(e as Error).message}`, 1);
  }
}

/** Runs the command line and sets the exit status; never calls process.exit, so stdout drains. */
export function main(argv: readonly string[]): void {
  try {
    process.stdout.write(runTrace(argv));
  } catch (e) {
    const err = e instanceof CliError ? e : new CliError(`internal error: ${(e as Error).message}`, 1);
    process.stderr.write(`trace: ${err.message.replace(/\s*\n\s*/g, " ")}\n`);
    process.exitCode = err.status;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main(process.argv.slice(2));
