"""Bad input for scripts/export_pytorch.py: each case builds a file a reader might have, runs the
exporter on it, and records the exit status and what it printed. Prints the cases as JSON for
tests/interop/regenerate.test.ts, which checks that each is refused with one line naming the tensor.

usage: /usr/bin/python3 tests/interop/exporter_cases.py
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import pickle
import subprocess
import sys
import tempfile
from typing import Any, Callable

import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "scripts"))

import export_pytorch  # noqa: E402
from make_reference import EN, FR  # noqa: E402
from torch_models import Additive, AttnDecoderRNN, EncoderRNN, General, Lang, PlainDecoder, PlainEncoder, fill  # noqa: E402

Case = Callable[[str], list[str]]


def tutorial_files(tmp: str, enc: nn.Module, dec: nn.Module, src: list[str] = FR) -> list[str]:
    torch.save({"encoder": enc.state_dict(), "decoder": dec.state_dict()}, f"{tmp}/ckpt.pt")
    with open(f"{tmp}/langs.pkl", "wb") as f:
        pickle.dump(Lang("fra", src), f)
        pickle.dump(Lang("eng", EN), f)
    return ["tutorial", "--checkpoint", f"{tmp}/ckpt.pt", "--langs", f"{tmp}/langs.pkl", "--out", f"{tmp}/out.json"]


def tutorial_pair() -> tuple[nn.Module, nn.Module]:
    return fill(EncoderRNN(len(FR) + 2, 4), 1), fill(AttnDecoderRNN(4, len(EN) + 2), 2)


def two_layers(tmp: str) -> list[str]:
    enc, dec = tutorial_pair()
    enc.gru = nn.GRU(4, 4, num_layers=2, batch_first=True).double()
    return tutorial_files(tmp, enc, dec)


def nan_weight(tmp: str) -> list[str]:
    enc, dec = tutorial_pair()
    with torch.no_grad():
        enc.gru.weight_hh_l0[1, 2] = float("nan")
    return tutorial_files(tmp, enc, dec)


def vocabulary_mismatch(tmp: str) -> list[str]:
    enc, dec = tutorial_pair()
    return tutorial_files(tmp, enc, dec, FR + ["froid"])


class OldAttnDecoder(nn.Module):
    """The 2017 tutorial's decoder: attention over max_length positions."""

    def __init__(self) -> None:
        super().__init__()
        self.embedding = nn.Embedding(len(EN) + 2, 4)
        self.attn = nn.Linear(8, 10)
        self.attn_combine = nn.Linear(8, 4)
        self.gru = nn.GRU(4, 4)
        self.out = nn.Linear(4, len(EN) + 2)


def old_attention(tmp: str) -> list[str]:
    return tutorial_files(tmp, tutorial_pair()[0], OldAttnDecoder().double())


def plain_files(tmp: str, enc: nn.Module, dec: nn.Module, flags: list[str], whole: bool = False) -> list[str]:
    if whole:
        torch.save(enc, f"{tmp}/enc.pt")
        torch.save(dec, f"{tmp}/dec.pt")
    else:
        torch.save(enc.state_dict(), f"{tmp}/enc.pt")
        torch.save(dec.state_dict(), f"{tmp}/dec.pt")
    for side in ("source", "target"):
        with open(f"{tmp}/{side}.json", "w") as f:
            json.dump(["<sos>", "<eos>", "<unk>", "a", "b"], f)
    return ["plain", "--encoder", f"{tmp}/enc.pt", "--decoder", f"{tmp}/dec.pt", "--source-vocab", f"{tmp}/source.json", "--target-vocab", f"{tmp}/target.json", *flags, "--out", f"{tmp}/out.json"]


def plain_pair(cell: str = "gru", m: int = 3, cell_input: int = 3, attention: Any = None) -> tuple[nn.Module, nn.Module]:
    return fill(PlainEncoder(cell, 5, 3, 3, False), 1), fill(PlainDecoder(cell, 5, 3, m, cell_input, m, attention), 2)


def dot_width(tmp: str) -> list[str]:
    enc, dec = plain_pair(m=4, cell_input=6)
    return plain_files(tmp, enc, dec, ["--variant", "attention", "--score", "dot", "--init", "zeros"])


def extra_layer(tmp: str) -> list[str]:
    enc, dec = plain_pair()
    dec.bridge = nn.Linear(3, 3).double()
    return plain_files(tmp, enc, dec, ["--variant", "initial"])


def relu_rnn(tmp: str) -> list[str]:
    enc, dec = plain_pair("rnn")
    enc.rnn = nn.RNN(3, 3, nonlinearity="relu", batch_first=True).double()
    return plain_files(tmp, enc, dec, ["--variant", "initial"], whole=True)


def lstm_projection(tmp: str) -> list[str]:
    enc, dec = plain_pair("lstm")
    enc.rnn = nn.LSTM(3, 3, proj_size=2, batch_first=True).double()
    return plain_files(tmp, enc, dec, ["--variant", "initial"])


def general_bias(tmp: str) -> list[str]:
    att = General(3, 3)
    att.W_a = nn.Linear(3, 3, bias=True)
    enc, dec = plain_pair(cell_input=6, attention=att)
    return plain_files(tmp, enc, dec, ["--variant", "attention", "--score", "general"])


def missing_score(tmp: str) -> list[str]:
    enc, dec = plain_pair(cell_input=6, attention=Additive(3, 3, 3, True))
    return plain_files(tmp, enc, dec, ["--variant", "attention"])


def missing_file(tmp: str) -> list[str]:
    return ["plain", "--checkpoint", f"{tmp}/nowhere.pt", "--source-vocab", "x", "--target-vocab", "y", "--variant", "initial", "--out", f"{tmp}/out.json"]


CASES: dict[str, Case] = {
    "two layers": two_layers,
    "NaN weight": nan_weight,
    "vocabulary mismatch": vocabulary_mismatch,
    "old tutorial attention": old_attention,
    "dot score width": dot_width,
    "unknown layer": extra_layer,
    "relu RNN": relu_rnn,
    "LSTM projection": lstm_projection,
    "general score bias": general_bias,
    "missing --score": missing_score,
    "missing file": missing_file,
}


def run_in_process(argv: list[str]) -> dict[str, Any]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = export_pytorch.main(argv)
    return {"status": status, "stderr": err.getvalue()}


def main() -> None:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, case in CASES.items():
            os.makedirs(f"{tmp}/{len(results)}")
            results[name] = run_in_process(case(f"{tmp}/{len(results)}"))
        # Once as a reader runs it: a process of its own, exit status and stderr as the shell sees them.
        argv = two_layers(f"{tmp}/0")
        done = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "export_pytorch.py"), *argv], capture_output=True, text=True)
        results["two layers, as a process"] = {"status": done.returncode, "stderr": done.stderr}
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
