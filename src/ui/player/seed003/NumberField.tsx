// A number field that refuses what is not a finite number: the text stays as typed, a message says
// why, and the example keeps computing with the last good value until the text is fixed.

import { useId, useState } from "react";
import { parsePyNumber } from "./parse.ts";
import { pyRepr, type PyNum } from "./program.ts";

interface Props {
  /** The accessible name, e.g. "x₁, entry 1". */
  readonly label: string;
  readonly value: PyNum;
  readonly onCommit: (value: PyNum) => void;
}

export function NumberField({ label, value, onCommit }: Props) {
  const [text, setText] = useState(() => pyRepr(value));
  const [reason, setReason] = useState<string | null>(null);
  const messageId = useId();
  const onChange = (next: string) => {
    setText(next);
    const parsed = parsePyNumber(next);
    if (parsed.ok) {
      setReason(null);
      onCommit(parsed.value);
    } else {
      setReason(parsed.reason);
    }
  };
  return (
    <span className="seed003-field">
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={reason !== null}
        aria-describedby={reason ? messageId : undefined}
        spellCheck={false}
        autoComplete="off"
      />
      {reason && (
        <span id={messageId} className="seed003-refused" role="alert">
          {reason} Still using {pyRepr(value)}.
        </span>
      )}
    </span>
  );
}
