"""Attention scores as the core's (docs/model-format.md), read from the decoder's attention module.

- dot, scaled: no tensors (the decoder must be as wide as the encoder's outputs)
- general, e_j = sᵀ W_a h_j: a Linear `W_a` from d_h to m without bias (applied to the encoder outputs)
- additive, e_j = vᵀ tanh(W_s s + b_s + W_h h_j + b_h) + b_v: Linears `W_s` (m → a), `W_h` (d_h → a)
  and `v` (a → 1), or the tutorial's BahdanauAttention names `Wa`, `Ua`, `Va`; a missing bias is 0,
  and when all three are missing the score is written without them.
"""

from __future__ import annotations

from typing import Any, Optional

import torch

from .errors import ExportError
from .tensors import Tensors, rows, vector

ADDITIVE_NAMES = (("Wa", "Ua", "Va"), ("W_s", "W_h", "v"))


def _linear(t: Tensors, name: str, shape: tuple[int, int]) -> tuple[torch.Tensor, Optional[torch.Tensor]]:
    """A Linear layer's weight (out × in) and its bias, or None when it has none."""
    weight = t.take(f"{name}.weight", shape)
    return weight, t.take_optional(f"{name}.bias", (shape[0],))


def _width(t: Tensors, name: str) -> int:
    key = f"{name}.weight"
    if not t.has(key):
        raise ExportError(f"{t.name(key)}: missing; the additive score needs Linear layers W_s, W_h, v (or the tutorial's Wa, Ua, Va)")
    return int(t.state[key].shape[0])


def additive_weights(t: Tensors, prefix: str, m: int, dh: int) -> dict[str, Any]:
    """W_s, W_h, v and, when any Linear has a bias, b_s, b_h, b_v."""
    names = next((n for n in ADDITIVE_NAMES if t.has(f"{prefix}.{n[0]}.weight")), ADDITIVE_NAMES[1])
    q, k, v = (f"{prefix}.{n}" for n in names)
    a = _width(t, q)
    W_s, b_s = _linear(t, q, (a, m))
    W_h, b_h = _linear(t, k, (a, dh))
    v_w, b_v = _linear(t, v, (1, a))
    out: dict[str, Any] = {"W_s": rows(W_s), "W_h": rows(W_h), "v": vector(v_w[0])}
    if b_s is None and b_h is None and b_v is None:
        return out
    zero = torch.zeros(a, dtype=torch.float64)
    return {
        "W_s": out["W_s"],
        "b_s": vector(zero if b_s is None else b_s),
        "W_h": out["W_h"],
        "b_h": vector(zero if b_h is None else b_h),
        "v": out["v"],
        "b_v": vector(torch.zeros(1, dtype=torch.float64) if b_v is None else b_v),
    }


def general_weights(t: Tensors, prefix: str, m: int, dh: int) -> dict[str, Any]:
    """W_a (m × d_h), refusing a bias (sᵀ(W_a h + b) is not the general score)."""
    W_a, bias = _linear(t, f"{prefix}.W_a", (m, dh))
    if bias is not None:
        raise ExportError(f"{t.name(prefix + '.W_a.bias')}: the general score sᵀ W_a h has no bias; save W_a with bias=False")
    return {"W_a": rows(W_a)}


def score_weights(t: Tensors, score: str, prefix: str, m: int, dh: int, decoder: str) -> dict[str, Any]:
    """The score's weights; dot and scaled need m = d_h (`decoder` names the decoder's recurrent module)."""
    if score in ("dot", "scaled"):
        if m != dh:
            raise ExportError(f"{decoder}: {m} units, but a {score} score multiplies s·h with the encoder's outputs of width {dh}")
        return {}
    if score == "general":
        return general_weights(t, prefix, m, dh)
    if score == "additive":
        return additive_weights(t, prefix, m, dh)
    raise ExportError(f"--score {score}: not supported; the core has dot, scaled, general and additive")
