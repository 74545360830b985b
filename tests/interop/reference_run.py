"""Running the comparison test's models in PyTorch and recording every quantity the trace holds.

Encoder states come from the nn.RNN/GRU/LSTM modules themselves: h→_t (and C→_t) is the final
state of a run over x_1..x_t, h←_t the backward direction's final state over x_t..x_T, and the
outputs H must agree with both. Decoders run one token at a time, greedily, until EOS or the limit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Optional

import torch
from torch.nn import functional as F

from torch_models import AttnDecoderRNN, DecoderRNN, EncoderRNN, PlainDecoder, PlainEncoder

Record = dict[str, Any]


def vec(t: torch.Tensor) -> list[float]:
    return [float(x) for x in t.reshape(-1).tolist()]


def _final(state: Any) -> tuple[torch.Tensor, Optional[torch.Tensor]]:
    """(h_n, c_n or None) of a module's returned state."""
    return (state[0], state[1]) if isinstance(state, tuple) else (state, None)


def encoder_states(rnn: torch.nn.Module, x: torch.Tensor) -> Record:
    """H, and each direction's h_t (and C_t) at every position t = 1..T, from runs over prefixes and suffixes."""
    out, state = rnn(x)
    T = x.shape[1]
    record: Record = {"H": [vec(out[0, t]) for t in range(T)], "forward": [], "backward": []}
    for t in range(1, T + 1):
        h, c = _final(rnn(x[:, :t])[1])
        record["forward"].append({"h": vec(h[0]), **({"C": vec(c[0])} if c is not None else {})})
        if rnn.bidirectional:
            h, c = _final(rnn(x[:, t - 1 :])[1])
            record["backward"].append({"h": vec(h[1]), **({"C": vec(c[1])} if c is not None else {})})
    h_n, c_n = _final(state)
    record["h_n"] = vec(torch.cat(list(h_n[:, 0]), 0))
    if c_n is not None:
        record["c_n"] = vec(torch.cat(list(c_n[:, 0]), 0))
    return record


@dataclass
class PlainWiring:
    variant: str
    context: str
    init: str
    score: Optional[str]
    query: str


def _scores(dec: PlainDecoder, score: str, q: torch.Tensor, H: torch.Tensor) -> torch.Tensor:
    """e_j for query q (m) against H (T × d_h), computed with the decoder's own Linear layers."""
    if score == "dot":
        return H @ q
    if score == "scaled":
        return H @ q / math.sqrt(H.shape[1])
    if score == "general":
        return dec.attention.W_a(H) @ q
    a = dec.attention
    return a.v(torch.tanh(a.W_s(q)[None, :] + a.W_h(H)))[:, 0]


def _attend(dec: PlainDecoder, score: str, q: torch.Tensor, H: torch.Tensor, step: Record) -> torch.Tensor:
    e = _scores(dec, score, q, H)
    alpha = F.softmax(e, dim=0)
    c = alpha @ H
    step.update(e=vec(e), alpha=vec(alpha), c=vec(c))
    return c


def _start(enc: Record, w: PlainWiring, m: int, lstm: bool) -> tuple[torch.Tensor, Optional[torch.Tensor], torch.Tensor]:
    """s_0, C_0 (LSTM) and the fixed context c, from the encoder's record."""
    H = torch.tensor(enc["H"], dtype=torch.float64)
    final = torch.tensor(enc["h_n"], dtype=torch.float64)
    c = {"last": H[-1], "mean": H.mean(0), "final": final}[w.context]
    if w.init == "zeros":
        return torch.zeros(m, dtype=torch.float64), torch.zeros(m, dtype=torch.float64) if lstm else None, c
    s0 = final if w.variant == "attention" and w.context == "final" else (H[-1] if w.variant == "attention" else c)
    if not lstm:
        return s0, None, c
    # The core's C_T pairs C→_T with the backward direction's first memory, C←_T; "final" takes c_n.
    bi = len(enc["backward"]) > 0
    C0 = enc["c_n"] if w.context == "final" or not bi else enc["forward"][-1]["C"] + enc["backward"][-1]["C"]
    return s0, torch.tensor(C0, dtype=torch.float64), c


def run_plain(enc_mod: PlainEncoder, dec: PlainDecoder, w: PlainWiring, ids: list[int], sos: int, eos: int, limit: int) -> Record:
    """The plain model on one sentence: encoder states, s_0, and every decoder step until EOS or the limit."""
    with torch.no_grad():
        enc = encoder_states(enc_mod.rnn, enc_mod.embedding(torch.tensor([ids])))
        H = torch.tensor(enc["H"], dtype=torch.float64)
        lstm = isinstance(dec.rnn, torch.nn.LSTM)
        s, C, c_fixed = _start(enc, w, dec.rnn.hidden_size, lstm)
        record: Record = {"encoder": enc, "s_0": vec(s), **({"C_0": vec(C)} if C is not None else {}), "steps": [], "ids": []}
        y = sos
        for _ in range(limit):
            step: Record = {}
            x = dec.embedding(torch.tensor(y))
            if w.variant == "attention" and w.query == "previous":
                x = torch.cat([x, _attend(dec, w.score, s, H, step)])
            elif w.variant == "every-step":
                x = torch.cat([x, c_fixed])
            state = (s[None, None], C[None, None]) if lstm else s[None, None]
            _, state = dec.rnn(x[None, None], state)
            s, C = (state[0][0, 0], state[1][0, 0]) if lstm else (state[0, 0], None)
            readout = s
            if w.variant == "attention" and w.query == "current":
                readout = torch.cat([s, _attend(dec, w.score, s, H, step)])
            logits = dec.out(readout)
            y = int(torch.argmax(logits))
            step.update(s=vec(s), **({"C": vec(C)} if C is not None else {}), logits=vec(logits), y=y)
            record["steps"].append(step)
            if y == eos:
                break
            record["ids"].append(y)
        return record


def run_tutorial(enc: EncoderRNN, dec: AttnDecoderRNN | DecoderRNN, ids: list[int], limit: int) -> Record:
    """The tutorial's evaluate(): the input with EOS appended, decoding from SOS (0) until EOS (1) or MAX_LENGTH."""
    with torch.no_grad():
        src = torch.tensor([ids + [1]])
        keys, hidden = enc(src)
        record: Record = {"encoder": encoder_states(enc.gru, enc.embedding(src)), "s_0": vec(hidden[0, 0]), "steps": [], "ids": []}
        y = torch.tensor([[0]])
        for _ in range(limit):
            step: Record = {}
            if isinstance(dec, AttnDecoderRNN):
                query = hidden.permute(1, 0, 2)
                output, hidden, weights = dec.forward_step(y, hidden, keys)
                e = dec.attention.scores(query, keys)
                step.update(e=vec(e), alpha=vec(weights), c=vec(torch.bmm(weights, keys)))
            else:
                output, hidden = dec.forward_step(y, hidden)
            y = output.topk(1)[1].squeeze(-1)
            step.update(s=vec(hidden[0, 0]), logits=vec(output), y=int(y))
            record["steps"].append(step)
            if int(y) == 1:
                break
            record["ids"].append(int(y))
        return record
