// The weight editor of one player: which model the edits start from, one parameter at a time as an
// editable heat map (picked from a list of every parameter, grouped as in the lessons), the model
// as a file, a share link, and the figure and trace as files. With "Show gradients" the heat map
// shows ∂L/∂θ on the player's sentence pair, and "Take one step" moves the weights down it. Every change goes to the model store;
// the player recomputes its trace from it at once.

import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { useStore } from "zustand";
import type { Trace } from "../../core/trace.ts";
import type { ModelChoice } from "../../model/defaults.ts";
import { useT } from "../i18n/index.ts";
import type { Messages } from "../i18n/en.ts";
import { paramData } from "../model/edits.ts";
import { useModelContext } from "../model/modelContext.ts";
import type { CurrentModel } from "../model/useCurrentModel.ts";
import type { PlayerStore } from "../playerStore.ts";
import { FigureSection } from "./FigureSection.tsx";
import { FilesSection } from "./FilesSection.tsx";
import { ModelBar } from "./ModelBar.tsx";
import { ParamEditor } from "./ParamEditor.tsx";
import { paramInfos, type ParamInfo } from "./paramInfo.ts";
import { randomModelParams } from "./randomise.ts";
import { ShareSection } from "./ShareSection.tsx";
import { StepPanel } from "./StepPanel.tsx";
import type { StepHistory } from "./stepHistory.ts";
import { useLearning } from "./useLearning.ts";
import { useEditActions } from "./useEditActions.ts";
import type { ParamRequest } from "../kit/paramRequest.ts";
import { paramId } from "../../core/entryIds.ts";
import "./editor.css";

export interface WeightsPanelProps {
  readonly current: CurrentModel;
  readonly trace: Trace | null;
  readonly player: PlayerStore;
  readonly choice: ModelChoice;
  /** The parameter the reader asked for last: shown, scrolled to and focused once per request. */
  readonly request: ParamRequest | null;
}

/** The list of parameters; each option's value is the parameter's param: id. */
function ParamPicker({ infos, value, counts, onChange, e }: { infos: readonly ParamInfo[]; value: string; counts: Readonly<Record<string, number>>; onChange: (id: string) => void; e: Messages["editor"] }) {
  const groups = [...new Set(infos.map((i) => i.group))];
  return (
    <label className="weights-picker">
      <span>{e.parameter}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {groups.map((g) => (
          <optgroup key={g} label={g}>
            {infos
              .filter((i) => i.group === g)
              .map((i) => (
                <option key={i.shape.path} value={paramId(i.shape.path)}>
                  {i.title}
                  {counts[i.shape.path] ? e.editedCount(counts[i.shape.path]!) : ""}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

/** Shows the requested parameter, then scrolls its grid into view and focuses it, once per request. */
function useRequestedParam(request: ParamRequest | null, anchor: RefObject<HTMLDivElement | null>, setPicked: (id: string) => void, shown: string, ready: boolean) {
  const done = useRef(0);
  useEffect(() => {
    if (request && request.seq !== done.current) setPicked(request.id);
  }, [request, setPicked]);
  useEffect(() => {
    if (!ready || !request || request.seq === done.current || request.id !== shown) return;
    const grid = anchor.current?.querySelector<HTMLElement>(`[data-param="${request.id}"]`);
    if (!grid) return;
    done.current = request.seq;
    grid.scrollIntoView?.({ block: "start" });
    grid.querySelector<HTMLElement>("td[tabindex='0']")?.focus({ preventScroll: true });
  }, [request, shown, anchor, ready]);
}

export default function WeightsPanel({ current, trace, player, choice, history, request }: WeightsPanelProps & { readonly history: StepHistory }) {
  const { store } = useModelContext();
  const storage = useStore(store, (s) => s.storage);
  const actions = useEditActions(current);
  const anchor = useRef<HTMLDivElement>(null);
  const t = useT();
  const e = t.editor;
  // Labels depend on the architecture, the vocabularies and the language only, so edits do not rebuild them.
  const infos = useMemo(() => paramInfos(current.base, e), [current.base, e]);
  // The parameter shown, by its param: id; W_out until the reader picks one.
  const [picked, setPicked] = useState<string | null>(request?.id ?? null);
  const info = infos.find((i) => paramId(i.shape.path) === picked) ?? infos.find((i) => i.shape.path === "decoder.output.W_out") ?? infos[0]!;
  const path = info.shape.path;
  useRequestedParam(request, anchor, setPicked, paramId(path), !current.loading);
  const counts = useMemo(() => Object.fromEntries(Object.entries(current.edits).map(([p, e]) => [p, Object.keys(e).length])), [current.edits]);
  const setChoice = (c: ModelChoice) => player.getState().setChoice(c);
  const sentence = useStore(player, (s) => s.sentence);
  const [showGradients, setShowGradients] = useState(false);
  const learning = useLearning(current.model, sentence, current.pair, trace, showGradients);

  // The demo shown until the preset arrives is about to be replaced: edits, files and links wait for the preset.
  if (current.loading && !current.onDemand) return <p className="player-empty" role="status">{e.model.waitingForPreset}</p>;
  // Training on demand takes a while: the reader may still choose the untrained model (or an imported one) meanwhile.
  if (current.loading)
    return (
      <div className="weights">
        <ModelBar current={current} onResetModel={actions.resetModel} onRandomiseModel={() => {}} onChoice={setChoice} player={player} editable={false} />
        <p className="player-empty" role="status">{t.onDemand.waiting}</p>
      </div>
    );

  return (
    <div className="weights" ref={anchor}>
      <ModelBar current={current} onResetModel={actions.resetModel} onRandomiseModel={(seed) => actions.setParams(randomModelParams(current.base, seed))} onChoice={setChoice} player={player} />
      <ParamPicker infos={infos} value={paramId(path)} counts={counts} onChange={setPicked} e={e} />
      {/* The whole output beside the grid: on most screens the player's own is out of view while dragging. */}
      <p className="weights-output" role="status">
        {t.player.output}: <strong>{trace?.output.text || "—"}</strong>
      </p>
      <ParamEditor
        key={`${current.baseId}:${path}`}
        info={info}
        base={paramData(current.base, path)!}
        values={paramData(current.model, path)!}
        edits={current.edits[path]}
        actions={actions}
        gradients={learning.gradients?.grads[path]}
        showGradients={showGradients}
        onShowGradients={setShowGradients}
      />
      <StepPanel current={current} learning={learning} history={history} setEdits={(edits) => store.getState().setEdits(current.baseId, edits)} />
      <FilesSection current={current} onChoice={setChoice} />
      <ShareSection current={current} player={player} choice={choice} />
      <FigureSection trace={trace} anchor={anchor} />
      <p className="weights-storage" role="status">
        {storage ? e.storage[storage.kind](storage.detail ?? "") : e.keptHere}
      </p>
    </div>
  );
}
