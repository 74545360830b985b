// parseModelText off the page's main thread, in a worker made for the one text and ended after it.
// Where there is no Worker (Node, jsdom) or it cannot start, the text is parsed in place: the answer
// is the same, only the page may pause while it is computed.

import { parseModelText, type ParseResult } from "../../model/modelFile.ts";

/** Texts shorter than this are parsed in place: starting a worker costs more than they do. */
const IN_PLACE_BYTES = 256 * 1024;

export function parseModelTextOffThread(text: string): Promise<ParseResult> {
  if (typeof Worker === "undefined" || text.length < IN_PLACE_BYTES) return Promise.resolve(parseModelText(text));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./parseWorker.ts", import.meta.url), { type: "module" });
    } catch {
      resolve(parseModelText(text));
      return;
    }
    const done = (result: ParseResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<ParseResult>) => done(event.data);
    // A worker that fails to load (offline before its file was cached) leaves the work to the page.
    worker.onerror = (event) => {
      event.preventDefault();
      done(parseModelText(text));
    };
    worker.postMessage(text);
  });
}
