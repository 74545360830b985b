// What the training-step player shows at each step, read from the core's TrainingStepTrace: the
// steps (forward, loss, every backward node, update) with their URL ids, and each step's formulas
// as TeX with the trace's numbers. No math here beyond norms for display: every number is the core's.

import type { TrainingStepTrace } from "../../core/grad/backTrace.ts";
import type { BackNode } from "../../core/grad/backNodes.ts";
import type { DecoderStep, Trace } from "../../core/trace.ts";

export type StepKind = "forward" | "loss" | BackNode["kind"] | "update";

export interface ViewStep {
  /** The URL id: "forward", "loss", a node id ("back.dec.2.cell"), "update". */
  readonly id: string;
  readonly kind: StepKind;
  readonly node?: BackNode;
}

/** forward, loss, the nodes in backprop's order, update. */
export function viewSteps(trace: TrainingStepTrace): ViewStep[] {
  return [{ id: "forward", kind: "forward" }, { id: "loss", kind: "loss" }, ...trace.nodes.map((node) => ({ id: node.id, kind: node.kind, node })), { id: "update", kind: "update" }];
}

/** A number for TeX: three significant digits, scientific notation below 10⁻³ and from 10⁴. */
export function num(x: number): string {
  if (Number.isNaN(x)) return "\\mathrm{NaN}";
  if (!Number.isFinite(x)) return x > 0 ? "\\infty" : "-\\infty";
  if (x === 0) return "0";
  const a = Math.abs(x);
  if (a >= 1e-3 && a < 1e4) return String(Number(x.toPrecision(3)));
  const [mant, exp] = x.toExponential(2).split("e");
  return `${Number(mant)}\\times10^{${Number(exp)}}`;
}

/** The same for text: "0.123", "4.5e-6". */
export function numText(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (x === 0 || (a >= 1e-3 && a < 1e4)) return String(Number(x.toPrecision(3)));
  return x.toExponential(2).replace(/\.?0+e/u, "e");
}

const MAX_SHOWN = 5;

/** [v_1, …] with at most MAX_SHOWN entries, then an ellipsis. */
export function vecTex(v: ArrayLike<number>): string {
  const shown = Array.from(v).slice(0, MAX_SHOWN).map(num);
  return `[${shown.join(",\\ \\allowbreak ")}${v.length > MAX_SHOWN ? ",\\ \\dots" : ""}]`;
}

export function norm(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  return Math.sqrt(s);
}

const vec = (node: BackNode, name: string): Float64Array | undefined => node.vectors.find((v) => v.name === name)?.value;

export function decoderStepsOf(trace: Trace): DecoderStep[] {
  return trace.steps.filter((s): s is DecoderStep => s.kind === "decoder");
}

/** "t′ = 2 (aime)" or "t = 3 (you)": where a node is, for titles. */
export function whereOf(trace: Trace, node: BackNode): string {
  const step = trace.steps.find((s) => s.id === node.step);
  if (step?.kind === "decoder") return `t′ = ${step.t} (${step.token})`;
  if (step?.kind === "encoder") return `t = ${step.t}${step.direction === "backward" ? " ←" : ""} (${step.token.text})`;
  return "c";
}

const d = (of: string) => `\\frac{\\partial L}{\\partial ${of}}`;

/** The symbol of a node's state: s_{t'} (decoder) or h_t (encoder). */
function stateSym(trace: Trace, node: BackNode): { now: string; prev: string; next: string; C: string } {
  const step = trace.steps.find((s) => s.id === node.step);
  if (step?.kind === "decoder") return { now: `s_{${step.t}}`, prev: `s_{${step.t - 1}}`, next: `s_{${step.t + 1}}`, C: `C_{${step.t}}` };
  const t = step?.kind === "encoder" ? step.t : 0;
  const back = step?.kind === "encoder" && step.direction === "backward";
  const h = (k: number) => `${back ? "\\overleftarrow" : ""}{h}_{${k}}`;
  return { now: h(t), prev: h(back ? t + 1 : t - 1), next: h(back ? t - 1 : t + 1), C: `C_{${t}}` };
}

function outputLines(trace: Trace, node: BackNode): string[] {
  const step = decoderStepsOf(trace).find((s) => s.id === node.step)!;
  const t = step.t;
  const dz = vec(node, "dz")!;
  const r = vec(node, "r")!;
  return [
    `${d(`z_{${t}}`)} = p_{${t}} - \\mathrm{onehot}(y_{${t}}) = ${vecTex(dz)},\\quad y_{${t}} = \\text{${step.token.replace(/[{}\\]/gu, "")}}`,
    `${d("W_{\\mathrm{out}}")} \\mathrel{+}= ${d(`z_{${t}}`)}\\, r_{${t}}^{\\top},\\quad \\lVert\\cdot\\rVert = ${num(norm(dz) * norm(r))}`,
    `${d(`r_{${t}}`)} = W_{\\mathrm{out}}^{\\top} ${d(`z_{${t}}`)} = ${vecTex(vec(node, "dr")!)}`,
  ];
}

function attentionLines(trace: Trace, node: BackNode): string[] {
  const t = decoderStepsOf(trace).find((s) => s.id === node.step)!.t;
  const T = node.vectors.filter((v) => v.name.startsWith("dh.")).length;
  const hNorms = Array.from({ length: T }, (_, j) => `\\lVert${d(`h_{${j + 1}}`)}\\rVert = ${num(norm(vec(node, `dh.${j + 1}`)!))}`);
  return [
    `${d(`c_{${t}}`)} = ${vecTex(vec(node, "dc")!)}`,
    `${d(`\\alpha_{${t}j}`)} = ${d(`c_{${t}}`)} \\cdot h_j = ${vecTex(vec(node, "dalpha")!)}`,
    `${d(`e_{${t}j}`)} = \\alpha_{${t}j}\\Big(${d(`\\alpha_{${t}j}`)} - \\sum_k \\alpha_{${t}k} ${d(`\\alpha_{${t}k}`)}\\Big) = ${vecTex(vec(node, "de")!)}`,
    `${d("q")} = \\sum_j ${d(`e_{${t}j}`)} \\frac{\\partial e_{${t}j}}{\\partial q} = ${vecTex(vec(node, "dq")!)}`,
    `${d("h_j")} \\mathrel{+}= \\alpha_{${t}j} ${d(`c_{${t}}`)} + ${d(`e_{${t}j}`)} \\frac{\\partial e_{${t}j}}{\\partial h_j}:\\ ${hNorms.join(",\\ ")}`,
  ];
}

/** δ_f, δ_i, … : the gate deltas, one line each; a delta that two matrices share (RNN's W_h, W_x) once. */
function deltaLines(node: BackNode): string[] {
  const lines: string[] = [];
  let last: Float64Array | undefined;
  for (const v of node.vectors.filter((x) => x.name.startsWith("delta."))) {
    if (last && last.length === v.value.length && last.every((x, i) => x === v.value[i])) continue;
    last = v.value;
    const gate = v.name.slice("delta.W_".length);
    lines.push(`\\delta_{${gate === "h" || gate === "x" ? "" : gate}} = ${vecTex(v.value)}`);
  }
  return lines;
}

function cellLines(trace: Trace, node: BackNode, words: NodeWords): string[] {
  const sym = stateSym(trace, node);
  const above = `${d(sym.now)}\\Big|_{\\text{${words.fromAbove}}}`;
  const lines = [`${above} = ${vecTex(vec(node, "dhOut")!)}`, `${d(sym.now)} = ${above} + ${d(sym.now)}\\Big|_{${sym.next}} = ${vecTex(vec(node, "dh")!)}`];
  const dC = vec(node, "dC");
  if (dC) lines.push(`${d(sym.C)} = ${vecTex(dC)}`);
  if (node.formulas[0]?.endsWith(".rnn")) lines.push(`\\delta = ${d(sym.now)} \\odot (1 - ${sym.now}^2) = ${vecTex(vec(node, "delta.W_h")!)}`);
  else lines.push(...deltaLines(node));
  lines.push(`${d(sym.prev)} = \\textstyle\\sum_k W_{k,h}^{\\top} \\delta_k = ${vecTex(vec(node, "dhPrev")!)}`);
  return lines;
}

function contextLines(node: BackNode): string[] {
  const lines = [`${d("s_0")} = ${vecTex(vec(node, "ds0")!)}`];
  const dc = vec(node, "dc")!;
  if (norm(dc) > 0) lines.push(`${d("c")} = \\textstyle\\sum_{t'} ${d("c")}\\Big|_{t'} = ${vecTex(dc)}`);
  const shares = node.vectors.filter((v) => v.name.startsWith("dh.") && norm(v.value) > 0);
  for (const v of shares) lines.push(`${d(`h_{${v.name.slice(3)}}`)} \\mathrel{+}= ${vecTex(v.value)}`);
  const dC = vec(node, "dC_T");
  if (dC) lines.push(`${d("C_T")} = ${d("C_0")} = ${vecTex(dC)}`);
  return lines;
}

/** The words a formula carries, in the reader's language. */
export interface NodeWords {
  /** The share of a state's gradient from outside the chain of cells (the output, attention, the context). */
  readonly fromAbove: string;
}

/** Each node kind's lines, keyed by the core's formula ids (the cell's and the context's by their stem). */
const TEMPLATES: Readonly<Record<string, (trace: Trace, node: BackNode, words: NodeWords) => string[]>> = {
  "back.out.dz": outputLines,
  "back.att.dalpha": attentionLines,
  "back.cell": cellLines,
  "back.ctx": (_, node) => contextLines(node),
};

export function nodeLines(trace: Trace, node: BackNode, words: NodeWords): string[] {
  const id = node.formulas.find((f) => TEMPLATES[f] !== undefined) ?? node.formulas[0]?.replace(/\.[^.]+$/u, "");
  return id && TEMPLATES[id] ? TEMPLATES[id](trace, node, words) : [];
}

export function forwardLines(st: TrainingStepTrace): string[] {
  return decoderStepsOf(st.trace).map((s) => `p_{${s.t}}(\\text{${s.token.replace(/[{}\\]/gu, "")}}) = ${num(s.p[s.y]!)}`);
}

export function lossLines(st: TrainingStepTrace): string[] {
  const terms = st.losses.map((l) => num(l.nll)).join(" + ");
  return [`L = \\sum_{t'} -\\log p_{t'}(y_{t'}) = ${terms} = ${num(st.loss)}`];
}

export function updateLines(st: TrainingStepTrace): string[] {
  const u = st.update;
  const b = u.biggest;
  const lines: string[] = [];
  if (b) {
    lines.push(`\\theta = ${paramTex(b.path)}[${b.index + 1}]`);
    const c = u.config;
    const eta = num(c.learningRate);
    if (c.kind === "sgd" && c.momentum > 0) {
      lines.push(`v = \\mu v + g = ${num(c.momentum)}\\cdot 0 + ${num(b.g)} = ${num(b.m)}`);
      lines.push(`\\theta_{\\text{new}} = \\theta - \\eta v = ${num(b.theta)} - ${eta}\\cdot(${num(b.m)}) = ${num(b.thetaNew)}`);
    } else if (c.kind === "sgd") {
      lines.push(`\\theta_{\\text{new}} = \\theta - \\eta g = ${num(b.theta)} - ${eta}\\cdot(${num(b.g)}) = ${num(b.thetaNew)}`);
    } else {
      lines.push(`m = (1-\\beta_1) g = ${num(b.m)},\\quad v = (1-\\beta_2) g^2 = ${num(b.v ?? 0)}`);
      lines.push(`\\theta_{\\text{new}} = \\theta - \\eta \\frac{\\hat m}{\\sqrt{\\hat v} + \\epsilon} = ${num(b.theta)} - ${eta}\\cdot\\frac{${num(b.m / (1 - c.beta1))}}{\\sqrt{${num((b.v ?? 0) / (1 - c.beta2))}} + 10^{-8}} = ${num(b.thetaNew)}`);
    }
  }
  if (b) {
    const all = Object.values(u.delta).reduce((sum, dv) => sum + norm(dv) ** 2, 0);
    lines.push(`\\Delta\\theta = ${num(u.delta[b.path]![b.index]!)},\\quad \\lVert\\Delta\\theta_{\\text{all}}\\rVert = ${num(Math.sqrt(all))}`);
  }
  lines.push(`L:\\ ${num(st.loss)} \\;\\to\\; ${num(u.lossAfter)}`);
  return lines;
}

/** The size of the gradient a step shows, for the status line: ‖∂L/∂state‖ of cells, ‖∂z‖, ‖∂c‖, ‖∂s_0‖. */
export function stepNorm(step: ViewStep): number | undefined {
  const n = step.node;
  if (!n) return undefined;
  const main = { output: "dz", attention: "dc", cell: "dh", context: "ds0" }[n.kind];
  const v = vec(n, main);
  return v ? norm(v) : undefined;
}

/** Where a parameter sits, as a superscript both editions read: enc, dec, att; the output layer's needs none. */
const PLACES: Readonly<Record<string, string>> = { "encoder.weights": "enc", "encoder.backwardWeights": "enc,\\leftarrow", "decoder.weights": "dec", "decoder.attention": "att", "decoder.output": "", source: "src", target: "tgt" };

/**
 * A parameter's name in the lessons' symbols: "encoder.weights.W_C" → W_{C}^{\text{enc}},
 * "decoder.output.W_out" → W_{\text{out}}, "source.embeddings" → E^{\text{src}}.
 */
export function paramTex(path: string): string {
  const name = path.slice(path.lastIndexOf(".") + 1);
  const place = PLACES[path.slice(0, path.lastIndexOf("."))] ?? "";
  const sup = place === "" ? "" : `^{\\text{${place.replace("\\leftarrow", "")}}${place.includes("leftarrow") ? "\\leftarrow" : ""}}`;
  if (name === "embeddings") return `E${sup}`;
  const [base, ...rest] = name.split("_");
  const sub = rest.join("\\_");
  const subTex = sub === "" ? "" : /^[A-Za-z]$/.test(sub) ? `_{${sub}}` : `_{\\text{${sub}}}`;
  return `${base}${subTex}${sup}`;
}
