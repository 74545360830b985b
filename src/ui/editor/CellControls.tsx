// The selected weight: its exact value in a field (Enter uses it, Escape puts it back), a slider
// around it, what the preset had there, and a button to go back to that.

import type { Ref } from "react";
import { NumberField } from "../fields/NumberField.tsx";
import { formatWeight, parseWeight } from "../fields/parseWeight.ts";
import { useT } from "../i18n/index.ts";
import { SymbolText } from "../components/SymbolText.tsx";

interface Props {
  /** "W_f[f₃, h₂]". */
  readonly name: string;
  readonly value: number;
  readonly preset: number;
  /** The slider runs over ±range. */
  readonly range: number;
  readonly onChange: (value: number) => void;
  readonly onReset: () => void;
  /** Escape in the field: back to the grid. */
  readonly onCancel: () => void;
  readonly fieldRef: Ref<HTMLInputElement>;
}

/** The slider's half-width: a round number at least twice the largest preset weight, and the value. */
export function sliderRange(presetMax: number, value: number): number {
  // Weights near the largest float (1e308) would make twice them, or the rounded-up end, infinite.
  const wanted = Math.min(Number.MAX_VALUE / 2, Math.max(1, 2 * presetMax, Math.abs(value)));
  const magnitude = 10 ** Math.floor(Math.log10(wanted));
  const range = Math.ceil(wanted / magnitude) * magnitude;
  return Number.isFinite(range) ? range : wanted;
}

export function CellControls({ name, value, preset, range, onChange, onReset, onCancel, fieldRef }: Props) {
  const edited = !Object.is(value, preset);
  const { editor: e, fields: words } = useT();
  return (
    <div className="weight-cell" role="group" aria-label={e.selected(name)}>
      <span className="weight-cell-name">
        <SymbolText text={name} />
      </span>
      <label className="weight-value">
        <span>{e.value}</span>
        <NumberField label={e.valueOf(name)} value={value} format={formatWeight} parse={(text) => parseWeight(text, words)} onCommit={onChange} commit="enter" onCancel={onCancel} inputRef={fieldRef} />
      </label>
      <label className="weight-slider">
        <span>{e.slide}</span>
        <input type="range" aria-label={e.slideOf(name)} min={-range} max={range} step={range / 500} value={Math.max(-range, Math.min(range, value))} onChange={(e) => onChange(Number(e.target.value))} />
      </label>
      <span className="weight-preset">
        {e.originally(formatWeight(preset))}
        {edited && <span className="weight-edited-mark">{e.editedMark}</span>}
      </span>
      <button type="button" onClick={onReset} disabled={!edited}>
        {e.resetWeight}
      </button>
    </div>
  );
}
