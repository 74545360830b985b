// The words a model reads, as one toolbar of buttons: a single tab stop, ← → ↑ ↓ Home End move
// between the words (a roving tabindex), Enter or space adds the word. The player's own arrow keys
// step the trace; inside the toolbar the arrows belong to the toolbar.

import { useId, useRef, useState, type KeyboardEvent } from "react";

interface Props {
  readonly words: readonly string[];
  readonly label: string;
  readonly hint: string;
  readonly onPick: (word: string) => void;
}

const MOVES: Readonly<Record<string, (i: number, last: number) => number>> = {
  ArrowRight: (i, last) => Math.min(last, i + 1),
  ArrowDown: (i, last) => Math.min(last, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, last) => last,
};

export function VocabularyWords({ words, label, hint, onPick }: Props) {
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const hintId = useId();
  const current = Math.min(active, Math.max(0, words.length - 1));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    e.stopPropagation();
    const next = move(current, words.length - 1);
    setActive(next);
    buttons.current[next]?.focus();
  };

  return (
    <>
      <p id={hintId} className="vocab-hint">
        {hint}
      </p>
      <div role="toolbar" aria-label={label} aria-describedby={hintId} className="vocab-words" onKeyDown={onKeyDown}>
        {words.map((word, i) => (
          <button
            key={word}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            lang="en"
            tabIndex={i === current ? 0 : -1}
            onFocus={() => setActive(i)}
            onClick={() => onPick(word)}
          >
            {word}
          </button>
        ))}
      </div>
    </>
  );
}
