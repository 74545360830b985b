// How the player's decoder chooses its tokens: greedy, or sampling from softmax(z / τ) with a
// temperature (a slider for the usual range, a number field for any τ from 0.01 to 100) and a seed.
// A field refuses what it cannot use, says why, and the last good value stays in use.

import { useRef } from "react";
import { useStore } from "zustand";
import { GREEDY, type DecodingKind, type SampleDecoding } from "../../core/decoding.ts";
import { DEFAULT_SAMPLING, TEMPERATURE_MAX, TEMPERATURE_MIN, temperatureProblem } from "../../model/decoding.ts";
import { NumberField, type Parsed } from "../fields/NumberField.tsx";
import { parseSeed, parseWeight } from "../fields/parseWeight.ts";
import type { Messages } from "../i18n/en.ts";
import { useT } from "../i18n/index.ts";
import type { AppStore } from "../store.ts";
import { Select } from "../components/Select.tsx";
import "./decoding.css";

/** The slider's range; the number field takes any τ the interface accepts. */
export const SLIDER = { min: 0.1, max: 3, step: 0.05 } as const;

/** A temperature the reader typed, or the reason it cannot be used, in the reader's language. */
export function parseTemperature(text: string, t: Messages): Parsed<number> {
  const number = parseWeight(text, t.fields);
  const shown = text.trim();
  if (!number.ok) return /^[+-]?(nan|inf|infinity|∞)$/iu.test(shown) ? { ok: false, reason: t.decoding.notNumber(shown) } : number;
  const problem = temperatureProblem(number.value);
  if (problem === null) return number;
  const d = t.decoding;
  const reason = problem === "tooSmall" ? d.tooSmall(shown, TEMPERATURE_MIN) : problem === "tooLarge" ? d.tooLarge(shown, TEMPERATURE_MAX) : problem === "notPositive" ? d.notPositive(shown) : d.notNumber(shown);
  return { ok: false, reason };
}

export function DecodingControl({ store }: { store: AppStore }) {
  const t = useT();
  const d = t.decoding;
  const decoding = useStore(store, (s) => s.decoding);
  const { setDecoding } = store.getState();
  // Back from greedy, sampling resumes with the reader's last temperature and seed.
  const lastSampling = useRef<SampleDecoding>(DEFAULT_SAMPLING);
  if (decoding.kind === "sample") lastSampling.current = decoding;
  const choose = (kind: DecodingKind) => setDecoding(kind === "sample" ? lastSampling.current : GREEDY);
  const sample = decoding.kind === "sample" ? decoding : undefined;
  // The menu offers greedy and sampling; the core's top-k and top-p (CLI only so far) show under "sampling".
  const kind: DecodingKind = decoding.kind === "greedy" ? "greedy" : "sample";
  const update = (patch: Partial<Omit<SampleDecoding, "kind">>) => sample && setDecoding({ ...sample, ...patch });

  return (
    <div className="decoding" role="group" aria-label={d.label}>
      <Select label={d.label} value={kind} names={d.kinds} onChange={choose} />
      {sample && (
        <>
          <span className="decoding-tau">
            <label className="decoding-temperature">
              <span className="decoding-tau-label">{d.temperature}</span>
              <input
                type="range"
                min={SLIDER.min}
                max={SLIDER.max}
                step={SLIDER.step}
                value={Math.min(SLIDER.max, Math.max(SLIDER.min, sample.temperature))}
                aria-valuetext={`τ = ${sample.temperature}`}
                onChange={(e) => update({ temperature: Number(e.target.value) })}
              />
            </label>
            <NumberField className="number-field decoding-number" label={d.temperatureNumber} value={sample.temperature} format={String} parse={(text) => parseTemperature(text, t)} onCommit={(temperature) => update({ temperature })} />
          </span>
          <span className="decoding-seed">
            <span aria-hidden="true">{d.seed}</span>
            <NumberField className="number-field decoding-number" label={d.seedNumber} value={sample.seed} format={String} parse={(text) => parseSeed(text, t.fields)} onCommit={(seed) => update({ seed })} />
          </span>
        </>
      )}
    </div>
  );
}
