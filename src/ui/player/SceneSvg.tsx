// The one place a picture touches the DOM: an <svg> behind a ref that D3 draws a Scene into. React
// owns the element, D3 owns its children.

import { useEffect, useRef, type CSSProperties } from "react";
import { drawHover, drawScene } from "../kit/drawScene.ts";
import { useHover } from "./hover.tsx";
import { motionDuration } from "./motion.ts";
import type { Scene } from "../kit/scene.ts";

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

function sameItems(a: readonly object[], b: readonly object[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Record<string, unknown>;
    const y = b[i] as Record<string, unknown>;
    let n = 0;
    for (const k in x) {
      if (x[k] !== y[k]) return false;
      n++;
    }
    for (const _k in y) n--;
    if (n !== 0) return false;
  }
  return true;
}

/**
 * Whether two scenes draw the same picture. A new trace (a weight edit) gives every picture a new
 * scene, but often the same one: an output weight does not change the encoder. Comparing is far
 * cheaper than a D3 redraw that would change nothing.
 */
export function sameScene(a: Scene, b: Scene): boolean {
  return a.width === b.width && a.height === b.height && sameItems(a.rects, b.rects) && sameItems(a.texts, b.texts) && sameItems(a.lines, b.lines);
}

/** Where the picture's cursor band stands ("" when it has none). */
function cursorAt(scene: Scene): string {
  const band = scene.rects.find((r) => r.key === "cursor");
  return band ? `${band.x},${band.y}` : "";
}

export function SceneSvg({ scene, label }: Props) {
  const ref = useRef<SVGSVGElement>(null);
  const drawnCursor = useRef<string | null>(null);
  const drawn = useRef<Scene | null>(null);
  const { hovered, setHovered } = useHover();
  const hoveredNow = useRef(hovered);

  useEffect(() => {
    hoveredNow.current = hovered;
  }, [hovered]);

  useEffect(() => {
    if (!ref.current || (drawn.current && sameScene(drawn.current, scene))) return;
    drawn.current = scene;
    // A step moves the cursor band and animates. New numbers under a cursor that stays (a weight
    // being dragged) are drawn at once: the edit must show in the next frame, not 350 ms later.
    const at = cursorAt(scene);
    const stepped = drawnCursor.current !== null && drawnCursor.current !== at;
    drawnCursor.current = at;
    drawScene(ref.current, scene, stepped ? motionDuration(350) : 0, setHovered);
    // With nothing pointed at no element carries the mark, new ones included: nothing to update.
    if (hoveredNow.current !== null) drawHover(ref.current, hoveredNow.current);
    // Measuring the picture forces a layout; only a step can move the cursor out of view.
    if (stepped) revealCursor(ref.current, scene);
  }, [scene, setHovered]);

  useEffect(() => {
    if (ref.current) drawHover(ref.current, hovered);
  }, [hovered]);

  // The scene's size, for player.css: on a page scaled down to fit but never below 70 % (past that the
  // figure scrolls rather than shrink its text); in a presentation scaled up with the screen.
  const style = { "--scene-w": scene.width, "--scene-h": scene.height } as CSSProperties;
  return <svg ref={ref} className="player-svg" role="img" aria-label={label} width={scene.width} height={scene.height} style={style} />;
}
