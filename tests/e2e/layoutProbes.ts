// What the layout tests measure inside the page. Each function is handed to `evaluate`, so it uses
// nothing from outside itself; each returns a list of problems in words (empty: all is well).

/** Moves a player's cursor to `step` through its scrubber, as dragging it does. */
export function setPlayerStep(el: Element, step: number): void {
  const input = el.querySelector<HTMLInputElement>(".player-scrub input");
  if (!input) throw new Error("the player has no scrubber");
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(input, String(step));
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

/** Scrolls the page so that a player's transport sits right under the page's header. */
export function scrollToTransport(el: Element): void {
  const transport = el.querySelector<HTMLElement>(".player-transport");
  if (!transport) throw new Error("the player has no transport");
  const header = document.querySelector(".site-header")?.getBoundingClientRect().height ?? 0;
  // The transport is sticky: scroll to where it stands in the flow, its player's body right under it.
  const body = el.querySelector(".player-body") ?? el.querySelector(".tf-explain") ?? transport;
  window.scrollTo(0, body.getBoundingClientRect().top + window.scrollY - header - (body === transport ? 0 : transport.offsetHeight));
}

/**
 * A player seen from its transport down: the transport's buttons, its main pictures (or the
 * Transformer's matrices) and every formula line not folded away must be in the window, below the
 * header (formulasFit checks that no formula line scrolls sideways).
 */
export function playerInView(el: Element): string[] {
  const problems: string[] = [];
  const header = document.querySelector(".site-header")?.getBoundingClientRect().bottom ?? 0;
  const check = (node: Element, what: string) => {
    const r = node.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return;
    if (r.top < header - 1 || r.bottom > window.innerHeight + 1 || r.left < -1 || r.right > window.innerWidth + 1) problems.push(`${what} at ${Math.round(r.top)}..${Math.round(r.bottom)} px, outside the window`);
  };
  for (const b of el.querySelectorAll(".player-buttons button")) check(b, `the ${b.getAttribute("aria-label") ?? b.textContent?.trim()} button`);
  const pictures = el.querySelectorAll<HTMLElement | SVGElement>(".player-main .player-figure, .tf-flow svg");
  if (pictures.length === 0) problems.push("no main picture");
  for (const f of pictures) check(f, `the picture ${f.dataset.part ?? "of the matrices"}`);
  const lines = el.querySelectorAll(".formula-title, .formula-lines > .formula-line, .formula-fold > summary, .tf-formula");
  if (lines.length === 0) problems.push("no formula");
  for (const l of lines) check(l, `the formula line "${(l.querySelector(".formula-caption")?.textContent ?? l.textContent ?? "").slice(0, 30)}"`);
  return problems;
}

/** No formula line of `root` scrolls sideways or reaches past its panel. */
export function formulasFit(root: Element): string[] {
  const problems: string[] = [];
  for (const box of root.querySelectorAll(".formula-lines, .tf-formula")) {
    if (box.scrollWidth > box.clientWidth + 1) problems.push(`a formula scrolls sideways (${box.scrollWidth} px in ${box.clientWidth})`);
  }
  for (const panel of root.querySelectorAll(".formula-panel")) {
    const right = panel.getBoundingClientRect().right;
    for (const piece of panel.querySelectorAll(".formula-piece")) {
      if (piece.closest("details:not([open])")) continue;
      if (piece.getBoundingClientRect().right > right + 1) problems.push(`"${piece.textContent?.slice(0, 30)}" reaches past its panel`);
    }
  }
  return problems;
}

/**
 * A presentation's step: nothing scrolls or is cut by the screen; every number (in the pictures and
 * the formulas) is at least `minNumberPx` tall; a decoder step shows its output distribution and the
 * words written so far.
 */
export function presentationFits(minNumberPx: number): string[] {
  const problems: string[] = [];
  const stage = document.querySelector(".presentation-stage");
  if (!stage) return ["no presentation stage"];
  if (stage.scrollHeight > stage.clientHeight + 1 || stage.scrollWidth > stage.clientWidth + 1) problems.push(`the stage scrolls (${stage.scrollWidth}×${stage.scrollHeight} in ${stage.clientWidth}×${stage.clientHeight})`);
  const box = stage.getBoundingClientRect();
  for (const el of stage.querySelectorAll<HTMLElement | SVGElement>("figure, .formula-title, .formula-line, .formula-fold > summary, .tf-formula, .tf-flow svg, .player-output")) {
    if (el.closest("details:not([open])") && el.tagName !== "SUMMARY") continue;
    const r = el.getBoundingClientRect();
    const name = el.dataset.part ?? (el instanceof SVGElement ? el.className.baseVal : el.className);
    if (r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.right > box.right + 1) problems.push(`${name} is cut (${Math.round(r.left)},${Math.round(r.top)} to ${Math.round(r.right)},${Math.round(r.bottom)})`);
  }
  let smallest = Infinity;
  let which = "";
  for (const t of stage.querySelectorAll<SVGGraphicsElement>("svg text[data-v], svg .tf-value")) {
    const m = t.getScreenCTM();
    if (!t.textContent || !m) continue;
    const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
    if (px < smallest) [smallest, which] = [px, `"${t.textContent}" in a picture`];
  }
  for (const t of stage.querySelectorAll(".formula-vec, .formula-num, .tf-formula .katex")) {
    const px = parseFloat(getComputedStyle(t).fontSize);
    if (px < smallest) [smallest, which] = [px, `"${t.textContent?.slice(0, 20)}" in a formula`];
  }
  if (smallest < minNumberPx) problems.push(`the number ${which} is ${smallest.toFixed(1)} px tall`);
  const decoding = /^(Decoder step|解码第)/u.test(document.querySelector(".presentation-sentence")?.textContent ?? "");
  if (decoding && !stage.querySelector('figure[data-part="output"]')) problems.push("a decoder step without its output distribution");
  if (decoding && !stage.querySelector(".player-output")) problems.push("a decoder step without the words written so far");
  return problems;
}

/**
 * TeX source shown as text outside KaTeX: "_{", "^{", a backslash command, "$", or a letter with
 * "_" or "^" and a letter or digit after it ("W_nh", "h_j", "W^O"). Code, program output and a
 * native select's options (model-file identifiers, which can carry no sub/superscript markup) are
 * quoted as they are and not counted. Returns each hit with a little context.
 */
export function rawTex(): string[] {
  const pattern = /_\{|\^\{|\\[a-zA-Z]+|\$|[A-Za-zα-ωΑ-Ω][_^][A-Za-z0-9]/u;
  const hits: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = node.nodeValue ?? "";
    if (!el || el.closest(".katex, script, style, code, pre, option, .visually-hidden")) continue;
    const m = pattern.exec(text);
    if (m) hits.push(`"${text.slice(Math.max(0, m.index - 25), m.index + 25).replace(/\s+/gu, " ")}"`);
  }
  return [...new Set(hits)];
}

/** Opens every disclosure of the page, so that its text is walked too. */
export function openEverything(): void {
  for (const d of document.querySelectorAll("details")) d.open = true;
}

/** The page is no wider than the window. */
export function notWiderThanWindow(): string[] {
  const over = document.documentElement.scrollWidth - window.innerWidth;
  return over > 0 ? [`the page is ${over} px wider than the window`] : [];
}

/**
 * Whether what is in (or near) the window has arrived: no figure or editor still loading, and no
 * formula, picture or table inside the window still waiting (`aria-busy`).
 */
export function settledInView(): boolean {
  if (document.querySelector(".figure-loading, .edit-weights[open] > .player-empty")) return false;
  for (const el of document.querySelectorAll('[aria-busy="true"]')) {
    const r = el.getBoundingClientRect();
    if (r.bottom > 0 && r.top < window.innerHeight && (r.width > 0 || r.height > 0)) return false;
  }
  return true;
}

/** Asks the first player of the page to present, as the P key does. */
export function present(): void {
  document.querySelector("[data-presentable]")?.dispatchEvent(new CustomEvent("seq2seq:present"));
}

/** The parts of a comparison, from its controls down, that are outside the window or under the header. */
export function comparisonOutOfView(el: Element, control: string): string[] {
  const header = document.querySelector(".site-header")?.getBoundingClientRect().bottom ?? 0;
  const panel = el.querySelector(".comparison-panel");
  const parts = [el.querySelector(`.player-choices ${control}`), panel?.querySelector(".comparison-formula"), panel?.querySelector(".player-svg"), ...(panel?.querySelectorAll(".formula-line") ?? [])];
  const missing = parts.slice(0, 3).some((p) => !p) ? ["the controls, the first panel's formula or its picture is missing"] : [];
  const out = parts.filter((p): p is Element => !!p && (p.getBoundingClientRect().top < header - 1 || p.getBoundingClientRect().bottom > window.innerHeight + 1));
  return [...missing, ...out.map((p) => `${p instanceof SVGElement ? p.className.baseVal : p.className || p.tagName} is out of view`)];
}

/** Scrolls so that a comparison's `control` sits right under the header. */
export function scrollToControl(el: Element, control: string): void {
  const target = el.querySelector(`.player-choices ${control}`);
  if (!target) throw new Error(`the comparison has no ${control}`);
  window.scrollTo(0, target.getBoundingClientRect().top + window.scrollY - (document.querySelector(".site-header")?.getBoundingClientRect().bottom ?? 0) - 8);
}
