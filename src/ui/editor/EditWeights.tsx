// The "Edit weights" panel of a player: open on the playground, collapsed in a lesson. The editor's
// code loads only when the panel is first opened, so a lesson's first download stays small.

import { lazy, Suspense, useEffect, useState } from "react";
import { useT } from "../i18n/index.ts";
import { useStepHistory } from "./stepHistory.ts";
import type { WeightsPanelProps } from "./WeightsPanel.tsx";
import type { ParamRequest } from "../kit/paramRequest.ts";
import "../model/model.css";

const WeightsPanel = lazy(() => import("./WeightsPanel.tsx"));

interface Props extends Omit<WeightsPanelProps, "request"> {
  readonly initiallyOpen: boolean;
  /** The parameter the reader asked for last (pressed in the formulas): the panel opens on it. */
  readonly request?: ParamRequest | null;
}

export function EditWeights({ initiallyOpen, request = null, ...panel }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  useEffect(() => {
    if (request) setOpen(true);
  }, [request]);
  const e = useT().editor;
  // Kept here, not in the lazily shown panel, so that closing the panel does not forget the steps.
  const history = useStepHistory(panel.current.baseId);
  return (
    // Keys inside the editor are the editor's: they must not step or play the player around it.
    <details className="edit-weights" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} onKeyDown={(e) => e.stopPropagation()}>
      <summary>
        {e.editWeights}
        {panel.current.editCount > 0 ? e.editedCount(panel.current.editCount) : ""}
      </summary>
      {open && (
        <Suspense fallback={<p className="player-empty">{e.loading}</p>}>
          <WeightsPanel {...panel} request={request} history={history} />
        </Suspense>
      )}
    </details>
  );
}
