"""nn.RNN (tanh), nn.GRU and nn.LSTM, one layer, as the core's cells (docs/model-format.md).

PyTorch stacks the gates in row blocks of weight_ih (k × d) and weight_hh (k × k) and keeps two
biases; the core keeps one matrix per gate over [h_{t-1}; x_t] (state columns first) and one bias:

- RNN:  W_h = W_hh, W_x = W_ih, b = b_ih + b_hh
- LSTM (blocks i, f, g, o): W_k = [W_hk | W_ik], b_k = b_ik + b_hk for k in i, f, o; W_C, b_C from g
- GRU (blocks r, z, n) → "gru-reset-after": W_r = [W_hr | W_ir], b_r = b_ir + b_hr, likewise z;
  W_nx = W_in, b_nx = b_in, W_nh = W_hn, b_nh = b_hn (b_hn stays inside r ⊙ (…), as PyTorch has it)

Adding the two biases is exact up to one rounding, which the comparison test measures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

import torch

from .errors import ExportError
from .tensors import Tensors, hcat, rows, vector

PARAM = re.compile(r"^(?:(?P<prefix>.*)\.)?(?P<kind>weight|bias)_(?P<which>ih|hh|hr)_l(?P<layer>\d+)(?P<rev>_reverse)?$")
KINDS = {1: "rnn", 3: "gru-reset-after", 4: "lstm"}
TORCH_NAMES = {"rnn": "nn.RNN", "gru-reset-after": "nn.GRU", "lstm": "nn.LSTM"}


@dataclass
class Recurrent:
    """One recurrent module mapped onto the core: its cell kind, widths and weights by direction."""

    name: str
    cell: str
    hidden: int
    input_size: int
    weights: dict[str, object]
    backward: Optional[dict[str, object]]


def find_recurrent(t: Tensors) -> str:
    """The prefix of the one recurrent module in `t` ('' when the state dict is the module itself)."""
    prefixes: dict[str, list[str]] = {}
    for key in t.keys():
        m = PARAM.match(key)
        if m:
            prefixes.setdefault(m.group("prefix") or "", []).append(key)
    if not prefixes:
        raise ExportError(f"{t.label.rstrip('.') or 'state dict'}: no nn.RNN, nn.GRU or nn.LSTM (no weight_ih_l0 tensor)")
    if len(prefixes) > 1:
        names = ", ".join(t.name(p) for p in prefixes)
        raise ExportError(f"{names}: {len(prefixes)} recurrent modules; the exporter reads one per encoder and one per decoder")
    prefix, keys = next(iter(prefixes.items()))
    for key in keys:
        m = PARAM.match(key)
        assert m is not None
        if m.group("layer") != "0":
            raise ExportError(f"{t.name(key)}: a recurrent module with more than one layer; the exporter reads one-layer modules only")
        if m.group("which") == "hr":
            raise ExportError(f"{t.name(key)}: nn.LSTM with proj_size > 0 is not supported")
    return prefix


def _dot(prefix: str) -> str:
    return f"{prefix}." if prefix else ""


def _direction(t: Tensors, prefix: str, cell: str, k: int, d: int, suffix: str) -> dict[str, object]:
    """One direction's weights in the core's names."""
    p = _dot(prefix)
    gates = {"rnn": 1, "gru-reset-after": 3, "lstm": 4}[cell]
    W_ih = t.take(f"{p}weight_ih_l0{suffix}", (gates * k, d))
    W_hh = t.take(f"{p}weight_hh_l0{suffix}", (gates * k, k))
    zeros = torch.zeros(gates * k, dtype=torch.float64)
    b_ih = t.take_optional(f"{p}bias_ih_l0{suffix}", (gates * k,))
    b_hh = t.take_optional(f"{p}bias_hh_l0{suffix}", (gates * k,))
    b_ih = zeros if b_ih is None else b_ih
    b_hh = zeros if b_hh is None else b_hh
    block = lambda m, i: m[i * k : (i + 1) * k]  # noqa: E731 - the i-th gate's rows
    if cell == "rnn":
        return {"W_h": rows(W_hh), "W_x": rows(W_ih), "b": vector(b_ih + b_hh)}
    if cell == "lstm":
        out: dict[str, object] = {}
        for ours, i in (("f", 1), ("i", 0), ("o", 3), ("C", 2)):
            out[f"W_{ours}"] = rows(hcat(block(W_hh, i), block(W_ih, i)))
            out[f"b_{ours}"] = vector(block(b_ih, i) + block(b_hh, i))
        return out
    return {
        "W_z": rows(hcat(block(W_hh, 1), block(W_ih, 1))),
        "b_z": vector(block(b_ih, 1) + block(b_hh, 1)),
        "W_r": rows(hcat(block(W_hh, 0), block(W_ih, 0))),
        "b_r": vector(block(b_ih, 0) + block(b_hh, 0)),
        "W_nx": rows(block(W_ih, 2)),
        "b_nx": vector(block(b_ih, 2)),
        "W_nh": rows(block(W_hh, 2)),
        "b_nh": vector(block(b_hh, 2)),
    }


def read_recurrent(t: Tensors, module: Optional[torch.nn.Module] = None) -> Recurrent:
    """The recurrent module of `t` (its kind read from the shapes, checked against the module when loaded whole)."""
    prefix = find_recurrent(t)
    p = _dot(prefix)
    w_hh = t.state[f"{p}weight_hh_l0"]
    w_ih = t.state[f"{p}weight_ih_l0"]
    k, d = int(w_hh.shape[1]), int(w_ih.shape[1])
    cell = KINDS.get(int(w_ih.shape[0]) // max(k, 1) if int(w_ih.shape[0]) % max(k, 1) == 0 else 0)
    if cell is None:
        raise ExportError(f"{t.name(p + 'weight_ih_l0')}: {w_ih.shape[0]} rows for a hidden width of {k}; expected {k} (nn.RNN), {3 * k} (nn.GRU) or {4 * k} (nn.LSTM)")
    check_module(module, t.name(prefix), cell)
    bidirectional = t.has(f"{p}weight_ih_l0_reverse")
    weights = _direction(t, prefix, cell, k, d, "")
    backward = _direction(t, prefix, cell, k, d, "_reverse") if bidirectional else None
    return Recurrent(t.name(prefix), cell, k, d, weights, backward)


def check_module(module: Optional[torch.nn.Module], name: str, cell: str) -> None:
    """What only a whole saved module tells: nn.RNN's nonlinearity, and that it is the class the shapes say."""
    if module is None:
        return
    kind = type(module).__name__
    if kind not in ("RNN", "GRU", "LSTM"):
        raise ExportError(f"{name}: a {kind} module; the exporter reads nn.RNN, nn.GRU and nn.LSTM")
    if TORCH_NAMES[cell] != f"nn.{kind}":
        raise ExportError(f"{name}: an nn.{kind} whose weights have the shapes of {TORCH_NAMES[cell]}")
    if kind == "RNN" and getattr(module, "nonlinearity", "tanh") != "tanh":
        raise ExportError(f"{name}: nn.RNN with nonlinearity='{module.nonlinearity}' is not supported (the core's RNN uses tanh)")
