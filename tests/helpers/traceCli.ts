// The reason scripts/trace.ts's runTrace stops with, for tests of its refusals.

import { CliError, runTrace } from "../../scripts/trace.ts";

/** The one-line reason runTrace stops with, and its exit status; throws when it does not stop. */
export function refusal(...argv: string[]): [number, string] {
  try {
    runTrace(argv);
  } catch (e) {
    if (e instanceof CliError) return [e.status, e.message];
    throw e;
  }
  throw new Error("expected runTrace to refuse");
}
