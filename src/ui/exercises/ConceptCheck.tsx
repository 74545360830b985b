// A multiple-choice concept check: radio buttons in a fieldset; choosing one shows whether it is
// right and the explanation of that option, announced in an aria-live region.

import { useId, useState } from "react";
import type { Lang } from "../i18n/index.ts";
import { CONCEPTS } from "./concepts.ts";
import { MathText } from "./MathText.tsx";
import type { ExerciseMessages } from "./messages.ts";

interface Props {
  readonly concept: string;
  readonly slot: number;
  readonly lang: Lang;
  readonly m: ExerciseMessages;
  readonly onSolved: () => void;
}

export function ConceptCheck({ concept, slot, lang, m, onSolved }: Props) {
  const c = CONCEPTS[concept]![lang];
  const [chosen, setChosen] = useState<number | null>(null);
  const id = useId();
  const option = chosen === null ? undefined : c.options[chosen];
  return (
    <section className="exercise concept" aria-labelledby={`${id}-h`} data-concept={concept} data-slot={slot}>
      <h3 id={`${id}-h`}>{m.numbered(slot + 1)}</h3>
      <fieldset>
        <legend>
          <MathText text={c.question} />
        </legend>
        {c.options.map((o, i) => (
          <label key={i} className="concept-option">
            <input
              type="radio"
              name={`${id}-o`}
              checked={chosen === i}
              onChange={() => {
                setChosen(i);
                if (o.correct) onSolved();
              }}
            />{" "}
            <MathText text={o.text} />
          </label>
        ))}
      </fieldset>
      <p className={`exercise-feedback ${option ? (option.correct ? "correct" : "wrong") : ""}`} role="status" aria-live="polite">
        {option ? <MathText text={`${option.correct ? m.conceptCorrect : m.conceptWrong} ${option.why}`} /> : ""}
      </p>
    </section>
  );
}
