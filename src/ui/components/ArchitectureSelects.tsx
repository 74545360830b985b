// The architecture a reader picks, as the playground offers it: the language pair, the cell, the
// decoder, and for the attention decoder its score and query, and the encoder's direction. The
// playground and the training page both show these, so both offer the same choices the same way
// (score and query only where there is attention to score).

import type { LanguagePair, ModelChoice } from "../../model/defaults.ts";
import { useT } from "../i18n/index.ts";
import { Select } from "./Select.tsx";

interface Props {
  readonly pair: LanguagePair;
  readonly choice: ModelChoice;
  readonly onPair: (pair: LanguagePair) => void;
  readonly onChoice: (patch: Partial<ModelChoice>) => void;
  readonly disabled?: boolean;
  /** The class of each field's label (the checkbox's gets `checkClass`). */
  readonly fieldClass?: string;
  readonly checkClass: string;
}

export function ArchitectureSelects({ pair, choice, onPair, onChoice, disabled = false, fieldClass, checkClass }: Props) {
  const t = useT();
  const { names, player } = t;
  const field = { disabled, ...(fieldClass ? { className: fieldClass } : {}) };
  return (
    <>
      <Select label={player.pair} value={pair} names={names.pairs} onChange={onPair} {...field} />
      <Select label={player.cell} value={choice.cell} names={names.cells} onChange={(cell) => onChoice({ cell })} {...field} />
      <Select label={player.decoder} value={choice.variant} names={names.variants} onChange={(variant) => onChoice({ variant })} {...field} />
      {choice.variant === "attention" && (
        <>
          <Select label={player.score} value={choice.score} names={names.scores} onChange={(score) => onChoice({ score })} {...field} />
          <Select label={player.query} value={choice.query} names={names.queries} onChange={(query) => onChoice({ query })} {...field} />
        </>
      )}
      <label className={checkClass}>
        <input type="checkbox" checked={choice.bidirectional} disabled={disabled} onChange={(e) => onChoice({ bidirectional: e.target.checked })} />
        {player.bidirectional}
      </label>
    </>
  );
}
