// The most likely tokens of a distribution p, found in one pass (a sort of a 150,000-token
// vocabulary at every step would cost a frame each time), with the chosen token added when it is not
// among them, and what the rest of the vocabulary holds together: how many tokens, how much p.

export interface TopTokens {
  /** The k largest p (ties: the lower id first), largest first; then the chosen token if it was not among them. */
  readonly shown: readonly { readonly k: number; readonly p: number }[];
  /** The other tokens: how many, and their p summed. */
  readonly others: { readonly count: number; readonly p: number };
}

export function topTokens(p: ArrayLike<number>, top: number, chosen: number): TopTokens {
  const best: { k: number; p: number }[] = [];
  for (let k = 0; k < p.length; k++) {
    const x = p[k]!;
    // NaN sorts last: an overflowed distribution still shows its tokens, in id order.
    const value = Number.isNaN(x) ? -Infinity : x;
    if (best.length === top && !(value > (Number.isNaN(best[top - 1]!.p) ? -Infinity : best[top - 1]!.p))) continue;
    let at = best.length;
    while (at > 0 && value > (Number.isNaN(best[at - 1]!.p) ? -Infinity : best[at - 1]!.p)) at--;
    best.splice(at, 0, { k, p: x });
    if (best.length > top) best.pop();
  }
  if (chosen >= 0 && chosen < p.length && !best.some((e) => e.k === chosen)) best.push({ k: chosen, p: p[chosen]! });
  let sum = 0;
  for (let k = 0; k < p.length; k++) sum += p[k]!;
  const shownSum = best.reduce((s, e) => s + e.p, 0);
  return { shown: best, others: { count: p.length - best.length, p: Math.max(0, sum - shownSum) } };
}
