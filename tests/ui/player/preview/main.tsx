// A bare page for looking at the player's widgets in a real browser (screenshots, manual checks):
// ?widget=player|decoders|scores|gru|seed003 &theme=light|dark &focus=… &cell=… &variant=…

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { DecoderComparison, GruComparison, Player, ScoreComparison, Seed003Example, type PlayerProps } from "../../../../src/ui/player/index.ts";
import { symbolCss } from "../../../../src/ui/theme/symbols.ts";

const params = new URLSearchParams(location.search);
document.documentElement.dataset.theme = params.get("theme") ?? "light";
const style = document.createElement("style");
style.textContent = `${symbolCss()}
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; background: #fff; color: #1b1b1f; }
:root[data-theme="dark"] body { background: #16181d; color: #e6e6ea; }
main { max-width: 1200px; margin: 0 auto; padding: 12px; }`;
document.head.append(style);

const props = Object.fromEntries([...params].filter(([k]) => !["widget", "theme"].includes(k)).map(([k, v]) => [k, v === "true" ? true : v === "false" ? false : v])) as PlayerProps;
const widgets = { player: Player, decoders: DecoderComparison, scores: ScoreComparison, gru: GruComparison, seed003: Seed003Example };
const Widget = widgets[(params.get("widget") ?? "player") as keyof typeof widgets] ?? Player;

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Widget {...props} />
  </StrictMode>,
);
