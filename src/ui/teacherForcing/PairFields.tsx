// The comparison's sentence and right translation, each a labelled field used at every keystroke; a
// pair the model cannot compare is explained under the fields (the tables keep the last good pair).

import { useId } from "react";
import { useT } from "../i18n/index.ts";

interface Props {
  readonly source: string;
  readonly reference: string;
  readonly onSource: (text: string) => void;
  readonly onReference: (text: string) => void;
  readonly problem: string | null;
}

export function PairFields({ source, reference, onSource, onReference, problem }: Props) {
  const t = useT().teacherForcing;
  const id = useId();
  return (
    <div className="tf-pair-fields">
      <label>
        <span>{t.source}</span>
        <input type="text" value={source} onChange={(e) => onSource(e.target.value)} spellCheck={false} autoComplete="off" aria-describedby={problem ? id : undefined} />
      </label>
      <span aria-hidden="true">→</span>
      <label>
        <span>{t.reference}</span>
        <input type="text" value={reference} onChange={(e) => onReference(e.target.value)} spellCheck={false} autoComplete="off" aria-invalid={problem !== null} aria-describedby={problem ? id : undefined} />
      </label>
      {problem && (
        <p id={id} className="tf-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
