// The sentence field with its messages: why a sentence cannot be read (the pictures then keep the
// last one that could), and which words were read as <unk>.

import { useId } from "react";
import type { SourceToken } from "../../core/trace.ts";

interface Props {
  readonly value: string;
  readonly onChange: (sentence: string) => void;
  readonly error: string | null;
  /** The tokens of the shown trace, to name the words read as <unk>. */
  readonly source: readonly SourceToken[];
}

export function SentenceInput({ value, onChange, error, source }: Props) {
  const messageId = useId();
  const unknown = error ? [] : source.filter((t) => t.unknown).map((t) => t.text);
  return (
    <>
      <label className="player-sentence">
        Sentence
        <input type="text" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error !== null} aria-describedby={messageId} spellCheck={false} autoComplete="off" />
      </label>
      <div id={messageId} className="player-messages">
        {error && (
          <p className="player-error" role="alert">
            {error} The pictures show the last sentence that worked.
          </p>
        )}
        {unknown.length > 0 && (
          <p className="player-unk" role="note">
            Not in the vocabulary, read as &lt;unk&gt;: {unknown.map((w) => `“${w}”`).join(", ")}.
          </p>
        )}
      </div>
    </>
  );
}
