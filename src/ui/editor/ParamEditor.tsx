// One parameter: its title in the lesson's symbols, the heat map of its numbers, the selected weight's
// controls, and the actions on the whole parameter.

import { useMemo, useRef, useState } from "react";
import type { ParamEdits } from "../model/edits.ts";
import { maxAbs } from "../player/scene.ts";
import { CellControls, sliderRange } from "./CellControls.tsx";
import type { GridPicture } from "./drawGrid.ts";
import { MatrixActions } from "./MatrixActions.tsx";
import { MatrixGrid } from "./MatrixGrid.tsx";
import type { ParamInfo } from "./paramInfo.ts";
import { randomParam, scaledParam } from "./randomise.ts";
import { SymbolText } from "./SymbolText.tsx";
import type { EditActions } from "./useEditActions.ts";

interface Props {
  readonly info: ParamInfo;
  /** The base model's numbers and the current ones. */
  readonly base: Float64Array;
  readonly values: Float64Array;
  readonly edits: ParamEdits | undefined;
  readonly actions: EditActions;
}

export function ParamEditor({ info, base, values, edits, actions }: Props) {
  const { path } = info.shape;
  const cols = info.shape.cols ?? 1;
  const [selected, setSelected] = useState(0);
  const at = Math.min(selected, values.length - 1);
  const fieldRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const baseMax = useMemo(() => maxAbs([base], 0), [base]);
  const picture: GridPicture = useMemo(
    // The colour scale is the base model's: an edited weight beyond it shows at full strength, and a
    // drag that grows the largest weight does not recolour (and redraw) every other cell.
    () => ({ rows: info.shape.rows, cols, rowLabels: info.rowLabels, colLabels: info.colLabels, values, edited: (i) => edits !== undefined && i in edits, selected: at, max: Math.max(baseMax, 1e-9) }),
    [info, cols, values, edits, at, baseMax],
  );
  const name = `${info.symbol}[${info.rowLabels[Math.floor(at / cols)] ?? ""}, ${info.colLabels[at % cols] ?? ""}]`;
  const backToGrid = () => gridRef.current?.querySelector<HTMLElement>("td[tabindex='0']")?.focus();
  const startTyping = () => {
    fieldRef.current?.focus();
    fieldRef.current?.select();
  };

  return (
    <section className="weight-param" aria-label={info.title}>
      <h4 className="weight-title">
        <SymbolText text={info.symbol} /> — {info.meaning}, {info.shape.cols === undefined ? info.shape.rows : `${info.shape.rows} × ${info.shape.cols}`}
        {info.actsOn && (
          <>
            , acts on <SymbolText text={info.actsOn} />
          </>
        )}
      </h4>
      <div ref={gridRef}>
        <MatrixGrid
          label={info.title}
          picture={picture}
          onSelect={setSelected}
          onDrag={(i, v) => actions.setValue(path, i, v)}
          onStartTyping={startTyping}
          onReset={(i) => actions.resetValue(path, i)}
        />
      </div>
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
          if (!scaled) return `Scaling by ${factor} would take a weight beyond the largest float; choose a smaller factor.`;
          actions.setParam(path, scaled);
          return null;
        }}
      />
    </section>
  );
}
