// Lesson 20's GradientFlow widget in English (the Chinese words are in gradientsZh.ts); en.ts and zh.ts
// take them as their `gradients` section.

import type { FlowCell } from "../../model/gradientFlow.ts";

const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
const SUPERSCRIPTS: Readonly<Record<string, string>> = { "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };

/** A whole number in subscript digits, for h₃₀ in plain text. */
export function sub(n: number): string {
  return String(n).replace(/\d/gu, (d) => SUBSCRIPTS[Number(d)]!);
}

/** 10 to a whole power in superscript digits: tenTo(-7) = "10⁻⁷". */
export function tenTo(exponent: number): string {
  return `10${String(exponent).replace(/[-\d]/gu, (c) => SUPERSCRIPTS[c]!)}`;
}

export const gradientsEn = {
  region: "Vanishing and exploding gradients, computed live",
  task: (T: number, n: number, bias: number) =>
    `Task: reverse ${T} symbols. Three untrained models (seeded, n = ${n}); the decoder starts from s₀ = h${sub(T)} and reads nothing else of the source, so the gradient reaches hₜ only back through every step after t. The LSTM's forget gate and the GRU's update gate start open (bias ${bias}).`,
  scale: "Recurrent weights' scale k",
  scaleHint: "k multiplies the columns of every cell matrix that act on hₜ₋₁ (encoder and decoder).",
  cells: { rnn: "RNN", lstm: "LSTM", "gru-reset-after": "GRU" } satisfies Record<FlowCell, string>,
  chartLabel: (k: string) => `‖∂L/∂hₜ‖ against the encoder step t, log scale, three curves (RNN, LSTM, GRU), at scale k = ${k}. The summary after the chart gives the numbers.`,
  xAxis: "encoder step t",
  yAxis: "‖∂L/∂hₜ‖ (log scale)",
  /** e: the ratio ‖∂L/∂h₁‖ / ‖∂L/∂h_T‖ as the nearest power of ten, null when it is 0, ∞ or NaN. */
  summary: (cell: string, T: number, first: string, e: number | null) => {
    const last = `‖∂L/∂h${sub(T)}‖`;
    if (e === null) return `${cell}: ‖∂L/∂h₁‖ = ${first}, not comparable with ${last} (0, ∞ or NaN)`;
    return `${cell}: ‖∂L/∂h₁‖ = ${first}, ${e < 0 ? `${tenTo(e)} of ${last}` : e === 0 ? `about ${last}` : `${tenTo(e)} times ${last}`}`;
  },
  notDrawn: (t: string) => `Not drawn (0, ∞ or NaN): t = ${t}.`,
  table: "All the norms as a table",
  tableCaption: (k: string) => `‖∂L/∂hₜ‖ at k = ${k}`,
  step: "t",
  clip: "Clip the gradient at norm",
  threshold: "Clipping threshold for ‖g‖",
  clipCaption: "The global gradient norm ‖g‖ = ‖∂L/∂θ‖ over every parameter, before and after clipping",
  columns: { model: "model", before: "‖g‖ before", after: "‖g‖ after", acted: "clipping" },
  clipped: "✂ clipped",
  notClipped: "not needed",
  clipOff: "off",
  notPositive: (text: string) => `“${text}” is not a threshold: clipping needs a number greater than 0.`,
};

export type GradientsMessages = typeof gradientsEn;
