// The Web Worker that trains a model on demand: a TrainingJob run in slices of JOB_SLICE_MS
// (kit/sliceWorker.ts); a new job posted by the page is taken before the next slice. The page
// cancels a job by terminating the worker.

import { serveInSlices } from "../kit/sliceWorker.ts";
import { TrainingJob } from "./job.ts";
import { JOB_SLICE_MS, type FromJobWorker, type ToJobWorker } from "./protocol.ts";

const scope = self as unknown as { postMessage(message: FromJobWorker): void; onmessage: ((event: MessageEvent<ToJobWorker>) => void) | null };
serveInSlices(scope, new TrainingJob((message) => scope.postMessage(message), () => performance.now()), JOB_SLICE_MS);
