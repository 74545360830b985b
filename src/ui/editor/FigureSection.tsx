// The current picture and numbers as files: the player's pictures as SVG or PNG, and the trace as
// CSV (one row per value) or JSON (what `npm run trace` prints).

import { useState, type RefObject } from "react";
import type { Trace } from "../../core/trace.ts";
import { traceJson } from "../../model/traceJson.ts";
import { useT } from "../i18n/index.ts";
import { downloadBlob, downloadText, fileStem } from "../kit/download.ts";
import { figureSvg, svgToPng } from "../share/figureSvg.ts";
import { traceCsv } from "../share/traceCsv.ts";

interface Props {
  readonly trace: Trace | null;
  /** An element inside the player, whose pictures are exported. */
  readonly anchor: RefObject<HTMLElement | null>;
}

export function FigureSection({ trace, anchor }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const f = useT().editor.figure;
  const stem = trace ? fileStem(`${trace.model.name} ${trace.source.map((t) => t.text).join(" ")}`) : "trace";
  const picture = () => {
    const player = anchor.current?.closest(".player");
    const svg = player && trace ? figureSvg(player, `${trace.model.name}: ${trace.source.map((t) => t.text).join(" ")} → ${trace.output.text}`) : null;
    if (!svg) setProblem(f.nothing);
    return svg;
  };
  const exportSvg = () => {
    const svg = picture();
    if (svg) downloadText(svg.text, `${stem}.svg`, "image/svg+xml");
  };
  const exportPng = async () => {
    const svg = picture();
    if (!svg) return;
    try {
      downloadBlob(await svgToPng(svg), `${stem}.png`);
    } catch (e) {
      setProblem(f.pngFailed(e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <section className="weights-figure" aria-label={f.region}>
      <h4>{f.heading}</h4>
      <div className="weights-row">
        <button type="button" onClick={exportSvg} disabled={!trace}>
          {f.svg}
        </button>
        <button type="button" onClick={() => void exportPng()} disabled={!trace}>
          {f.png}
        </button>
        <button type="button" onClick={() => trace && downloadText(traceCsv(trace), `${stem}.csv`, "text/csv")} disabled={!trace}>
          {f.csv}
        </button>
        <button type="button" onClick={() => trace && downloadText(traceJson(trace), `${stem}.json`, "application/json")} disabled={!trace}>
          {f.json}
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
