// The Web Worker that trains: a TrainingSession run in slices of SLICE_MS (kit/sliceWorker.ts), so a
// "pause" posted by the page is handled before the next slice starts.

import { serveInSlices } from "../kit/sliceWorker.ts";
import { SLICE_MS, type FromWorker, type ToWorker } from "./protocol.ts";
import { TrainingSession } from "./session.ts";

const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
serveInSlices(scope, new TrainingSession((message) => scope.postMessage(message), () => performance.now()), SLICE_MS);
