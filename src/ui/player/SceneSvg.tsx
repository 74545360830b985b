// The one place a picture touches the DOM: an <svg> behind a ref that D3 draws a Scene into. React
// owns the element, D3 owns its children.

import { useEffect, useRef } from "react";
import { drawHover, drawScene } from "./drawScene.ts";
import { useHover } from "./hover.tsx";
import { motionDuration } from "./motion.ts";
import type { Scene } from "./scene.ts";

interface Props {
  readonly scene: Scene;
  /** What the picture shows, read by screen readers in place of the drawing. */
  readonly label: string;
}

/** Scrolls a figure that is wider than its frame so that the current step is in view. */
function revealCursor(svg: SVGSVGElement, scene: Scene): void {
  const frame = svg.parentElement;
  const band = scene.rects.find((r) => r.key === "cursor");
  if (!frame || !band || frame.scrollWidth <= frame.clientWidth) return;
  const scale = svg.getBoundingClientRect().width / scene.width;
  const left = band.x * scale;
  const right = (band.x + band.w) * scale;
  if (left >= frame.scrollLeft && right <= frame.scrollLeft + frame.clientWidth) return;
  frame.scrollTo({ left: Math.max(0, left - 24), behavior: motionDuration(1) ? "smooth" : "auto" });
}

export function SceneSvg({ scene, label }: Props) {
  const ref = useRef<SVGSVGElement>(null);
  const { hovered, setHovered } = useHover();

  useEffect(() => {
    if (!ref.current) return;
    drawScene(ref.current, scene, motionDuration(350), setHovered);
    revealCursor(ref.current, scene);
  }, [scene, setHovered]);

  useEffect(() => {
    if (ref.current) drawHover(ref.current, hovered);
  }, [hovered, scene]);

  // Scaled down to fit, but never below 70 %: past that the figure scrolls rather than shrink its text.
  const style = { width: "100%", maxWidth: scene.width, minWidth: Math.round(scene.width * 0.7) };
  return <svg ref={ref} className="player-svg" role="img" aria-label={label} width={scene.width} height={scene.height} style={style} />;
}
