// The Web Worker that trains a model on demand: a TrainingJob run in slices of JOB_SLICE_MS, with a
// macrotask between slices so a new job posted by the page is taken before the next slice. The
// page cancels a job by terminating the worker.

import { TrainingJob } from "./job.ts";
import { JOB_SLICE_MS, type FromJobWorker, type ToJobWorker } from "./protocol.ts";

const scope = self as unknown as { postMessage(message: FromJobWorker): void; onmessage: ((event: MessageEvent<ToJobWorker>) => void) | null };
const job = new TrainingJob((message) => scope.postMessage(message), () => performance.now());
let scheduled = false;

function tick(): void {
  scheduled = false;
  job.runSlice(performance.now() + JOB_SLICE_MS);
  schedule();
}

function schedule(): void {
  if (scheduled || !job.busy) return;
  scheduled = true;
  setTimeout(tick, 0);
}

scope.onmessage = (event) => {
  job.handle(event.data);
  schedule();
};
