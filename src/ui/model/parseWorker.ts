// A worker that reads a model file's text: a large file (a 150,000-word vocabulary) takes a second or
// more to parse and check, which must not hold the page. Answers each text with parseModelText's result.

import { parseModelText } from "../../model/modelFile.ts";

const scope = self as unknown as { postMessage(message: unknown): void; onmessage: ((event: MessageEvent<string>) => void) | null };

scope.onmessage = (event) => scope.postMessage(parseModelText(event.data));
