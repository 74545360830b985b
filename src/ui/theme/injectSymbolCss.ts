// Puts the symbol colours (symbols.ts) and the heatmap scales (heat.ts) into the page once. Where the
// browser has constructable stylesheets, as one adopted sheet: the site's Content-Security-Policy
// refuses <style> elements it did not ship (style-src-elem 'self'), and a sheet built through the
// CSSOM is not one. Elsewhere (jsdom, older engines) as one <style> element.

import { heatCss } from "./heat.ts";
import { symbolCss } from "./symbols.ts";

const STYLE_ID = "symbol-colours";
const adopted = new WeakSet<Document>();

export function injectSymbolCss(doc: Document): void {
  if (adopted.has(doc) || doc.getElementById(STYLE_ID)) return;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (view && "adoptedStyleSheets" in doc && typeof view.CSSStyleSheet === "function" && "replaceSync" in view.CSSStyleSheet.prototype) {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(symbolCss() + heatCss());
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    adopted.add(doc);
    return;
  }
  const style = doc.createElement("style");
  style.id = STYLE_ID;
  style.textContent = symbolCss() + heatCss();
  doc.head.append(style);
}
