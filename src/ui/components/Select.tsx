// A labelled menu of a dictionary's names: one option per key, in the dictionary's order.

export interface SelectProps<K extends string> {
  readonly label: string;
  readonly value: K;
  readonly names: Record<K, string>;
  readonly onChange: (value: K) => void;
  readonly disabled?: boolean;
  readonly className?: string;
}

export function Select<K extends string>({ label, value, names, onChange, disabled, className }: SelectProps<K>) {
  return (
    <label className={className}>
      {label}
      <select value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as K)}>
        {(Object.keys(names) as K[]).map((k) => (
          <option key={k} value={k}>
            {names[k]}
          </option>
        ))}
      </select>
    </label>
  );
}
