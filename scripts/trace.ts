// The forward pass from the command line:
//   npm run trace -- --model FILE --input "I love you" [--format json|table] [--target "Je t'aime"]
// prints the trace (JSON by default). Bad usage, an unreadable or invalid model file, or an empty
// input exits with status 2 and one line on stderr: "trace: <reason>".

import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { forward } from "../src/core/forward.ts";
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

/** The text of a file; a missing or unreadable file is a CliError. */
function readModelText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : (e as Error).message;
    throw new CliError(`cannot read ${path}: ${why}`);
  }
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
