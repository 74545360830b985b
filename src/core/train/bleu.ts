// Corpus BLEU-4 (Papineni et al. 2002, "BLEU: a method for automatic evaluation of machine
// translation"), as sacrebleu computes it with smooth_method="none", one reference per sentence:
//   p_n = Σ_sentences clipped n-gram matches / Σ_sentences hypothesis n-grams, n = 1 … 4
//   BP  = 1 if c > r, else exp(1 − r/c)     (c, r: total hypothesis and reference lengths)
//   BLEU = BP · exp(¼ Σ_n log p_n)
// Counts are pooled over the corpus before dividing (not an average of sentence scores). Without
// smoothing, a p_n of 0 (no n-gram of some order matches anywhere, or no hypothesis is n tokens
// long) makes BLEU exactly 0, as does an empty output (c = 0). Tokens are compared as given: here
// the own-data normalisation's tokens, <unk> included, so the figure is not sacrebleu's detokenised
// 13a score of the same text. docs/training.md has a worked example.

export const BLEU_ORDER = 4;

export interface Bleu {
  /** In [0, 1]. */
  readonly bleu: number;
  /** p_1 … p_4 (0 where there are no hypothesis n-grams). */
  readonly precisions: readonly number[];
  /** Clipped matches and hypothesis n-grams per order, summed over the corpus. */
  readonly matches: readonly number[];
  readonly totals: readonly number[];
  readonly brevityPenalty: number;
  readonly hypothesisLength: number;
  readonly referenceLength: number;
}

type Token = string | number;

function ngramCounts(tokens: readonly Token[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join("\u0000");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Corpus BLEU of hypotheses against their references (same length, token lists). */
export function corpusBleu(hypotheses: readonly (readonly Token[])[], references: readonly (readonly Token[])[]): Bleu {
  if (hypotheses.length !== references.length) throw new RangeError(`corpusBleu: ${hypotheses.length} hypotheses for ${references.length} references`);
  const matches = new Array<number>(BLEU_ORDER).fill(0);
  const totals = new Array<number>(BLEU_ORDER).fill(0);
  let c = 0;
  let r = 0;
  hypotheses.forEach((hyp, s) => {
    const ref = references[s]!;
    c += hyp.length;
    r += ref.length;
    for (let n = 1; n <= BLEU_ORDER; n++) {
      const refCounts = ngramCounts(ref, n);
      for (const [gram, count] of ngramCounts(hyp, n)) matches[n - 1]! += Math.min(count, refCounts.get(gram) ?? 0);
      totals[n - 1]! += Math.max(0, hyp.length - n + 1);
    }
  });
  const precisions = matches.map((m, i) => (totals[i]! > 0 ? m / totals[i]! : 0));
  const brevityPenalty = c === 0 ? 0 : c > r ? 1 : Math.exp(1 - r / c);
  const zero = c === 0 || precisions.some((p) => p === 0);
  const bleu = zero ? 0 : brevityPenalty * Math.exp(precisions.reduce((sum, p) => sum + Math.log(p), 0) / BLEU_ORDER);
  return { bleu, precisions, matches, totals, brevityPenalty, hypothesisLength: c, referenceLength: r };
}
