// The Web Worker that trains: a TrainingSession run in slices of SLICE_MS, with a macrotask between
// slices so a "pause" posted by the page is handled before the next slice starts.

import { SLICE_MS, type FromWorker, type ToWorker } from "./protocol.ts";
import { TrainingSession } from "./session.ts";

const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
const session = new TrainingSession((message) => scope.postMessage(message), () => performance.now());
let scheduled = false;

function tick(): void {
  scheduled = false;
  session.runSlice(performance.now() + SLICE_MS);
  schedule();
}

function schedule(): void {
  if (scheduled || !session.running) return;
  scheduled = true;
  setTimeout(tick, 0);
}

scope.onmessage = (event) => {
  session.handle(event.data);
  schedule();
};
