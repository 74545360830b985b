// The beam player's words in English (the Chinese ones are in messagesZh.ts); en.ts and zh.ts take
// them as their `beam` section.

import type { BeamPhase } from "../../model/beamChoice.ts";

type Status = "kept" | "finished" | "pruned" | "candidate";

export const beamEn = {
  region: "Beam search player",
  formulas: "Beam search formulas",
  settings: "Beam search settings",
  width: "Beam width K",
  alpha: "Length penalty α",
  widthNotWhole: (text: string) => `“${text}” is not a beam width: K is a whole number of hypotheses.`,
  widthBelowOne: (text: string) => `${text} is too small: the beam keeps at least 1 hypothesis (K = 1 is greedy decoding).`,
  widthAboveVocab: (text: string, max: number) => `${text} is too large: K can be at most ${max}, the number of words this model can write.`,
  alphaNotNumber: (text: string) => `“${text}” is not a number: α is a number from 0 to 10.`,
  alphaNegative: (text: string) => `${text} is negative: α must be 0 or more (α = 0 scores by log P alone).`,
  alphaTooLarge: (text: string, max: number) => `${text} is too large: above ${max} the score only rewards length. Use at most ${max}.`,
  widthCapped: (asked: number, max: number) => `The link asks for K = ${asked}, more than the model's ${max} words: the search keeps ${max}.`,
  phases: { expand: "expand", score: "score", prune: "prune" } satisfies Record<BeamPhase, string>,
  title: (t: number, phase: BeamPhase) =>
    ({ expand: `t′ = ${t}, expand: every hypothesis in the beam × every word`, score: `t′ = ${t}, score: log P and log P / n^α of each candidate`, prune: `t′ = ${t}, prune: keep the K best` })[phase],
  said: (t: number, phase: BeamPhase, words: string, score: string) =>
    ({ expand: `Step ${t}: every hypothesis is extended by every word; the most likely is “${words}”.`, score: `Step ${t}: scores computed; the best candidate “${words}” scores ${score}.`, prune: `Step ${t}: pruned to the K best; the best is “${words}”, score ${score}.` })[phase],
  stepHead: (t: number) => `t′ = ${t}`,
  more: (n: number) => `+ ${n} more pruned`,
  score: "score",
  legend: "● kept (stays in the beam) · ■ finished (ended in <eos>) · × pruned",
  treeLabel: (source: string, best: string) => `Beam tree for “${source}”: each column is a decoder step; the best translation is “${best}”. The table after the tree lists the same hypotheses.`,
  treeBox: "Beam tree (scrolls in its own box)",
  tableCaption: (t: number) => `Hypotheses at t′ = ${t}`,
  tables: "The tree as tables",
  columns: { rank: "rank", hypothesis: "hypothesis", logp: "log p", logP: "log P", score: "score", status: "status" },
  status: { kept: "● kept", finished: "■ finished", pruned: "× pruned", candidate: "not yet pruned" } satisfies Record<Status, string>,
  best: (words: string, score: string) => `Best: “${words}” (score ${score})`,
  notStarted: "Type a sentence with at least one word.",
  keysHint: "Keys, when the player has focus: → next phase, ← previous, space play or pause, Home first, End last, P present.",
  expandCaption: "expand: each hypothesis in the beam, times every word of the vocabulary",
  logpCaption: (t: number) => `log-probability of the most likely candidate's word at step ${t}`,
  sumCaption: (words: string) => `log P of “${words}”: the log-probabilities of its words, summed`,
  bestCaption: (words: string) => `the best hypothesis, “${words}”: its log P`,
  scoreCaption: "its score: log P divided by a power of its length n",
  pruneCaption: (kept: number, finished: number, pruned: number) => `prune: ${kept} kept, ${finished} finished, ${pruned} pruned`,
  ignoredWidth: (value: string) => `This figure ignores K="${value}": expected a whole number from 1 to 64.`,
  ignoredAlpha: (value: string) => `This figure ignores alpha="${value}": expected a number from 0 to 10.`,
};

export type BeamMessages = typeof beamEn;
