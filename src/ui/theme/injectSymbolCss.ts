// Puts the symbol colours (symbols.ts) and the heatmap scales (heat.ts) into the page once, as one
// <style> element.

import { heatCss } from "./heat.ts";
import { symbolCss } from "./symbols.ts";

const STYLE_ID = "symbol-colours";

export function injectSymbolCss(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement("style");
  style.id = STYLE_ID;
  style.textContent = symbolCss() + heatCss();
  doc.head.append(style);
}
