// The player's pictures as one standalone SVG: each picture is copied with the colours the page
// computed for it written onto its elements (the theme's symbol colours are CSS variables, which a
// file opened elsewhere would not have), stacked under its caption on the page's background.

const SVG_NS = "http://www.w3.org/2000/svg";
const STYLES = ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "opacity", "font-size", "font-family", "font-weight", "text-anchor", "dominant-baseline", "text-decoration"] as const;
const CAPTION = 22;
const GAP = 14;

export interface FigureSvg {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

function inlineStyles(original: Element, copy: Element): void {
  const from = [original, ...original.querySelectorAll("*")];
  const to = [copy, ...copy.querySelectorAll("*")];
  from.forEach((el, i) => {
    const style = getComputedStyle(el);
    const target = to[i];
    if (!target) return;
    const declarations = STYLES.map((p) => [p, style.getPropertyValue(p)] as const).filter(([, v]) => v !== "");
    target.setAttribute("style", declarations.map(([p, v]) => `${p}: ${v}`).join("; "));
    // The attributes may name the page's CSS variables (fill="var(--sym-h)"), which mean nothing elsewhere.
    for (const [p] of declarations) target.removeAttribute(p);
    target.removeAttribute("class");
  });
}

function captionOf(svg: SVGSVGElement): string {
  return svg.closest("figure")?.querySelector("figcaption")?.textContent?.trim() ?? "";
}

/** The pictures under `root` (the player) as one SVG, or null when it shows none. */
export function figureSvg(root: Element, title: string): FigureSvg | null {
  const svgs = [...root.querySelectorAll<SVGSVGElement>("svg.player-svg")].filter((s) => s.viewBox.baseVal && s.viewBox.baseVal.width > 0);
  if (svgs.length === 0) return null;
  const page = getComputedStyle(root);
  const out = document.createElementNS(SVG_NS, "svg");
  let y = CAPTION + GAP;
  let width = 0;
  const heading = document.createElementNS(SVG_NS, "text");
  heading.setAttribute("x", "8");
  heading.setAttribute("y", "18");
  heading.setAttribute("style", `font: 600 15px ${page.fontFamily}; fill: ${page.color}`);
  heading.textContent = title;
  const parts: Element[] = [heading];
  for (const svg of svgs) {
    const box = svg.viewBox.baseVal;
    const caption = document.createElementNS(SVG_NS, "text");
    caption.setAttribute("x", "8");
    caption.setAttribute("y", String(y + 14));
    caption.setAttribute("style", `font: 600 12px ${page.fontFamily}; fill: ${page.color}`);
    caption.textContent = captionOf(svg);
    const copy = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, copy);
    copy.setAttribute("x", "0");
    copy.setAttribute("y", String(y + CAPTION));
    copy.setAttribute("width", String(box.width));
    copy.setAttribute("height", String(box.height));
    copy.setAttribute("style", `color: ${getComputedStyle(svg).color}; ${copy.getAttribute("style") ?? ""}`);
    parts.push(caption, copy);
    y += CAPTION + box.height + GAP;
    width = Math.max(width, box.width);
  }
  const background = document.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", getComputedStyle(document.body).backgroundColor || "#ffffff");
  out.setAttribute("xmlns", SVG_NS);
  out.setAttribute("width", String(Math.ceil(width)));
  out.setAttribute("height", String(Math.ceil(y)));
  out.setAttribute("viewBox", `0 0 ${Math.ceil(width)} ${Math.ceil(y)}`);
  out.append(background, ...parts);
  return { text: new XMLSerializer().serializeToString(out), width: Math.ceil(width), height: Math.ceil(y) };
}

/** The SVG drawn on a canvas at `scale` × its size, as PNG. */
export async function svgToPng(svg: FigureSvg, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(svg.width * scale);
  canvas.height = Math.ceil(svg.height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("this browser cannot draw on a canvas");
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the picture could not be encoded as PNG"))), "image/png"));
}
