// Steps through one attention head of the untrained demo Transformer: inputs, Q, K, V, Kᵀ, scores,
// mask, weights, output, with the matrices drawn and the current formula with its numbers. The
// lessons embed one per attention kind; kind "all" lets the reader switch between the three.

import { useMemo, useState } from "react";
import { Choice } from "./Choice.tsx";
import { PAIRS, UNTRAINED_NOTE, demoTrace, demoTransformer, isHeadCount, pairById, type HeadCount, type SentencePair } from "./demo.ts";
import { stackTex } from "./format.ts";
import { Formula } from "./Formula.tsx";
import { MatrixFlow } from "./MatrixFlow.tsx";
import { StepControls } from "./StepControls.tsx";
import { attentionSteps, symbolicTex } from "./steps.ts";
import { useStepper } from "./useStepper.ts";
import { KIND_NAMES, attentionView, type PlayerKind } from "./views.ts";

export type TransformerPlayerKind = PlayerKind | "all";

interface Props {
  readonly kind?: TransformerPlayerKind;
  /** Heads of the demo model: 1, 2 or 4 (d_model = 4). */
  readonly heads?: number;
  /** "you" (I love you → Je t'aime) or "china" (seed 004's I love China → 我 爱 中国). */
  readonly pair?: SentencePair["id"];
}

const KINDS: readonly PlayerKind[] = ["encoder-self", "masked-self", "cross"];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function TransformerPlayer({ kind = "all", heads = 2, pair: initialPair = "you" }: Props) {
  const h: HeadCount = isHeadCount(heads) ? heads : 2;
  const [chosenKind, setChosenKind] = useState<PlayerKind>(kind === "all" || !KINDS.includes(kind) ? "encoder-self" : kind);
  const [pairId, setPairId] = useState(pairById(initialPair).id);
  const [head, setHead] = useState(0);
  const pair = pairById(pairId);
  const view = useMemo(() => attentionView(demoTrace(h, pair), demoTransformer(h), chosenKind, head), [h, pair, chosenKind, head]);
  const steps = useMemo(() => attentionSteps(view), [view]);
  const stepper = useStepper(steps.length);
  const step = steps[stepper.step]!;
  const name = KIND_NAMES[chosenKind];

  return (
    <div className="tf-player" role="group" aria-label={`Transformer player: ${name}`} tabIndex={0} onKeyDown={stepper.onKeyDown} aria-keyshortcuts="ArrowRight ArrowLeft Space Home End">
      <div className="tf-options">
        {kind === "all" && <Choice legend="Attention" value={chosenKind} onChange={setChosenKind} options={KINDS.map((k) => ({ value: k, label: capital(KIND_NAMES[k]) }))} />}
        <Choice legend="Sentence" value={pair.id} onChange={setPairId} options={PAIRS.map((p) => ({ value: p.id, label: `${p.source} → ${p.target}` }))} />
        {h > 1 && <Choice legend="Head" value={view.head} onChange={setHead} options={Array.from({ length: h }, (_, i) => ({ value: i, label: `${i + 1}` }))} />}
      </div>
      <p className="tf-note" role="note">{UNTRAINED_NOTE}</p>
      <StepControls stepper={stepper} title={step.title} />
      <p className="tf-explain">{step.explain}</p>
      <MatrixFlow items={step.items} label={`${capital(name)}, ${h > 1 ? `head ${view.head + 1}, ` : ""}${step.title}`} />
      <Formula tex={stackTex(symbolicTex(step), step.tex)} label={step.title} />
    </div>
  );
}
