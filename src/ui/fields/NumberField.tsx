// A number field that refuses what is not a number it can use: the text stays as typed, a message
// says why (aria-invalid, aria-describedby), and the last good value stays in use until the text is
// fixed. Seed 003's example uses every good keystroke at once; the weight editor waits for Enter
// (or for focus to leave) and lets Escape put the value back.

import { useId, useRef, useState, type KeyboardEvent, type Ref } from "react";
import { useT } from "../i18n/index.ts";

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

interface Props<T> {
  /** The accessible name, e.g. "x₁, entry 1". */
  readonly label: string;
  readonly value: T;
  readonly format: (value: T) => string;
  readonly parse: (text: string) => Parsed<T>;
  readonly onCommit: (value: T) => void;
  /** "change": each good text is used at once; "enter": on Enter or blur, and Escape restores. */
  readonly commit?: "change" | "enter";
  /** Called after Escape has restored the value (the editor then returns focus to the grid). */
  readonly onCancel?: () => void;
  readonly className?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  /** The input's id, for a visible <label htmlFor>. */
  readonly id?: string;
  readonly disabled?: boolean;
}

export function NumberField<T>({ label, value, format, parse, onCommit, commit = "change", onCancel, className, inputRef, id, disabled }: Props<T>) {
  const [text, setText] = useState(() => format(value));
  const [reason, setReason] = useState<string | null>(null);
  // The value the text belongs to: a new value from outside (a drag, a reset) replaces the text.
  const [shown, setShown] = useState(value);
  const messageId = useId();
  const t = useT();
  // Escape may move focus away before the restored text has rendered: that blur must not commit.
  const cancelled = useRef(false);
  if (!Object.is(shown, value)) {
    setShown(value);
    setText(format(value));
    setReason(null);
  }

  const use = (next: string) => {
    const parsed = parse(next);
    if (!parsed.ok) return setReason(parsed.reason);
    setReason(null);
    setShown(parsed.value);
    onCommit(parsed.value);
  };
  const onChange = (next: string) => {
    setText(next);
    if (commit === "change") return use(next);
    const parsed = parse(next);
    setReason(parsed.ok ? null : parsed.reason);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (commit !== "enter") return;
    if (e.key === "Enter") {
      e.preventDefault();
      use(text);
    } else if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      setText(format(value));
      setReason(null);
      cancelled.current = true;
      onCancel?.();
      cancelled.current = false;
    }
  };
  const onBlur = () => {
    if (commit === "enter" && !cancelled.current && text !== format(value)) use(text);
  };

  return (
    <span className={className ?? "number-field"}>
      <input
        ref={inputRef}
        id={id}
        disabled={disabled}
        type="text"
        inputMode="decimal"
        aria-label={label}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        aria-invalid={reason !== null}
        aria-describedby={reason ? messageId : undefined}
        spellCheck={false}
        autoComplete="off"
      />
      {reason && (
        <span id={messageId} className="number-field-refused" role="alert">
          {reason} {t.fields.stillUsing(format(value))}
        </span>
      )}
    </span>
  );
}
