// What can be done to a whole parameter: back to the base model's numbers, fresh random numbers from
// a seed the reader can see and change, or every number times a factor.

import { useState } from "react";
import { NumberField } from "../fields/NumberField.tsx";
import { formatWeight, parseSeed, parseWeight } from "../fields/parseWeight.ts";
import { useT } from "../i18n/index.ts";
import { SymbolText } from "../components/SymbolText.tsx";

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
  const { editor: e, fields: words } = useT();
  return (
    <div className="weight-actions" role="group" aria-label={e.changeAll(symbol)}>
      <button type="button" onClick={onReset} disabled={!edited}>
        <SymbolText text={e.reset(symbol)} named />
      </button>
      <span className="weight-action">
        <span className="weight-action-label" aria-hidden="true">
          {e.seed}
        </span>
        <NumberField label={e.seedFor(symbol)} value={seed} format={String} parse={(text) => parseSeed(text, words)} onCommit={setSeed} />
        <button type="button" onClick={() => onRandomise(seed)}>
          <SymbolText text={e.randomise(symbol)} named />
        </button>
      </span>
      <span className="weight-action">
        <span className="weight-action-label" aria-hidden="true">
          {e.factor}
        </span>
        <NumberField label={e.factorFor(symbol)} value={factor} format={formatWeight} parse={(text) => parseWeight(text, words)} onCommit={setFactor} />
        <button type="button" onClick={() => setProblem(onScale(factor))}>
          <SymbolText text={e.scale(symbol)} named />
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
