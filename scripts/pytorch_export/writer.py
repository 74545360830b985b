"""The model file as text in the project's layout: objects indented, each vector and each matrix
row on one line (as src/model/stringify.ts writes it). Python's repr of a float is its shortest
round-trip form, so the TypeScript reader gets back every float64 bit for bit."""

from __future__ import annotations

import json
import math
from typing import Any

from .errors import ExportError


def _number(x: float, path: str) -> str:
    if not math.isfinite(x):
        raise ExportError(f"{path}: {x} cannot be written to a model file (every weight must be finite)")
    return repr(float(x)) if isinstance(x, float) else str(x)


def _write(value: Any, indent: str, path: str) -> str:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (int, float)):
        return _number(value, path)
    inner = indent + "  "
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in value):
            return "[" + ", ".join(_number(x, f"{path}[{i}]") for i, x in enumerate(value)) + "]"
        if all(isinstance(x, str) for x in value):
            return "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in value) + "]"
        items = [inner + _write(x, inner, f"{path}[{i}]") for i, x in enumerate(value)]
        return "[\n" + ",\n".join(items) + "\n" + indent + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {_write(x, inner, k if not path else f'{path}.{k}')}" for k, x in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    raise ExportError(f"{path}: cannot write a {type(value).__name__}")


def model_text(model: dict[str, Any]) -> str:
    """The text of a model file, ending in a newline."""
    return _write(model, "", "") + "\n"
