"""The plain encoder–decoders of the comparison test: every cell, each decoder variant, each score,
both queries, both initial states, bidirectional encoders, and each way a reader may save them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

import torch
from torch import nn

from torch_models import Additive, General, PlainDecoder, PlainEncoder, fill

SOURCE = ["<pad>", "<sos>", "<eos>", "i", "love", "you", "me", "she", "him"]
TARGET = ["<pad>", "<sos>", "<eos>", "<unk>", "je", "t'", "aime", "elle", "m'", "le"]
SENTENCES = ["i love you", "she love him", "you me i love"]


class Seq2Seq(nn.Module):
    """A wrapper with encoder and decoder children, as many readers write one."""

    def __init__(self, encoder: nn.Module, decoder: nn.Module) -> None:
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder


def save_flat(tmp: str, name: str, enc: nn.Module, dec: nn.Module) -> list[str]:
    """One state dict with encoder.* and decoder.* keys."""
    torch.save(Seq2Seq(enc, dec).state_dict(), f"{tmp}/{name}.pt")
    return ["--checkpoint", f"{tmp}/{name}.pt"]


def save_whole(tmp: str, name: str, enc: nn.Module, dec: nn.Module) -> list[str]:
    """The wrapper module saved whole (its class is unknown to the exporter)."""
    torch.save(Seq2Seq(enc, dec), f"{tmp}/{name}.pt")
    return ["--checkpoint", f"{tmp}/{name}.pt"]


def save_two(tmp: str, name: str, enc: nn.Module, dec: nn.Module) -> list[str]:
    """Two state dicts in two files."""
    torch.save(enc.state_dict(), f"{tmp}/{name}-enc.pt")
    torch.save(dec.state_dict(), f"{tmp}/{name}-dec.pt")
    return ["--encoder", f"{tmp}/{name}-enc.pt", "--decoder", f"{tmp}/{name}-dec.pt"]


@dataclass
class PlainConfig:
    name: str
    cell: str
    decoder_cell: str
    n: int
    m: int
    bidirectional: bool
    variant: str
    context: str
    init: str = "context"
    score: Optional[str] = None
    query: str = "previous"
    bias: bool = True
    width: int = 3
    append_eos: bool = False
    max_length: int = 6
    seed: int = 1
    save: Callable[[str, str, nn.Module, nn.Module], list[str]] = save_flat
    specials: dict[str, str] = field(default_factory=lambda: {"sos": "<sos>", "eos": "<eos>"})
    source_vocab: list[str] = field(default_factory=lambda: list(SOURCE))
    target_vocab: list[str] = field(default_factory=lambda: list(TARGET))
    sentences: list[str] = field(default_factory=lambda: list(SENTENCES))

    @property
    def rename(self) -> dict[str, str]:
        """The reader's special tokens → the model file's."""
        return {theirs: f"<{ours}>" for ours, theirs in self.specials.items()}

    def flags(self) -> list[str]:
        out = ["--variant", self.variant, "--context", self.context, "--init", self.init, "--query", self.query, "--max-length", str(self.max_length)]
        out += ["--score", self.score] if self.score else []
        out += ["--append-eos"] if self.append_eos else []
        for ours, theirs in self.specials.items():
            out += [f"--{ours}", theirs]
        return out


def build_plain(cfg: PlainConfig) -> tuple[PlainEncoder, PlainDecoder]:
    """The encoder and decoder of `cfg`, filled from its seed."""
    d = 3
    dh = cfg.n * (2 if cfg.bidirectional else 1)
    current = cfg.variant == "attention" and cfg.query == "current"
    cell_input = d + (dh if cfg.variant == "every-step" or (cfg.variant == "attention" and not current) else 0)
    attention = None
    if cfg.score == "general":
        attention = General(cfg.m, dh)
    elif cfg.score == "additive":
        attention = Additive(cfg.m, dh, cfg.width, cfg.bias)
    enc = fill(PlainEncoder(cfg.cell, len(cfg.source_vocab), d, cfg.n, cfg.bidirectional), cfg.seed)
    dec = fill(PlainDecoder(cfg.decoder_cell, len(cfg.target_vocab), d, cfg.m, cell_input, cfg.m + (dh if current else 0), attention), cfg.seed + 100)
    return enc, dec


PLAIN = [
    PlainConfig("plain-lstm-bi-general", "lstm", "lstm", 3, 6, True, "attention", "final", score="general", seed=2),
    PlainConfig("plain-gru-bi-additive-current", "gru", "gru", 2, 4, True, "attention", "final", score="additive", query="current", seed=3, save=save_whole),
    PlainConfig(
        "plain-rnn-every-step-mean", "rnn", "rnn", 3, 3, False, "every-step", "mean", seed=4, save=save_two,
        specials={"sos": "<s>", "eos": "</s>"},
        source_vocab=["<pad>", "<s>", "</s>", "i", "love", "you", "me", "she", "him"],
        target_vocab=["<pad>", "<s>", "</s>", "<unk>", "je", "t'", "aime", "elle", "m'", "le"],
    ),
    PlainConfig("plain-lstm-initial-eos", "lstm", "lstm", 3, 3, False, "initial", "last", append_eos=True, seed=5),
    PlainConfig("plain-gru-scaled-zeros", "gru", "gru", 3, 3, False, "attention", "last", init="zeros", score="scaled", seed=6),
    PlainConfig("plain-rnn-bi-additive-nobias", "rnn", "lstm", 2, 5, True, "attention", "final", init="zeros", score="additive", bias=False, seed=7),
]
