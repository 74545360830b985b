"""Vocabularies: the reader's word lists as the model file's, with its special tokens.

A model file's vocabularies hold <sos>, <eos> and <unk> (docs/model-format.md). The tutorial's Lang
has SOS (id 0) and EOS (id 1) and no <unk>: they are renamed, and <unk> is added at the end with
a zero embedding. A token added to the target side gets a zero row of W_out and the bias −10⁴, so
its probability is exactly 0 beside any logit above −9,000 and greedy decoding never writes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import ExportError
from .loading import describe

SPECIALS = ("<sos>", "<eos>", "<unk>")
NEVER = -1e4


@dataclass
class Vocab:
    """Tokens in id order; the first `size` are the model's own, the rest were added for the format."""

    tokens: list[str]
    size: int
    added: list[str] = field(default_factory=list)


def _from_index(mapping: dict[Any, Any], where: str) -> list[str]:
    """index2word (id → word, ids as ints or digit strings) as a list in id order."""
    try:
        by_id = {int(k): str(v) for k, v in mapping.items()}
    except (TypeError, ValueError):
        raise ExportError(f"{where}: index2word has a key that is not an integer id") from None
    missing = [i for i in range(len(by_id)) if i not in by_id]
    if missing:
        raise ExportError(f"{where}: index2word has no word for id {missing[0]} (ids must run from 0 to {len(by_id) - 1})")
    return [by_id[i] for i in range(len(by_id))]


def _from_word2index(mapping: dict[Any, Any], where: str, fill: dict[int, str]) -> list[str]:
    """word2index (word → id) as a list in id order; `fill` names ids the mapping leaves out (the tutorial's SOS, EOS)."""
    inverse = {int(i): str(w) for w, i in mapping.items()}
    for i, w in fill.items():
        inverse.setdefault(i, w)
    return _from_index(inverse, where)


def token_list(obj: Any, where: str, fill: dict[int, str]) -> list[str]:
    """The tokens of one vocabulary object: a word list, a Lang (or its dict), index2word or word2index."""
    if isinstance(obj, (list, tuple)) and all(isinstance(w, str) for w in obj):
        return list(obj)
    attrs = obj if isinstance(obj, dict) else getattr(obj, "__dict__", {})
    for key in ("index2word", "itos"):
        if key in attrs:
            value = attrs[key]
            return list(value) if isinstance(value, (list, tuple)) else _from_index(value, where)
    for key in ("word2index", "stoi"):
        if key in attrs:
            return _from_word2index(attrs[key], where, fill)
    if isinstance(obj, dict) and obj and all(str(k).isdigit() for k in obj):
        return _from_index(obj, where)
    if isinstance(obj, dict) and obj and all(isinstance(v, int) for v in obj.values()):
        return _from_word2index(obj, where, fill)
    raise ExportError(f"{where}: expected a word list, a Lang, index2word or word2index, got {describe(obj)}")


def _check_unique(tokens: list[str], where: str) -> None:
    seen: dict[str, int] = {}
    for i, w in enumerate(tokens):
        if w in seen:
            raise ExportError(f"{where}: {w!r} appears twice (ids {seen[w]} and {i})")
        seen[w] = i


def map_specials(tokens: list[str], names: dict[str, str], where: str, target: bool) -> Vocab:
    """Renames the reader's special tokens (names: format token → reader's token) and adds the missing ones."""
    _check_unique(tokens, where)
    out = list(tokens)
    for ours, theirs in names.items():
        if theirs == ours:
            continue
        if ours in out:
            raise ExportError(f"{where}: has both {theirs!r} and {ours!r}; the model file's {ours} would be ambiguous")
        if theirs in out:
            out[out.index(theirs)] = ours
    added = []
    for ours in SPECIALS:
        if ours in out:
            continue
        if target and ours != "<unk>":
            raise ExportError(f"{where}: no {names.get(ours, ours)!r} token; the decoder starts from <sos> and stops at <eos> (name them with --sos and --eos)")
        out.append(ours)
        added.append(ours)
    return Vocab(out, len(tokens), added)


def tutorial_vocab(tokens: list[str], where: str, target: bool) -> Vocab:
    """A tutorial Lang's words: SOS at id 0 and EOS at id 1, renamed <sos> and <eos>; <unk> added."""
    if tokens[:2] != ["SOS", "EOS"]:
        raise ExportError(f"{where}: expected the tutorial's SOS at id 0 and EOS at id 1, got {tokens[:2]}")
    return map_specials(tokens, {"<sos>": "SOS", "<eos>": "EOS"}, where, target)


def pad_rows(rows: list[list[float]], vocab: Vocab) -> list[list[float]]:
    """An embedding table with a zero row for each added token."""
    width = len(rows[0]) if rows else 0
    return rows + [[0.0] * width for _ in vocab.added]
