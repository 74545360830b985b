// What can be done to a whole parameter: back to the base model's numbers, fresh random numbers from
// a seed the reader can see and change, or every number times a factor.

import { useState } from "react";
import { NumberField } from "../fields/NumberField.tsx";
import { formatWeight, parseSeed, parseWeight } from "../fields/parseWeight.ts";

interface Props {
  readonly symbol: string;
  readonly edited: boolean;
  readonly onReset: () => void;
  readonly onRandomise: (seed: number) => void;
  /** Returns why the factor could not be used, or null. */
  readonly onScale: (factor: number) => string | null;
}

export function MatrixActions({ symbol, edited, onReset, onRandomise, onScale }: Props) {
  const [seed, setSeed] = useState(1);
  const [factor, setFactor] = useState(2);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="weight-actions" role="group" aria-label={`Change all of ${symbol}`}>
      <button type="button" onClick={onReset} disabled={!edited}>
        Reset {symbol}
      </button>
      <span className="weight-action">
        <span className="weight-action-label" aria-hidden="true">seed</span>
        <NumberField label={`Seed for ${symbol}`} value={seed} format={String} parse={parseSeed} onCommit={setSeed} />
        <button type="button" onClick={() => onRandomise(seed)}>
          Randomise {symbol}
        </button>
      </span>
      <span className="weight-action">
        <span className="weight-action-label" aria-hidden="true">factor</span>
        <NumberField label={`Factor for ${symbol}`} value={factor} format={formatWeight} parse={parseWeight} onCommit={setFactor} />
        <button type="button" onClick={() => setProblem(onScale(factor))}>
          Scale {symbol}
        </button>
      </span>
      {problem && (
        <p className="weight-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
