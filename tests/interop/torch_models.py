"""Small PyTorch seq2seq models for the comparison test, written here for it.

`EncoderRNN`, `BahdanauAttention`, `AttnDecoderRNN` and `DecoderRNN` have the structure and the
tensor names of PyTorch's tutorial "Translation with a Sequence to Sequence Network and
Attention" (their forward steps compute what the tutorial's do); `PlainEncoder` and
`PlainDecoder` are the plain encoder–decoders that `export_pytorch.py plain` reads. Every weight
is drawn from Python's own seeded generator, so the models do not depend on torch's RNG.
"""

from __future__ import annotations

import random
from typing import Optional

import torch
from torch import nn
from torch.nn import functional as F

RNNS = {"rnn": nn.RNN, "gru": nn.GRU, "lstm": nn.LSTM}


def fill(module: nn.Module, seed: int, scale: float = 2.0, embedding_scale: float = 3.0) -> nn.Module:
    """Every parameter ~ U(−scale, scale) (embeddings U(−embedding_scale, …)) from random.Random(seed), in float64.

    Larger than PyTorch's own initialisation, so that untrained models still write different words
    for different sentences and the states are far from zero."""
    rng = random.Random(seed)
    module.double()
    with torch.no_grad():
        for name, p in module.named_parameters():
            s = embedding_scale if name.endswith("embedding.weight") else scale
            p.copy_(torch.tensor([rng.uniform(-s, s) for _ in range(p.numel())], dtype=torch.float64).view_as(p))
    return module.eval()


class Lang:
    """The tutorial's vocabulary: SOS 0, EOS 1, then words in the order they were added."""

    def __init__(self, name: str, words: list[str]) -> None:
        self.name = name
        self.word2index: dict[str, int] = {}
        self.word2count: dict[str, int] = {}
        self.index2word = {0: "SOS", 1: "EOS"}
        self.n_words = 2
        for w in words:
            self.word2index[w] = self.n_words
            self.word2count[w] = 1
            self.index2word[self.n_words] = w
            self.n_words += 1


class EncoderRNN(nn.Module):
    def __init__(self, input_size: int, hidden_size: int) -> None:
        super().__init__()
        self.embedding = nn.Embedding(input_size, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size, batch_first=True)
        self.dropout = nn.Dropout(0.1)

    def forward(self, ids: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return self.gru(self.dropout(self.embedding(ids)))


class BahdanauAttention(nn.Module):
    def __init__(self, hidden_size: int) -> None:
        super().__init__()
        self.Wa = nn.Linear(hidden_size, hidden_size)
        self.Ua = nn.Linear(hidden_size, hidden_size)
        self.Va = nn.Linear(hidden_size, 1)

    def scores(self, query: torch.Tensor, keys: torch.Tensor) -> torch.Tensor:
        """e (batch, 1, T) for query (batch, 1, n) and keys (batch, T, n)."""
        return self.Va(torch.tanh(self.Wa(query) + self.Ua(keys))).squeeze(2).unsqueeze(1)

    def forward(self, query: torch.Tensor, keys: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        weights = F.softmax(self.scores(query, keys), dim=-1)
        return torch.bmm(weights, keys), weights


class AttnDecoderRNN(nn.Module):
    def __init__(self, hidden_size: int, output_size: int) -> None:
        super().__init__()
        self.embedding = nn.Embedding(output_size, hidden_size)
        self.attention = BahdanauAttention(hidden_size)
        self.gru = nn.GRU(2 * hidden_size, hidden_size, batch_first=True)
        self.out = nn.Linear(hidden_size, output_size)
        self.dropout = nn.Dropout(0.1)

    def forward_step(self, y: torch.Tensor, hidden: torch.Tensor, keys: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        embedded = self.dropout(self.embedding(y))
        query = hidden.permute(1, 0, 2)
        context, weights = self.attention(query, keys)
        output, hidden = self.gru(torch.cat((embedded, context), dim=2), hidden)
        return self.out(output), hidden, weights


class DecoderRNN(nn.Module):
    def __init__(self, hidden_size: int, output_size: int) -> None:
        super().__init__()
        self.embedding = nn.Embedding(output_size, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size, batch_first=True)
        self.out = nn.Linear(hidden_size, output_size)

    def forward_step(self, y: torch.Tensor, hidden: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        output, hidden = self.gru(F.relu(self.embedding(y)), hidden)
        return self.out(output), hidden


class PlainEncoder(nn.Module):
    def __init__(self, cell: str, vocab: int, d: int, n: int, bidirectional: bool) -> None:
        super().__init__()
        self.embedding = nn.Embedding(vocab, d)
        self.rnn = RNNS[cell](d, n, batch_first=True, bidirectional=bidirectional)


class Additive(nn.Module):
    def __init__(self, m: int, dh: int, a: int, bias: bool) -> None:
        super().__init__()
        self.W_s = nn.Linear(m, a, bias=bias)
        self.W_h = nn.Linear(dh, a, bias=bias)
        self.v = nn.Linear(a, 1, bias=bias)


class General(nn.Module):
    def __init__(self, m: int, dh: int) -> None:
        super().__init__()
        self.W_a = nn.Linear(dh, m, bias=False)


class PlainDecoder(nn.Module):
    def __init__(self, cell: str, vocab: int, d: int, m: int, cell_input: int, readout: int, attention: Optional[nn.Module]) -> None:
        super().__init__()
        self.embedding = nn.Embedding(vocab, d)
        self.rnn = RNNS[cell](cell_input, m, batch_first=True)
        self.out = nn.Linear(readout, vocab)
        if attention is not None:
            self.attention = attention
