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

export function SceneSvg({ scene, label }: Props) {
  const ref = useRef<SVGSVGElement>(null);
  const { hovered, setHovered } = useHover();

  useEffect(() => {
    if (ref.current) drawScene(ref.current, scene, motionDuration(350), setHovered);
  }, [scene, setHovered]);

  useEffect(() => {
    if (ref.current) drawHover(ref.current, hovered);
  }, [hovered, scene]);

  // Scaled down to fit, but never below 70 %: past that the figure scrolls rather than shrink its text.
  const style = { width: "100%", maxWidth: scene.width, minWidth: Math.round(scene.width * 0.7) };
  return <svg ref={ref} className="player-svg" role="img" aria-label={label} width={scene.width} height={scene.height} style={style} />;
}
