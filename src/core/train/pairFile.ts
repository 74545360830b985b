// Reading a sentence-pair file in the tab-separated format of the Tatoeba/ManyThings downloads that
// PyTorch's seq2seq tutorial uses: one pair a line, `source<TAB>target[<TAB>attribution]`, UTF-8.
// Line by line, so no second copy of the whole text is made; the first bad line ends the reading
// with a problem naming it (1-based). Blank lines are skipped; a final "\r" (Windows) is dropped.

// Browsers, workers and Node all provide TextDecoder; src/core is type-checked without the DOM library.
declare const TextDecoder: new (label: "utf-8", options: { readonly fatal: boolean }) => { decode(input: Uint8Array): string };

/** Files over this many bytes are refused before they are read (docs/corpus.md). */
export const MAX_CORPUS_BYTES = 50 * 1000 * 1000;

/** What can be wrong with own data, as data: the page words it in the reader's language. */
export type OwnDataProblem =
  | { readonly kind: "tooLarge"; readonly bytes: number; readonly limit: number }
  | { readonly kind: "notUtf8"; readonly line: number }
  | { readonly kind: "noTab"; readonly line: number }
  | { readonly kind: "emptySide"; readonly line: number; readonly side: "source" | "target" }
  | { readonly kind: "vocabTooLarge"; readonly side: "source" | "target"; readonly size: number; readonly limit: number; readonly minCount: number }
  /** Fewer than two pairs (one to train on, one to hold out) are left after filtering. */
  | { readonly kind: "noPairs"; readonly kept: number; readonly read: number; readonly maxTokens: number };

/** Receives each pair's two sides (trimmed, not empty) with its line; may return a problem to stop. */
export type PairSink = (line: number, source: string, target: string) => OwnDataProblem | null;

/** One line's pair, or its problem, or null for a blank line. */
function readLine(text: string, line: number, sink: PairSink): OwnDataProblem | null {
  if (text.trim() === "") return null;
  const tab = text.indexOf("\t");
  if (tab < 0) return { kind: "noTab", line };
  const source = text.slice(0, tab).trim();
  const next = text.indexOf("\t", tab + 1);
  const target = text.slice(tab + 1, next < 0 ? undefined : next).trim();
  if (source === "") return { kind: "emptySide", line, side: "source" };
  if (target === "") return { kind: "emptySide", line, side: "target" };
  return sink(line, source, target);
}

/** Reads the pairs of a file's bytes, strictly as UTF-8 (a byte sequence that is not UTF-8 names its line). */
export function readPairBytes(bytes: Uint8Array, sink: PairSink): OwnDataProblem | null {
  if (bytes.length > MAX_CORPUS_BYTES) return { kind: "tooLarge", bytes: bytes.length, limit: MAX_CORPUS_BYTES };
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 0;
  for (let start = 0; start < bytes.length; ) {
    line++;
    const newline = bytes.indexOf(10, start);
    const end = newline < 0 ? bytes.length : newline;
    const cut = end > start && bytes[end - 1] === 13 ? end - 1 : end;
    let text: string;
    try {
      // Each call is a stream of its own, so a byte-order mark is dropped only where one can be: line 1.
      text = decoder.decode(bytes.subarray(start, cut));
    } catch {
      return { kind: "notUtf8", line };
    }
    const problem = readLine(text, line, sink);
    if (problem) return problem;
    start = end + 1;
  }
  return null;
}

/** Reads the pairs of pasted text (already characters, so only the format and the size are checked). */
export function readPairText(text: string, sink: PairSink): OwnDataProblem | null {
  // A UTF-16 code unit is at least one UTF-8 byte, so this undercounts at most: the cap still holds.
  if (text.length > MAX_CORPUS_BYTES) return { kind: "tooLarge", bytes: text.length, limit: MAX_CORPUS_BYTES };
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    line++;
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const problem = readLine(text.slice(start, text[end - 1] === "\r" ? end - 1 : end), line, sink);
    if (problem) return problem;
    if (newline < 0) break;
    start = end + 1;
  }
  return null;
}
