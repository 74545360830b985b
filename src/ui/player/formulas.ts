// The LaTeX templates of every formula the player shows, in notation.md's symbols and colours.
// A template is a function of the step's notation (which h, which t) and writes two markers that
// the renderer resolves: ⟨name⟩ is a value of the step, substituted as numbers; ⟦key|tex⟧ is a
// term the reader can point at, linked through `key` to a value in the pictures, or a parameter
// (`key` its name, W_f), which the player binds to its param: id and opens in the weight editor.

import type { CellFormulaId } from "../../core/formulas.ts";
import type { CONTEXT_FORMULAS, SCORE_FORMULAS, ADDITIVE_BIAS_FORMULAS } from "../../core/attention/index.ts";
import type { OUTPUT_FORMULAS } from "../../core/output.ts";

/** The attention formulas the player writes: the core's score, softmax and context ids, and the line of all scores. */
type AttentionTemplateId = (typeof SCORE_FORMULAS)[keyof typeof SCORE_FORMULAS] | typeof ADDITIVE_BIAS_FORMULAS.e | (typeof CONTEXT_FORMULAS)[keyof typeof CONTEXT_FORMULAS] | "scores";
type OutputFormulaId = (typeof OUTPUT_FORMULAS)[keyof typeof OUTPUT_FORMULAS];
import type { QueryKind, ScoreKind } from "../../core/model.ts";

/** How one step names its symbols: the cell templates serve the encoder (h, x) and decoder (s, y). */
export interface Notation {
  /** The step index as written in subscripts: "3" or "2" (t or t'). */
  readonly t: string;
  readonly h: string;
  readonly hPrev: string;
  readonly x: string;
  readonly C: string;
  readonly CPrev: string;
}

type Template = (n: Notation) => string;

/** A parameter as a pointable term: its name as the model file writes it, and its TeX. */
const P = (name: string, tex = name) => `⟦${name}|${tex}⟧`;

const gateInput = (n: Notation) => `[⟦hPrev|${n.hPrev}⟧;\\,⟦x|${n.x}⟧]`;
const gate = (k: string, fn: string) => (n: Notation) => `${k}_{${n.t}} = ${fn}(${P(`W_${k}`, `W_{${k}}`)}\\,${gateInput(n)} + ${P(`b_${k}`, `b_{${k}}`)}) = ⟨${k}⟩`;

/** Cell formulas (seed 000's LSTM; notation.md's RNN and both GRUs), keyed by the core's formula ids, and the inputs' line. */
export const CELL_TEMPLATES = {
  inputs: (n) => `⟦hPrev|${n.hPrev}⟧ = ⟦hPrev|⟨hPrev⟩⟧,\\quad ⟦x|${n.x}⟧ = ⟦x|⟨x⟩⟧`,
  "rnn.h": (n) => `⟦h|${n.h}⟧ = \\tanh(${P("W_h")} ⟦hPrev|${n.hPrev}⟧ + ${P("W_x")} ⟦x|${n.x}⟧ + ${P("b")}) = ⟦h|⟨h⟩⟧`,
  "lstm.f": gate("f", "\\sigma"),
  "lstm.i": gate("i", "\\sigma"),
  "lstm.o": gate("o", "\\sigma"),
  "lstm.Ctilde": (n) => `\\tilde{C}_{${n.t}} = \\tanh(${P("W_C")}\\,${gateInput(n)} + ${P("b_C")}) = ⟨Ctilde⟩`,
  "lstm.C": (n) =>
    `⟦C|${n.C}⟧ = f_{${n.t}} \\odot ⟦CPrev|${n.CPrev}⟧ + i_{${n.t}} \\odot \\tilde{C}_{${n.t}} = ⟨f⟩ \\odot ⟦CPrev|⟨CPrev⟩⟧ + ⟨i⟩ \\odot ⟨Ctilde⟩ = ⟦C|⟨C⟩⟧`,
  "lstm.h": (n) => `⟦h|${n.h}⟧ = o_{${n.t}} \\odot \\tanh(⟦C|${n.C}⟧) = ⟨o⟩ \\odot \\tanh(⟦C|⟨C⟩⟧) = ⟦h|⟨h⟩⟧`,
  "gru.z": gate("z", "\\sigma"),
  "gru.r": gate("r", "\\sigma"),
  "gru.n.before": (n) => `\\tilde{n}_{${n.t}} = \\tanh(${P("W_n")}\\,[r_{${n.t}} \\odot ⟦hPrev|${n.hPrev}⟧;\\,⟦x|${n.x}⟧] + ${P("b_n")}) = ⟨n⟩`,
  "gru.u": (n) => `u_{${n.t}} = ${P("W_nh", "W_{nh}")} ⟦hPrev|${n.hPrev}⟧ + ${P("b_nh", "b_{nh}")} = ⟨u⟩`,
  "gru.n.after": (n) =>
    `\\tilde{n}_{${n.t}} = \\tanh(${P("W_nx", "W_{nx}")} ⟦x|${n.x}⟧ + ${P("b_nx", "b_{nx}")} + r_{${n.t}} \\odot (${P("W_nh", "W_{nh}")} ⟦hPrev|${n.hPrev}⟧ + ${P("b_nh", "b_{nh}")})) = \\tanh(${P("W_nx", "W_{nx}")} ⟦x|${n.x}⟧ + ${P("b_nx", "b_{nx}")} + ⟨r⟩ \\odot ⟨u⟩) = ⟨n⟩`,
  "gru.h": (n) =>
    `⟦h|${n.h}⟧ = (1 - z_{${n.t}}) \\odot \\tilde{n}_{${n.t}} + z_{${n.t}} \\odot ⟦hPrev|${n.hPrev}⟧ = (1 - ⟨z⟩) \\odot ⟨n⟩ + ⟨z⟩ \\odot ⟦hPrev|⟨hPrev⟩⟧ = ⟦h|⟨h⟩⟧`,
} satisfies Record<CellFormulaId | "inputs", Template>;

/** The bidirectional merge h_t = [h→_t; h←_t], one line per position. */
export const mergeTemplate = (t: number) =>
  `⟦h|\\sh{h_{${t}}}⟧ = [⟦hf|\\sh{\\overrightarrow{h}_{${t}}}⟧;\\,⟦hb|\\sh{\\overleftarrow{h}_{${t}}}⟧] = ⟦h|⟨h⟩⟧`;

/** The context map and the decoder's initial state (notation.md, seed 002). */
export const CONTEXT_TEMPLATES = {
  last: (T: number) => `⟦c|\\sc{c}⟧ = ⟦hT|\\sh{h_{${T}}}⟧ = ⟦c|⟨c⟩⟧`,
  mean: (T: number) => `⟦c|\\sc{c}⟧ = \\frac{1}{${T}} \\sum_{j=1}^{${T}} \\sh{h_j} = ⟦c|⟨c⟩⟧`,
  attention: () => `\\sc{c_{t'}} = \\sum_j \\sa{\\alpha_{t',j}} \\sh{h_j}`,
  s0FromC: () => `⟦s|\\ss{s_0}⟧ = ⟦c|\\sc{c}⟧ = ⟦s|⟨s⟩⟧`,
  s0FromH: (T: number) => `⟦s|\\ss{s_0}⟧ = ⟦hT|\\sh{h_{${T}}}⟧ = ⟦s|⟨s⟩⟧`,
  s0Zeros: () => `⟦s|\\ss{s_0}⟧ = 0`,
  C0: (T: number) => `\\sC{C^{\\mathrm{dec}}_0} = ⟦CT|\\sC{C_{${T}}}⟧ = ⟨C⟩`,
  /** The map "final" of a bidirectional encoder: each direction's last state (PyTorch's h_n). */
  final: (T: number) => `⟦c|\\sc{c}⟧ = [\\sh{\\overrightarrow{h}_{${T}}};\\,\\sh{\\overleftarrow{h}_{1}}] = ⟦c|⟨c⟩⟧`,
  s0Final: (T: number) => `⟦s|\\ss{s_0}⟧ = [\\sh{\\overrightarrow{h}_{${T}}};\\,\\sh{\\overleftarrow{h}_{1}}] = ⟦s|⟨s⟩⟧`,
  C0Final: (T: number) => `\\sC{C^{\\mathrm{dec}}_0} = [\\sC{\\overrightarrow{C}_{${T}}};\\,\\sC{\\overleftarrow{C}_{1}}] = ⟨C⟩`,
};

/** The three decoder variants of notation.md: what the cell g reads at step t'. */
export const DECODER_TEMPLATES = {
  initial: (t: number) => `⟦s|\\ss{s_{${t}}}⟧ = g(⟦sPrev|\\ss{s_{${t - 1}}}⟧,\\, ⟦yPrev|\\sy{y_{${t - 1}}}⟧)`,
  "every-step": (t: number) => `⟦s|\\ss{s_{${t}}}⟧ = g(⟦sPrev|\\ss{s_{${t - 1}}}⟧,\\, [⟦yPrev|\\sy{y_{${t - 1}}}⟧;\\,⟦c|\\sc{c}⟧])`,
  "attention.previous": (t: number) => `⟦s|\\ss{s_{${t}}}⟧ = g(⟦sPrev|\\ss{s_{${t - 1}}}⟧,\\, [⟦yPrev|\\sy{y_{${t - 1}}}⟧;\\,⟦c|\\sc{c_{${t}}}⟧])`,
  "attention.current": (t: number) => `⟦s|\\ss{s_{${t}}}⟧ = g(⟦sPrev|\\ss{s_{${t - 1}}}⟧,\\, ⟦yPrev|\\sy{y_{${t - 1}}}⟧)`,
  token: (t: number, word: string) => `⟦yPrev|\\sy{y_{${t - 1}}}⟧ = ${word}`,
};

/** Attention scores (seed 002; Luong et al. 2015; Bahdanau et al. 2015), softmax and context. q is the query's TeX. */
export const ATTENTION_TEMPLATES = {
  "att.score.dot": (t: number, q: string) => `⟦e|\\se{e_{${t},j}}⟧ = ⟦q|${q}⟧ \\cdot \\sh{h_j}`,
  // A pointable term cannot sit inside \frac (each term is typeset on its own), hence the slash.
  "att.score.scaled": (t: number, q: string, n: number) => `⟦e|\\se{e_{${t},j}}⟧ = (⟦q|${q}⟧ \\cdot \\sh{h_j}) / \\sqrt{${n}}`,
  "att.score.general": (t: number, q: string) => `⟦e|\\se{e_{${t},j}}⟧ = ⟦q|${q}⟧^{\\top} ${P("W_a")} \\sh{h_j}`,
  "att.score.additive": (t: number, q: string) => `⟦e|\\se{e_{${t},j}}⟧ = ${P("v", "v^{\\top}")} \\tanh(${P("W_s")} ⟦q|${q}⟧ + ${P("W_h")} \\sh{h_j})`,
  /** The additive score with the biases of PyTorch's Linear layers (an imported model's). */
  "att.score.additive.bias": (t: number, q: string) => `⟦e|\\se{e_{${t},j}}⟧ = ${P("v", "v^{\\top}")} \\tanh(${P("W_s")} ⟦q|${q}⟧ + ${P("b_s")} + ${P("W_h")} \\sh{h_j} + ${P("b_h")}) + ${P("b_v")}`,
  scores: (t: number) => `⟦e|\\se{e_{${t},\\cdot}}⟧ = ⟦e|⟨e⟩⟧`,
  "att.softmax": (t: number) =>
    `⟦alpha|\\sa{\\alpha_{${t},j}}⟧ = \\frac{\\exp \\se{e_{${t},j}}}{\\sum_k \\exp \\se{e_{${t},k}}},\\quad ⟦alpha|\\sa{\\alpha_{${t},\\cdot}}⟧ = ⟦alpha|⟨alpha⟩⟧`,
  /** `terms` is "α_{t,1} h_1 + …" with the weights as numbers, built by the caller. */
  "att.context": (t: number, terms: string) => `⟦c|\\sc{c_{${t}}}⟧ = \\sum_j \\sa{\\alpha_{${t},j}} \\sh{h_j} = ${terms} = ⟦c|⟨c⟩⟧`,
} satisfies Record<AttentionTemplateId, (t: number, ...rest: never[]) => string>;

/** The output layer and the choice of the token (seed 000 §3.3, seed 002). */
export const OUTPUT_TEMPLATES = {
  "out.logits": (t: number, readout: string) => `z_{${t}} = ${P("W_out", "W_{\\text{out}}")}\\, ${readout} + ${P("b_out", "b_{\\text{out}}")}`,
  "out.softmax": (t: number) => `⟦p|p_{${t}}⟧ = \\operatorname{softmax}(z_{${t}}),\\quad ⟦p|p_{${t}}⟧(⟦y|⟨word⟩⟧) = ⟦p|⟨pChosen⟩⟧`,
  "out.argmax": (t: number) => `⟦y|\\sy{y_{${t}}}⟧ = \\arg\\max_k\\, p_{${t},k} = ⟦y|⟨word⟩⟧`,
  /** Sampling's distribution, τ substituted: the chosen word's probability at τ beside p's line at τ = 1. */
  "out.tempered": (t: number) => `⟦p|p^{(\\tau)}_{${t}}⟧ = \\operatorname{softmax}(z_{${t}} / \\tau),\\quad \\tau = ⟨tau⟩,\\quad ⟦p|p^{(\\tau)}_{${t}}⟧(⟦y|⟨word⟩⟧) = ⟦p|⟨pTau⟩⟧`,
  "out.sample": (t: number) => `⟦y|\\sy{y_{${t}}}⟧ \\sim \\operatorname{softmax}(z_{${t}} / ⟨tau⟩):\\quad ⟦y|\\sy{y_{${t}}}⟧ = ⟦y|⟨word⟩⟧`,
  "out.forced": (t: number) => `⟦y|\\sy{y_{${t}}}⟧ = ⟦y|⟨word⟩⟧ \\quad \\text{(the given target)}`,
} satisfies Record<OutputFormulaId, (t: number, ...rest: never[]) => string>;

/** A line of a cell's formulas: one of the core's cell formulas, or the inputs the step reads. */
export type CellLineId = keyof typeof CELL_TEMPLATES;

/** The decoder variants in general form, for side-by-side comparisons. */
export const VARIANT_TEX = {
  initial: `\\ss{s_{t'}} = g(\\ss{s_{t'-1}},\\, \\sy{y_{t'-1}}),\\quad \\ss{s_0} = \\sc{c}`,
  "every-step": `\\ss{s_{t'}} = g(\\ss{s_{t'-1}},\\, [\\sy{y_{t'-1}};\\, \\sc{c}])`,
  attention: `\\ss{s_{t'}} = g(\\ss{s_{t'-1}},\\, [\\sy{y_{t'-1}};\\, \\sc{c_{t'}}]),\\quad \\sc{c_{t'}} = \\textstyle\\sum_j \\sa{\\alpha_{t',j}} \\sh{h_j}`,
};

/** The four scores in general form, with the query a model uses: s_{t'-1} (previous) or s_{t'} (current). */
export function scoreTex(score: ScoreKind, query: QueryKind): string {
  const s = `\\ss{${query === "current" ? "s_{t'}" : "s_{t'-1}"}}`;
  const h = `\\sh{h_j}`;
  const body = {
    dot: `${s} \\cdot ${h}`,
    scaled: `${s} \\cdot ${h} / \\sqrt{n}`,
    general: `${s}^{\\top} W_a ${h}`,
    additive: `v^{\\top} \\tanh(W_s ${s} + W_h ${h})`,
  }[score];
  return `\\se{e_{t',j}} = ${body}`;
}

/** The GRU candidate in both forms. */
export const GRU_TEX = {
  before: `\\tilde{n}_t = \\tanh(W_n\\,[r_t \\odot \\sh{h_{t-1}};\\, \\sx{x_t}] + b_n)`,
  after: `\\tilde{n}_t = \\tanh(W_{nx} \\sx{x_t} + b_{nx} + r_t \\odot (W_{nh} \\sh{h_{t-1}} + b_{nh}))`,
};
