// The forward pass from the command line:
//   npm run trace -- --model FILE --input "I love you" [--format json|table] [--target "Je t'aime"]
// prints the trace (JSON by default). Bad usage, an unreadable or invalid model file, or an empty
// input, or a forward pass whose numbers overflow exits with status 2 and one line on stderr:
// "trace: <reason>".

import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { forward } from "../src/core/forward.ts";
import { firstNonFinite } from "../src/core/overflow.ts";
import type { Trace } from "../src/core/trace.ts";
import { parseModelText } from "../src/model/modelFile.ts";
import { traceJson, traceTable } from "./traceFormat.ts";

export const USAGE = 'usage: npm run trace -- --model FILE --input "I love you" [--format json|table] [--target "Je t\'aime"]';

export interface TraceArgs {
  readonly model: string;
  readonly input: string;
  readonly format: "json" | "table";
  readonly target?: string;
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

const FLAGS = ["model", "input", "format", "target"] as const;
type Flag = (typeof FLAGS)[number];

/** The options in argv (without node and the script), or "help"; throws CliError on bad usage. */
export function parseArgs(argv: readonly string[]): TraceArgs | "help" {
  const seen: Partial<Record<Flag, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    if (!arg.startsWith("--")) throw new CliError(`unexpected argument ${JSON.stringify(arg)}; ${USAGE}`);
    const eq = arg.indexOf("=");
    const name = (eq < 0 ? arg.slice(2) : arg.slice(2, eq)) as Flag;
    if (!FLAGS.includes(name)) throw new CliError(`unknown flag ${arg.slice(0, eq < 0 ? undefined : eq)}; expected --model, --input, --format or --target`);
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
  return { model: seen.model, input: seen.input, format, ...(seen.target !== undefined ? { target: seen.target } : {}) };
}

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

/** What `trace` prints for these arguments; throws CliError for every reason to stop. */
export function runTrace(argv: readonly string[]): string {
  const args = parseArgs(argv);
  if (args === "help") return `${USAGE}\n`;
  const parsed = parseModelText(readModelText(args.model));
  if (!parsed.ok) {
    const [first, ...rest] = parsed.errors;
    throw new CliError(`${first!.message}${rest.length > 0 ? ` (and ${rest.length} more error${rest.length > 1 ? "s" : ""})` : ""}`);
  }
  let trace;
  try {
    trace = forward(parsed.model, args.input, args.target !== undefined ? { target: args.target } : {});
  } catch (e) {
    // The core reports bad input (no words left after tokenizing) as a RangeError; anything else is a bug.
    if (e instanceof RangeError) throw new CliError(e.message);
    throw new CliError(`internal error: ${(e as Error).message}`, 1);
  }
  checkFinite(trace);
  return args.format === "table" ? traceTable(trace) : traceJson(trace);
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
