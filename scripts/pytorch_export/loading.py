"""Reading what a reader saved: checkpoints (state dicts or whole modules) and vocabularies.

A module saved whole with torch.save(encoder) pickles a reference to its class (the tutorial's
__main__.EncoderRNN), which the exporter does not have. An empty nn.Module subclass stands in for
any class that cannot be imported, which is enough to read the saved tensors and submodules.
Unpickling runs code named in the file: export only files you made or trust.
"""

from __future__ import annotations

import io
import json
import pickle
import re
import sys
import types
from typing import Any, Optional

import torch

from .errors import ExportError

_STAND_INS: dict[tuple[str, str], type] = {}
_MISSING_ATTRIBUTE = re.compile(r"Can't get attribute '([\w.]+)' on <module '([\w.]+)'")


def stand_in(module: str, name: str) -> type:
    """An empty nn.Module subclass named like the class the file refers to (one per name)."""
    key = (module, name)
    if key not in _STAND_INS:
        _STAND_INS[key] = type(name, (torch.nn.Module,), {"__module__": module})
    return _STAND_INS[key]


class _Tolerant(pickle.Unpickler):
    """An unpickler that replaces classes it cannot import with stand-ins."""

    def find_class(self, module: str, name: str) -> Any:
        try:
            return super().find_class(module, name)
        except (AttributeError, ImportError):
            return stand_in(module, name)


def _provide_module(name: str) -> None:
    """Puts a module (and its parents) into sys.modules whose every attribute is a stand-in class."""
    parts = name.split(".")
    for i in range(1, len(parts) + 1):
        dotted = ".".join(parts[:i])
        if dotted not in sys.modules:
            mod = types.ModuleType(dotted)
            mod.__getattr__ = lambda attr, _m=dotted: stand_in(_m, attr)  # type: ignore[attr-defined]
            sys.modules[dotted] = mod


def load_torch(path: str) -> Any:
    """What torch.save wrote to `path`, on the CPU, with stand-ins for classes this process lacks.

    torch.load unpickles with its own unpickler (Debian's torch 1.13 even ignores pickle_module), so
    a missing module or class is provided in sys.modules and the load is tried again."""
    kwargs: dict[str, Any] = {"map_location": "cpu"}
    if "weights_only" in torch.load.__code__.co_varnames:
        kwargs["weights_only"] = False
    for _ in range(64):
        try:
            return torch.load(path, **kwargs)
        except FileNotFoundError:
            raise ExportError(f"{path}: no such file") from None
        except ModuleNotFoundError as e:
            if not e.name or e.name in sys.modules:
                raise ExportError(f"{path}: not a PyTorch checkpoint ({one_line(e)})") from None
            _provide_module(e.name)
        except AttributeError as e:
            m = _MISSING_ATTRIBUTE.search(str(e))
            if not m or m.group(2) not in sys.modules:
                raise ExportError(f"{path}: not a PyTorch checkpoint ({one_line(e)})") from None
            setattr(sys.modules[m.group(2)], m.group(1), stand_in(m.group(2), m.group(1)))
        except Exception as e:  # torch raises many kinds for a file that is not a checkpoint
            raise ExportError(f"{path}: not a PyTorch checkpoint ({one_line(e)})") from None
    raise ExportError(f"{path}: refers to too many classes this exporter does not have")


def one_line(e: BaseException) -> str:
    return " ".join(str(e).split())[:200] or type(e).__name__


class Part:
    """An encoder or decoder as loaded: its state dict, and its submodules when it was saved whole."""

    def __init__(self, state: dict[str, torch.Tensor], modules: Optional[dict[str, torch.nn.Module]] = None) -> None:
        self.state = state
        self.modules = modules or {}

    def module(self, prefix: str) -> Optional[torch.nn.Module]:
        return self.modules.get(prefix)


def as_part(obj: Any, where: str) -> Part:
    """A module or a state dict as a Part."""
    if isinstance(obj, torch.nn.Module):
        return Part(dict(obj.state_dict()), dict(obj.named_modules()))
    if isinstance(obj, dict) and obj and all(isinstance(v, torch.Tensor) for v in obj.values()):
        return Part(dict(obj))
    raise ExportError(f"{where}: expected a state dict or a saved nn.Module, got {describe(obj)}")


def describe(obj: Any) -> str:
    if isinstance(obj, dict):
        keys = ", ".join(str(k) for k in list(obj)[:6])
        return f"a dict with keys {keys}" if keys else "an empty dict"
    return f"a {type(obj).__name__}"


_WRAPPERS = ("model", "state_dict", "model_state_dict")
_PAIRS = (("encoder", "decoder"), ("encoder_state_dict", "decoder_state_dict"))


def split_checkpoint(obj: Any, path: str) -> tuple[Part, Part]:
    """The encoder and decoder in one checkpoint: a module or state dict with encoder.* and decoder.*
    entries, or a dict holding both under 'encoder' and 'decoder' (or *_state_dict)."""
    if isinstance(obj, dict):
        for enc, dec in _PAIRS:
            if enc in obj and dec in obj:
                return as_part(obj[enc], f"{path}: {enc}"), as_part(obj[dec], f"{path}: {dec}")
        for key in _WRAPPERS:
            if key in obj and isinstance(obj[key], (dict, torch.nn.Module)):
                return split_checkpoint(obj[key], path)
    whole = as_part(obj, path)
    parts = []
    for side in ("encoder", "decoder"):
        state = {k[len(side) + 1 :]: v for k, v in whole.state.items() if k.startswith(f"{side}.")}
        if not state:
            raise ExportError(f"{path}: expected encoder.* and decoder.* tensors (or 'encoder' and 'decoder' entries), got {describe(whole.state)}")
        modules = {k[len(side) + 1 :] if k != side else "": m for k, m in whole.modules.items() if k == side or k.startswith(f"{side}.")}
        parts.append(Part(state, modules))
    other = [k for k in whole.state if not k.startswith(("encoder.", "decoder."))]
    if other:
        raise ExportError(f"{other[0]}: not part of the encoder or the decoder; the exporter reads encoder.* and decoder.* only")
    return parts[0], parts[1]


def load_parts(checkpoint: Optional[str], encoder: Optional[str], decoder: Optional[str]) -> tuple[Part, Part]:
    """The encoder and decoder from --checkpoint, or from --encoder and --decoder."""
    if checkpoint is not None:
        return split_checkpoint(load_torch(checkpoint), checkpoint)
    assert encoder is not None and decoder is not None
    return as_part(load_torch(encoder), encoder), as_part(load_torch(decoder), decoder)


def load_objects(path: str) -> list[Any]:
    """Every object in a vocabulary file: JSON, or one or more pickles in a row (pickle.dump twice), or torch.save."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise ExportError(f"{path}: cannot read ({e.strerror or one_line(e)})") from None
    if data.lstrip()[:1] in (b"[", b"{"):
        try:
            return [json.loads(data.decode("utf-8"))]
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise ExportError(f"{path}: not valid JSON ({one_line(e)})") from None
    stream = io.BytesIO(data)
    out: list[Any] = []
    try:
        while stream.tell() < len(data):
            out.append(_Tolerant(stream).load())
    except Exception:
        if out:
            return out
        return [load_torch(path)]
    return out
