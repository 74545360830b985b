"""Writes the PyTorch comparison fixtures: small random models of both kinds the exporter reads.

For each model: build it in float64 with fixed seeds (torch_models.py), save it as a reader would
(whole modules, state dicts, one checkpoint or two files; Langs pickled in a row or JSON), export it
with scripts/export_pytorch.py, run it in PyTorch on a few sentences (reference_run.py), and write
NAME.json (the model file) and NAME.reference.json (every encoder state, s_0, attention score and
weight, context, decoder state and logit, and the greedy tokens) into the output folder, with
manifest.json naming the SHA-256 of every source that made them.

usage: /usr/bin/python3 tests/interop/make_reference.py [--out DIR]   (default tests/fixtures/interop)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
from typing import Any

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "scripts"))

import export_pytorch  # noqa: E402

from reference_run import PlainWiring, run_plain, run_tutorial  # noqa: E402
from torch_models import AttnDecoderRNN, DecoderRNN, EncoderRNN, Lang, fill  # noqa: E402
from plain_configs import PLAIN, PlainConfig, build_plain, save_whole  # noqa: E402

EXPORTER = os.path.join(ROOT, "scripts", "export_pytorch.py")
FR = ["je", "suis", "tu", "es", "il", "est", "grand", "petit", "content"]
EN = ["i", "am", "you", "are", "he", "is", "tall", "small", "happy"]
TUTORIAL_SENTENCES = ["je suis grand", "il est petit", "tu es content je suis"]


def export(args: list[str], whole_modules: bool) -> None:
    """Runs the exporter; any failure stops the run with its message. Files of whole modules are
    exported in a process of their own, which lacks this folder's classes, as a reader's would."""
    if whole_modules:
        done = subprocess.run([sys.executable, EXPORTER, *args], capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"make_reference: the exporter failed: {done.stderr.strip()}")
        return
    try:
        export_pytorch.run(args)
    except export_pytorch.ExportError as e:
        raise SystemExit(f"make_reference: the exporter failed: {e}") from None


def tokens_of(record: dict[str, Any], vocab: list[str]) -> dict[str, Any]:
    """The greedy output as tokens, and why it stopped."""
    stop = "eos" if record["steps"] and record["steps"][-1]["y"] == vocab.index("<eos>") else "limit"
    return {"tokens": [vocab[i] for i in record["ids"]], "stop": stop}


def tutorial_models(tmp: str, out: str) -> list[dict[str, Any]]:
    """The tutorial's two decoders: attention (modules saved whole, Langs pickled in a row) and DecoderRNN (state dicts, JSON)."""
    made = []
    src, tgt = Lang("fra", FR), Lang("eng", EN)
    names = [("<sos>" if w == "SOS" else "<eos>" if w == "EOS" else w) for w in tgt.index2word.values()] + ["<unk>"]
    for name, decoder_class, limit in (("tutorial-attention", AttnDecoderRNN, 10), ("tutorial-decoder", DecoderRNN, 6)):
        enc = fill(EncoderRNN(src.n_words, 4), 11)
        dec = fill(decoder_class(4, tgt.n_words), 12 if decoder_class is AttnDecoderRNN else 13)
        if decoder_class is AttnDecoderRNN:
            torch.save(enc, f"{tmp}/{name}-enc.pt")
            torch.save(dec, f"{tmp}/{name}-dec.pt")
            with open(f"{tmp}/{name}-langs.pkl", "wb") as f:
                pickle.dump(src, f)
                pickle.dump(tgt, f)
            files = ["--encoder", f"{tmp}/{name}-enc.pt", "--decoder", f"{tmp}/{name}-dec.pt", "--langs", f"{tmp}/{name}-langs.pkl"]
        else:
            torch.save({"encoder": enc.state_dict(), "decoder": dec.state_dict()}, f"{tmp}/{name}.pt")
            with open(f"{tmp}/{name}-langs.json", "w") as f:
                json.dump({"input": src.index2word, "output": tgt.index2word}, f)
            files = ["--checkpoint", f"{tmp}/{name}.pt", "--langs", f"{tmp}/{name}-langs.json"]
        export(["tutorial", *files, "--max-length", str(limit), "--out", f"{out}/{name}.json"], decoder_class is AttnDecoderRNN)
        sentences = []
        for text in TUTORIAL_SENTENCES:
            record = run_tutorial(enc, dec, [src.word2index[w] for w in text.split()], limit)
            sentences.append({"input": text, **tokens_of(record, names), **record})
        made.append({"name": name, "kind": "tutorial", "sentences": sentences})
    return made


def plain_model(tmp: str, out: str, cfg: PlainConfig) -> dict[str, Any]:
    """One plain model, saved as `cfg.save` says, exported with its wiring flags."""
    enc, dec = build_plain(cfg)
    files = cfg.save(tmp, cfg.name, enc, dec)
    vocab_files = []
    for side, words in (("source", cfg.source_vocab), ("target", cfg.target_vocab)):
        path = f"{tmp}/{cfg.name}-{side}.json"
        with open(path, "w") as f:
            json.dump(words, f)
        vocab_files += [f"--{side}-vocab", path]
    export(["plain", *files, *vocab_files, *cfg.flags(), "--out", f"{out}/{cfg.name}.json"], cfg.save is save_whole)
    target = [cfg.rename.get(w, w) for w in cfg.target_vocab] + (["<unk>"] if "<unk>" not in cfg.target_vocab else [])
    sentences = []
    for text in cfg.sentences:
        ids = [cfg.source_vocab.index(w) for w in text.split()] + ([cfg.source_vocab.index(cfg.specials["eos"])] if cfg.append_eos else [])
        w = PlainWiring(cfg.variant, cfg.context, cfg.init, cfg.score, cfg.query)
        eos = cfg.target_vocab.index(cfg.specials["eos"])
        record = run_plain(enc, dec, w, ids, cfg.target_vocab.index(cfg.specials["sos"]), eos, cfg.max_length)
        sentences.append({"input": text, **tokens_of(record, target), **record})
    return {"name": cfg.name, "kind": "plain", "sentences": sentences}


def sources() -> dict[str, str]:
    """SHA-256 of every file that makes the fixtures (line endings normalised), by repository path."""
    paths = [os.path.join(HERE, f) for f in ("make_reference.py", "reference_run.py", "torch_models.py", "plain_configs.py")]
    pkg = os.path.join(ROOT, "scripts", "pytorch_export")
    paths += [EXPORTER] + [os.path.join(pkg, f) for f in sorted(os.listdir(pkg)) if f.endswith(".py")]
    out = {}
    for p in paths:
        with open(p, "rb") as f:
            out[os.path.relpath(p, ROOT).replace(os.sep, "/")] = hashlib.sha256(f.read().replace(b"\r\n", b"\n")).hexdigest()
    return out


def write_json(path: str, value: Any) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=os.path.join(ROOT, "tests", "fixtures", "interop"))
    out = parser.parse_args().out
    os.makedirs(out, exist_ok=True)
    torch.set_num_threads(1)
    with tempfile.TemporaryDirectory() as tmp:
        made = tutorial_models(tmp, out) + [plain_model(tmp, out, cfg) for cfg in PLAIN]
    for m in made:
        write_json(f"{out}/{m['name']}.reference.json", {"model": f"{m['name']}.json", "kind": m["kind"], "sentences": m["sentences"]})
    write_json(f"{out}/manifest.json", {"models": [m["name"] for m in made], "sources": sources()})
    print(f"make_reference: wrote {len(made)} models and their PyTorch references to {out}")


if __name__ == "__main__":
    main()
