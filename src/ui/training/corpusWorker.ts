// The Web Worker that reads the reader's own sentence pairs (src/core/train/ownCorpus.ts), so a file
// of tens of thousands of lines is decoded, checked and normalised off the page's thread. It gets the
// file's bytes moved to it (not copied), answers once with the corpus or the problem, and is ended.

import { buildOwnCorpus, type OwnDataOptions } from "../../core/train/ownCorpus.ts";

export interface CorpusRequest {
  readonly input: ArrayBuffer | string;
  readonly options: OwnDataOptions;
  readonly name: string;
}

const scope = self as unknown as { postMessage(message: unknown): void; onmessage: ((event: MessageEvent<CorpusRequest>) => void) | null };

scope.onmessage = ({ data }) => {
  const { input, options, name } = data;
  scope.postMessage(buildOwnCorpus(typeof input === "string" ? input : new Uint8Array(input), options, name));
};
