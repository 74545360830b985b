// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import { SYMBOLS } from "../../../src/ui/theme/symbols.ts";
import { injectSymbolCss } from "../../../src/ui/theme/injectSymbolCss.ts";
import { renderApp } from "./appHarness.tsx";

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

/** The selectors of the injected rules that give a symbol its theme colour. */
function colourRules(): { selector: string; colour: string }[] {
  const sheet = (document.getElementById("symbol-colours") as HTMLStyleElement).sheet!;
  return [...sheet.cssRules]
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText.includes(".katex"))
    .map((rule) => ({ selector: rule.selectorText, colour: rule.style.getPropertyValue("color") }));
}

describe("symbol colours", () => {
  it("injectSymbolCss adds its style element once, however often it is called", () => {
    injectSymbolCss(document);
    injectSymbolCss(document);
    expect(document.querySelectorAll("#symbol-colours")).toHaveLength(1);
  });

  it("every coloured symbol of a lesson rendered by React is matched by a theme-colour rule", async () => {
    injectSymbolCss(document);
    const app = await renderApp({ hash: "#/lesson/first-steps" });
    cleanup = app.unmount;
    await screen.findByText(/An encoder reads/);
    const sentinels = new Set(Object.values(SYMBOLS).map((d) => d.sentinel));
    const coloured = [...document.querySelectorAll<HTMLElement>(".katex [style]")].filter((el) => {
      const c = el.style.color;
      return c !== "" && [...sentinels].some((s) => c === s || c === `rgb(${parseInt(s.slice(1, 3), 16)}, ${parseInt(s.slice(3, 5), 16)}, ${parseInt(s.slice(5, 7), 16)})`);
    });
    expect(coloured.length).toBeGreaterThan(3);
    const rules = colourRules();
    for (const el of coloured) {
      const rule = rules.find((r) => el.matches(r.selector));
      expect(rule, `no rule for ${el.outerHTML.slice(0, 80)}`).toBeDefined();
      expect(rule?.colour).toMatch(/^var\(--sym-/);
    }
  });
});
