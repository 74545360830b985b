// The body of a Web Worker that does long work in time slices: each message goes to the work, then,
// while the work is busy, one slice of `sliceMs` runs per macrotask, so a message the page posts
// meanwhile (pause, a new job) is handled before the next slice. The page cancels by terminating.

/** Long work that can be told things and advanced until a deadline (performance.now() time). */
export interface SlicedWork<In> {
  handle(message: In): void;
  runSlice(deadline: number): void;
  readonly busy: boolean;
}

interface WorkerScope<In> {
  onmessage: ((event: MessageEvent<In>) => void) | null;
}

/** Serves `work` from the worker's scope. */
export function serveInSlices<In>(scope: WorkerScope<In>, work: SlicedWork<In>, sliceMs: number): void {
  let scheduled = false;
  const tick = (): void => {
    scheduled = false;
    work.runSlice(performance.now() + sliceMs);
    schedule();
  };
  const schedule = (): void => {
    if (scheduled || !work.busy) return;
    scheduled = true;
    setTimeout(tick, 0);
  };
  scope.onmessage = (event) => {
    work.handle(event.data);
    schedule();
  };
}
