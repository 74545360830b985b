// WCAG 2.2's contrast ratio of two sRGB colours, (L1 + 0.05) / (L2 + 0.05) with L the relative
// luminance (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). Used by the palette's tests.

/** The relative luminance of "#rrggbb", in [0, 1]. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(hex);
  if (!match) throw new RangeError(`relativeLuminance: "${hex}" is not #rrggbb`);
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
