// One parameter: its title in the lesson's symbols, the heat map of its numbers (or, with "Show
// gradients", of ∂L/∂θ), the selected weight's controls, and the actions on the whole parameter.

import { useMemo, useRef, useState } from "react";
import { useT } from "../i18n/index.ts";
import { num } from "../i18n/learnStep.ts";
import type { ParamEdits } from "../model/edits.ts";
import { maxAbs } from "../kit/scene.ts";
import { CellControls, sliderRange } from "./CellControls.tsx";
import type { GridPicture } from "./drawGrid.ts";
import { MatrixActions } from "./MatrixActions.tsx";
import { MatrixGrid } from "./MatrixGrid.tsx";
import type { ParamInfo } from "./paramInfo.ts";
import { randomParam, scaledParam } from "./randomise.ts";
import { SymbolText } from "../components/SymbolText.tsx";
import type { EditActions } from "./useEditActions.ts";
import { paramId } from "../../core/entryIds.ts";

interface Props {
  readonly info: ParamInfo;
  /** The base model's numbers and the current ones. */
  readonly base: Float64Array;
  readonly values: Float64Array;
  readonly edits: ParamEdits | undefined;
  readonly actions: EditActions;
  /** ∂L/∂θ of this parameter, when the gradients are shown and could be computed. */
  readonly gradients?: Float64Array | undefined;
  readonly showGradients: boolean;
  readonly onShowGradients: (on: boolean) => void;
}

/** The "Show gradients" switch and, while on, what the colours mean. */
function GradientToggle({ on, onChange, symbol, max }: { on: boolean; onChange: (on: boolean) => void; symbol: string; max: number | undefined }) {
  const w = useT().learnStep;
  return (
    <div className="weight-grid-tools">
      <label className="weight-toggle">
        <input type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} />
        <span>{w.showGradients}</span>
      </label>
      {on && max !== undefined && (
        <span className="weight-legend">
          <SymbolText text={w.legend(symbol, num(max))} />
        </span>
      )}
    </div>
  );
}

export function ParamEditor({ info, base, values, edits, actions, gradients, showGradients, onShowGradients }: Props) {
  const { learnStep: w, editor: e } = useT();
  const { path } = info.shape;
  const cols = info.shape.cols ?? 1;
  const [selected, setSelected] = useState(0);
  const at = Math.min(selected, values.length - 1);
  const fieldRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const baseMax = useMemo(() => maxAbs([base], 0), [base]);
  const shownGrads = showGradients ? gradients : undefined;
  // The gradients' own scale: the largest |∂L/∂θ| of this parameter.
  const gradMax = useMemo(() => (shownGrads ? Math.max(maxAbs([shownGrads], 0), 1e-300) : undefined), [shownGrads]);
  const picture: GridPicture = useMemo(
    // The colour scale is the base model's: an edited weight beyond it shows at full strength, and a
    // drag that grows the largest weight does not recolour (and redraw) every other cell.
    () => ({
      rows: info.shape.rows,
      cols,
      rowLabels: info.rowLabels,
      colLabels: info.colLabels,
      values,
      edited: (i) => edits !== undefined && i in edits,
      selected: at,
      max: Math.max(baseMax, 1e-9),
      symbol: info.symbol,
      ...(shownGrads && gradMax !== undefined ? { gradients: { values: shownGrads, max: gradMax, text: w.cellGradient } } : {}),
    }),
    [info, cols, values, edits, at, baseMax, shownGrads, gradMax, w],
  );
  const name = `${info.symbol}[${info.rowLabels[Math.floor(at / cols)] ?? ""}, ${info.colLabels[at % cols] ?? ""}]`;
  const backToGrid = () => gridRef.current?.querySelector<HTMLElement>("td[tabindex='0']")?.focus();
  const startTyping = () => {
    fieldRef.current?.focus();
    fieldRef.current?.select();
  };

  return (
    <section className="weight-param" aria-label={info.title} data-param={paramId(path)}>
      <h4 className="weight-title">
        <SymbolText text={info.symbol} /> — {info.meaning}, {info.shape.cols === undefined ? info.shape.rows : `${info.shape.rows} × ${info.shape.cols}`}
        {info.actsOn && (
          <>
            , {e.actsOn} <SymbolText text={info.actsOn} />
          </>
        )}
      </h4>
      <GradientToggle on={showGradients} onChange={onShowGradients} symbol={info.symbol} max={gradMax} />
      <div ref={gridRef}>
        <MatrixGrid
          label={shownGrads ? w.gradientGrid(info.title) : info.title}
          picture={picture}
          onSelect={setSelected}
          onDrag={(i, v) => actions.setValue(path, i, v)}
          onStartTyping={startTyping}
          onReset={(i) => actions.resetValue(path, i)}
        />
      </div>
      {shownGrads && (
        <p className="weight-readout" aria-live="polite">
          <SymbolText text={w.readout(name, num(values[at]!), num(shownGrads[at]!))} named />
        </p>
      )}
      <CellControls
        key={`${path}:${at}`}
        name={name}
        value={values[at]!}
        preset={base[at]!}
        range={sliderRange(baseMax, values[at]!)}
        onChange={(v) => actions.setValue(path, at, v)}
        onReset={() => actions.resetValue(path, at)}
        onCancel={backToGrid}
        fieldRef={fieldRef}
      />
      <MatrixActions
        symbol={info.symbol}
        edited={edits !== undefined}
        onReset={() => actions.resetParam(path)}
        onRandomise={(seed) => actions.setParam(path, randomParam(info.shape, seed))}
        onScale={(factor) => {
          const scaled = scaledParam(values, factor);
          if (!scaled) return e.scaleTooFar(factor);
          actions.setParam(path, scaled);
          return null;
        }}
      />
    </section>
  );
}
