"""A state dict whose tensors are taken by name.

Every tensor the exporter reads is taken from a `Tensors`; whatever is left over at the end is a
computation the exporter does not know, and is refused by name rather than silently dropped.
Tensors come out as float64 nested lists, checked for NaN and ±∞.
"""

from __future__ import annotations

from typing import Optional

import torch

from .errors import ExportError

Rows = list[list[float]]


class Tensors:
    """The tensors of one state dict, named in messages with `label` in front (`encoder.`)."""

    def __init__(self, state: dict[str, torch.Tensor], label: str) -> None:
        self.state = {k: v for k, v in state.items() if isinstance(v, torch.Tensor)}
        self.label = label
        self.used: set[str] = set()

    def name(self, key: str) -> str:
        """The tensor's name as messages give it."""
        return f"{self.label}{key}"

    def has(self, key: str) -> bool:
        return key in self.state

    def keys(self) -> list[str]:
        return list(self.state)

    def take(self, key: str, shape: Optional[tuple[int, ...]] = None) -> torch.Tensor:
        """The tensor at `key` as float64, after checking its shape (when given) and finiteness."""
        if key not in self.state:
            raise ExportError(f"{self.name(key)}: missing; the exporter needs it ({describe_keys(self)})")
        t = self.state[key].detach().to("cpu", torch.float64)
        if shape is not None and tuple(t.shape) != shape:
            want = "×".join(str(s) for s in shape)
            raise ExportError(f"{self.name(key)}: expected shape {want}, got {'×'.join(str(s) for s in t.shape)}")
        check_finite(t, self.name(key))
        self.used.add(key)
        return t

    def take_optional(self, key: str, shape: tuple[int, ...]) -> Optional[torch.Tensor]:
        """`take`, or None when the state dict has no such tensor (a Linear with bias=False)."""
        return self.take(key, shape) if key in self.state else None

    def leftovers(self) -> list[str]:
        """Tensors nobody took, in state-dict order."""
        return [k for k in self.state if k not in self.used]

    def refuse_leftovers(self, reads: str) -> None:
        """Refuses the first tensor nobody took, saying what the exporter does read."""
        left = self.leftovers()
        if left:
            more = f" (and {len(left) - 1} more)" if len(left) > 1 else ""
            raise ExportError(f"{self.name(left[0])}{more}: not part of any supported layer; the exporter reads {reads}")


def describe_keys(t: Tensors, limit: int = 6) -> str:
    """A short list of the tensors a state dict has, for 'missing' messages."""
    keys = t.keys()
    shown = ", ".join(keys[:limit]) + (", …" if len(keys) > limit else "")
    return f"{t.label.rstrip('.') or 'it'} has {shown}" if keys else "the state dict is empty"


def check_finite(t: torch.Tensor, name: str) -> None:
    """Refuses NaN and ±∞, naming the first bad entry by its index."""
    bad = ~torch.isfinite(t)
    if not bool(bad.any()):
        return
    index = [int(i) for i in bad.nonzero()[0].tolist()]
    count = int(bad.sum())
    where = "".join(f"[{i}]" for i in index)
    more = f" (and {count - 1} more)" if count > 1 else ""
    raise ExportError(f"{name}{where}: expected a finite number, got {float(t[tuple(index)])}{more}")


def rows(t: torch.Tensor) -> Rows:
    """A matrix as nested float lists (one inner list per output unit)."""
    return [[float(x) for x in r] for r in t.tolist()]


def vector(t: torch.Tensor) -> list[float]:
    return [float(x) for x in t.tolist()]


def hcat(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """[A | B]: columns of A first (the core's cells read [h_{t-1}; x_t], state first)."""
    return torch.cat([a, b], dim=1)
