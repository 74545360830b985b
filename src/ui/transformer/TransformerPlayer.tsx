// Steps through one attention head of the chapter's Transformer (the pair's trained preset, or the
// untrained demo while it loads): inputs, Q, K, V, Kᵀ, scores, mask, weights, output, with the
// matrices drawn and the current formula with its numbers. The
// lessons embed one per attention kind; kind "all" lets the reader switch between the three. P or
// the Present button fills the screen with it.

import { useMemo, useState } from "react";
import { useCjkFont } from "../i18n/cjkFont.ts";
import { useT } from "../i18n/index.ts";
import { PresentButton } from "../presentation/PresentButton.tsx";
import { usePresentation } from "../presentation/usePresentation.ts";
import { Choice } from "./Choice.tsx";
import { PAIRS, isHeadCount, pairById, type HeadCount, type SentencePair } from "./demo.ts";
import { stackTex } from "./format.ts";
import { Formula } from "./Formula.tsx";
import { MatrixFlow } from "./MatrixFlow.tsx";
import { useWeightsNote } from "./presetNotes.ts";
import { useShownTransformer } from "./shown.ts";
import { onStepperKey, Transport } from "../components/Transport.tsx";
import { attentionSteps, HEAD_SPEED, symbolicTex } from "./steps.ts";
import { TransformerPresentation } from "./TransformerPresentation.tsx";
import { useStepper } from "../components/useStepper.ts";
import { attentionView, type PlayerKind } from "./views.ts";
import { SymbolText } from "../components/SymbolText.tsx";

export type TransformerPlayerKind = PlayerKind | "all";

interface Props {
  readonly kind?: TransformerPlayerKind;
  /** Heads the weights are split into: 1, 2 or 4 (the presets are trained with 2). */
  readonly heads?: number;
  /** "you" (I love you → Je t'aime) or "china" (seed 004's I love China → 我 爱 中国). */
  readonly pair?: SentencePair["id"];
}

const KINDS: readonly PlayerKind[] = ["encoder-self", "masked-self", "cross"];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function TransformerPlayer({ kind = "all", heads = 2, pair: initialPair = "you" }: Props) {
  const t = useT();
  const h: HeadCount = isHeadCount(heads) ? heads : 2;
  const [chosenKind, setChosenKind] = useState<PlayerKind>(kind === "all" || !KINDS.includes(kind) ? "encoder-self" : kind);
  const [pairId, setPairId] = useState(pairById(initialPair).id);
  const [head, setHead] = useState(0);
  const pair = pairById(pairId);
  // The sentence menu always names 我 爱 中国, so the page has Chinese on it whichever pair is shown.
  useCjkFont(true);
  const shown = useShownTransformer(h, pair);
  const note = useWeightsNote(shown);
  const view = useMemo(() => attentionView(shown.trace, shown.model, chosenKind, head, t.tf), [shown, chosenKind, head, t]);
  const steps = useMemo(() => attentionSteps(view, t.tf), [view, t]);
  const stepper = useStepper(steps.length, { initialSpeed: HEAD_SPEED });
  const step = steps[stepper.step]!;
  const name = capital(t.tf.kinds[chosenKind]);
  const tex = stackTex(symbolicTex(step), step.tex);
  const presentation = usePresentation<HTMLDivElement>({ step: stepper.step, setStep: stepper.go });

  return (
    <div
      ref={presentation.root}
      data-presentable=""
      className="tf-player"
      role="group"
      aria-label={t.tf.player(t.tf.kinds[chosenKind])}
      tabIndex={0}
      onKeyDown={(e) => onStepperKey(e, stepper)}
      aria-keyshortcuts="ArrowRight ArrowLeft Space Home End P"
    >
      <div className="tf-options">
        {kind === "all" && <Choice legend={t.tf.attention} value={chosenKind} onChange={setChosenKind} options={KINDS.map((k) => ({ value: k, label: capital(t.tf.kinds[k]) }))} />}
        <Choice legend={t.tf.sentence} value={pair.id} onChange={setPairId} options={PAIRS.map((p) => ({ value: p.id, label: `${p.source} → ${p.target}` }))} />
        {h > 1 && <Choice legend={t.tf.head} value={view.head} onChange={setHead} options={Array.from({ length: h }, (_, i) => ({ value: i, label: `${i + 1}` }))} />}
      </div>
      {note && <p className="tf-note" role="note">{note}</p>}
      <Transport stepper={stepper} title={step.title}>
        <PresentButton presentation={presentation} />
      </Transport>
      <p className="tf-explain"><SymbolText text={step.explain} /></p>
      <MatrixFlow items={step.items} label={t.tf.flowLabel(name, h > 1 ? `${t.tf.headName(view.head + 1)}, ` : "", step.title)} />
      <Formula tex={tex} label={step.title} />
      {presentation.presenting && <TransformerPresentation name={t.tf.player(t.tf.kinds[chosenKind])} step={step} index={stepper.step} count={steps.length} tex={tex} go={stepper.go} onClose={presentation.close} fullscreen={presentation.byReader} />}
    </div>
  );
}
