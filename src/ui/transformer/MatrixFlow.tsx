// A row of matrices and operators that wraps to the figure's width: React owns the <svg>, D3 owns
// what is inside it. `zoom` lays the flow out for a narrower width and scales the drawing up to fill
// the real one: large type for a presentation, with the same wrapping rules.

import { useEffect, useId, useMemo, useRef } from "react";
import { useT } from "../i18n/index.ts";
import { drawFlow } from "./drawFlow.ts";
import { flowLayout, type FlowItem } from "./layout.ts";
import { reducedMotion, useFocusableWhenWide, useWidth } from "../kit/useWidth.ts";

interface Props {
  readonly items: readonly FlowItem[];
  /** Names the drawing for assistive technology (each matrix is also a table of its own). */
  readonly label: string;
  readonly highlighted?: ReadonlySet<string>;
  /** Scale of the drawing (1: as laid out). */
  readonly zoom?: number;
}

export function MatrixFlow({ items, label, highlighted, zoom = 1 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const words = useT().tf;
  const width = Math.floor(useWidth(box) / zoom);
  // Pattern ids go into url(#…): keep only characters that need no escaping there.
  const hatchId = `tf-hatch-${useId().replace(/[^a-zA-Z0-9]/gu, "")}`;
  const layout = useMemo(() => flowLayout(items, width), [items, width]);
  useFocusableWhenWide(box, layout);

  useEffect(() => {
    if (svg.current) drawFlow(svg.current, layout.placed, width, layout.height, { hatchId, duration: reducedMotion() ? 0 : 300, words, ...(highlighted ? { highlighted } : {}) });
  }, [layout, width, hatchId, highlighted, words]);

  return (
    <div ref={box} className="tf-flow">
      <svg ref={svg} className="tf-svg" role="group" aria-label={label} style={zoom === 1 ? undefined : { width: "100%", height: "auto" }} />
    </div>
  );
}
