// A small labelled radio group: the pictures' way to pick a head, an attention kind or a sentence.
// Native radios, so arrow keys, focus and names work without any script of ours.

import { useId } from "react";

interface Props<T extends string | number> {
  readonly legend: string;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}

export function Choice<T extends string | number>({ legend, options, value, onChange }: Props<T>) {
  const name = useId();
  return (
    <fieldset className="tf-choice">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={String(o.value)}>
          <input type="radio" name={name} checked={o.value === value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
