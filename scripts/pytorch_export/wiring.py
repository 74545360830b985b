"""An encoder and a decoder, wired as the flags say, assembled into a model file (a dict).

The wiring is what a state dict does not record: the decoder variant (what the decoder's cell
reads), the context map and the decoder's initial state, the attention score and its query.
Every tensor of both state dicts must be used; anything else is refused by name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

import torch

from .attention import score_weights
from .cells import Recurrent, find_recurrent, read_recurrent
from .errors import ExportError
from .loading import Part
from .tensors import Tensors, rows, vector
from .vocab import NEVER, Vocab, pad_rows

Json = dict[str, Any]


@dataclass
class Wiring:
    """How the modules are connected (docs/model-format.md names each choice)."""

    variant: str
    context: str = "last"
    init: str = "context"
    score: Optional[str] = None
    query: str = "previous"
    append_eos: bool = False
    relu_target: bool = False
    max_length: int = 12
    embedding: str = "embedding"
    out: str = "out"
    attention: str = "attention"


def _embedding(t: Tensors, part: Part, name: str, vocab: Vocab, side: str) -> torch.Tensor:
    """An nn.Embedding's table, with as many rows as the vocabulary has words."""
    module = part.module(name)
    if module is not None and getattr(module, "max_norm", None) is not None:
        raise ExportError(f"{t.name(name)}: nn.Embedding with max_norm renormalises rows as it reads them; not supported")
    E = t.take(f"{name}.weight")
    if E.dim() != 2 or E.shape[0] != vocab.size:
        raise ExportError(f"{t.name(name + '.weight')}: {E.shape[0]} rows, but the {side} vocabulary has {vocab.size} words")
    return E


def _recurrent(t: Tensors, part: Part) -> Recurrent:
    """The part's recurrent module, checked against the saved module when there is one."""
    return read_recurrent(t, part.module(find_recurrent(t)))


def encoder_part(part: Part, vocab: Vocab, w: Wiring) -> tuple[Json, Json, int]:
    """The encoder's and the source's model-file objects, and d_h (n, or 2n when bidirectional)."""
    t = Tensors(part.state, "encoder.")
    E = _embedding(t, part, w.embedding, vocab, "source")
    rnn = _recurrent(t, part)
    if rnn.input_size != E.shape[1]:
        raise ExportError(f"{rnn.name}.weight_ih_l0: reads {rnn.input_size} values per step, but {t.name(w.embedding)}.weight gives {E.shape[1]}")
    t.refuse_leftovers(f"an nn.Embedding named {w.embedding!r} and one nn.RNN, nn.GRU or nn.LSTM in the encoder")
    bi = rnn.backward is not None
    enc: Json = {"cell": rnn.cell, "hidden": rnn.hidden, "bidirectional": bi, "context": w.context, "weights": rnn.weights}
    if bi:
        enc["backwardWeights"] = rnn.backward
    source: Json = {"vocab": vocab.tokens, "embeddings": pad_rows(rows(E), vocab)}
    if w.append_eos:
        source["appendEos"] = True
    return enc, source, (2 if bi else 1) * rnn.hidden


def _cell_input(w: Wiring, dy: int, dh: int) -> tuple[int, str]:
    """The width the decoder's cell reads, and what it is, for messages."""
    if w.variant == "every-step" or (w.variant == "attention" and w.query == "previous"):
        return dy + dh, f"[embedding; context] = {dy} + {dh}"
    return dy, f"the embedding ({dy})"


def _check_decoder(rnn: Recurrent, w: Wiring, dy: int, dh: int, encoder_cell: str) -> None:
    if rnn.backward is not None:
        raise ExportError(f"{rnn.name}: a bidirectional decoder cannot decode one token at a time; not supported")
    width, what = _cell_input(w, dy, dh)
    if rnn.input_size != width:
        raise ExportError(f"{rnn.name}.weight_ih_l0: reads {rnn.input_size} values per step, but with --variant {w.variant} the decoder reads {what}")
    if w.init == "context" and rnn.hidden != dh:
        raise ExportError(f"{rnn.name}: {rnn.hidden} units, but --init context starts it from the encoder's state of width {dh}; use --init zeros or a decoder {dh} wide")
    if w.init == "context" and rnn.cell == "lstm" and encoder_cell != "lstm":
        raise ExportError(f"{rnn.name}: an nn.LSTM decoder with --init context needs the encoder's memory cell, which only an nn.LSTM encoder has")


def _output(t: Tensors, w: Wiring, vocab: Vocab, r: int) -> Json:
    """W_out and b_out, with a never-chosen row for each token added to the vocabulary."""
    W = t.take(f"{w.out}.weight")
    if W.dim() != 2 or W.shape[0] != vocab.size:
        raise ExportError(f"{t.name(w.out + '.weight')}: {W.shape[0]} rows, but the target vocabulary has {vocab.size} words")
    if W.shape[1] != r:
        read = "[s; c] (attention on the current state)" if r > 0 and w.query == "current" and w.variant == "attention" else "the decoder state s"
        raise ExportError(f"{t.name(w.out + '.weight')}: reads {W.shape[1]} values, but the output layer reads {read} of width {r}")
    b = t.take_optional(f"{w.out}.bias", (vocab.size,))
    bias = vector(torch.zeros(vocab.size, dtype=torch.float64) if b is None else b)
    return {"W_out": rows(W) + [[0.0] * r for _ in vocab.added], "b_out": bias + [NEVER for _ in vocab.added]}


def decoder_part(part: Part, vocab: Vocab, w: Wiring, dh: int, encoder_cell: str) -> tuple[Json, Json]:
    """The decoder's and the target's model-file objects."""
    t = Tensors(part.state, "decoder.")
    E = _embedding(t, part, w.embedding, vocab, "target")
    if w.relu_target:
        # The tutorial's DecoderRNN reads F.relu(embedding(y)): relu(E)[y] = relu(E[y]), so the table holds it.
        E = E.clamp_min(0.0)
    rnn = _recurrent(t, part)
    _check_decoder(rnn, w, int(E.shape[1]), dh, encoder_cell)
    dec: Json = {"cell": rnn.cell, "hidden": rnn.hidden, "variant": w.variant, "init": w.init, "weights": rnn.weights}
    if w.variant == "attention":
        assert w.score is not None
        dec["attention"] = {"score": w.score, "query": w.query, "weights": score_weights(t, w.score, w.attention, rnn.hidden, dh, rnn.name)}
    current = w.variant == "attention" and w.query == "current"
    dec["output"] = _output(t, w, vocab, rnn.hidden + (dh if current else 0))
    reads = f"an nn.Embedding {w.embedding!r}, one recurrent module, the Linear {w.out!r}" + (f" and the attention's Linear layers under {w.attention!r}" if w.variant == "attention" else "")
    t.refuse_leftovers(reads + " in the decoder")
    return dec, {"vocab": vocab.tokens, "embeddings": pad_rows(rows(E), vocab)}


def model_file(encoder: Part, decoder: Part, src: Vocab, tgt: Vocab, w: Wiring, name: str, meta: Json) -> Json:
    """The whole model file."""
    if not 1 <= w.max_length <= 200:
        raise ExportError(f"--max-length: expected an integer from 1 to 200, got {w.max_length}")
    enc, source, dh = encoder_part(encoder, src, w)
    dec, target = decoder_part(decoder, tgt, w, dh, enc["cell"])
    added = {side: v.added for side, v in (("source", src), ("target", tgt)) if v.added}
    return {
        "format": "seq2seq-lab/model",
        "version": 1,
        "name": name,
        "source": source,
        "target": target,
        "encoder": enc,
        "decoder": dec,
        "decoding": {"strategy": "greedy", "temperature": 1, "seed": 0, "maxLength": w.max_length},
        "meta": {**meta, **({"addedTokens": added} if added else {})},
    }
