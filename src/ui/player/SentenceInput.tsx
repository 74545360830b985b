// The sentence field with its messages: why a sentence cannot be read (the pictures then keep the
// last one that could), and which words were read as <unk>.

import { useId } from "react";
import type { SourceToken } from "../../core/trace.ts";
import { useT } from "../i18n/index.ts";

interface Props {
  readonly value: string;
  readonly onChange: (sentence: string) => void;
  readonly error: string | null;
  /** The tokens of the shown trace, to name the words read as <unk>. */
  readonly source: readonly SourceToken[];
}

export function SentenceInput({ value, onChange, error, source }: Props) {
  const messageId = useId();
  const t = useT();
  const unknown = error ? [] : source.filter((t) => t.unknown).map((t) => t.text);
  return (
    <>
      <label className="player-sentence">
        {t.player.sentence}
        <input type="text" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error !== null} aria-describedby={messageId} spellCheck={false} autoComplete="off" />
      </label>
      <div id={messageId} className="player-messages">
        {error && (
          <p className="player-error" role="alert">
            {error} {t.player.lastGood}
          </p>
        )}
        {unknown.length > 0 && (
          <p className="player-unk" role="note">
            {t.player.notInVocab(unknown)}
          </p>
        )}
      </div>
    </>
  );
}
