#!/usr/bin/env python3
"""Export a PyTorch seq2seq model to a Seq2Seq Lab model file (docs/model-format.md).

Two kinds of model:

  tutorial  PyTorch's "Translation with a Sequence to Sequence Network and Attention": EncoderRNN
            (nn.Embedding + nn.GRU) with AttnDecoderRNN (BahdanauAttention with Wa, Ua, Va, an
            nn.GRU fed [embedding; context], the Linear `out`) or DecoderRNN, and the two Lang
            vocabularies (SOS 0, EOS 1). The encoder reads <eos> after the words, as the tutorial's
            tensorFromSentence appends it, and decoding stops after --max-length (MAX_LENGTH, 10).
  plain     an encoder (nn.Embedding + one nn.RNN, nn.GRU or nn.LSTM, one layer, optionally
            bidirectional) and a decoder (nn.Embedding, one such module, a Linear, and the
            attention's Linear layers), wired as the flags say.

Checkpoints are state dicts or whole modules saved with torch.save (--encoder and --decoder, or one
--checkpoint with encoder.* and decoder.* tensors or 'encoder' and 'decoder' entries). Vocabularies
are JSON (a word list in id order, index2word or word2index) or pickles (a Lang, a list or a dict;
two Langs pickled in a row for --langs). Loading a pickle runs code from the file: export only
files you made or trust. Dropout is ignored (evaluation mode). Anything the exporter cannot map
exactly is refused: exit status 2 and one line that names the tensor or file.

Needs Python 3 and torch only; run it with the Python that has torch (Debian: /usr/bin/python3).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, NoReturn, Optional, Sequence

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from pytorch_export.errors import ExportError  # noqa: E402
from pytorch_export.loading import Part, load_objects, load_parts  # noqa: E402
from pytorch_export.vocab import Vocab, map_specials, token_list, tutorial_vocab  # noqa: E402
from pytorch_export.wiring import Wiring, model_file  # noqa: E402
from pytorch_export.writer import model_text  # noqa: E402

TUTORIAL_FILL = {0: "SOS", 1: "EOS"}


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors (an ExportError, so the exit status is 2)."""

    def error(self, message: str) -> NoReturn:
        raise ExportError(f"{message}; see --help")


def _common(p: argparse.ArgumentParser, max_length: int) -> None:
    p.add_argument("--checkpoint", help="one file with the encoder and the decoder")
    p.add_argument("--encoder", help="the encoder's state dict or saved module")
    p.add_argument("--decoder", help="the decoder's state dict or saved module")
    p.add_argument("--out", required=True, help="the model file to write (JSON)")
    p.add_argument("--name", help="the model's name in the file")
    p.add_argument("--max-length", type=int, default=max_length, help=f"decoding stops at <eos> or after this many tokens (default {max_length})")


def build_parser() -> Parser:
    parser = Parser(prog="export_pytorch.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    kinds = parser.add_subparsers(dest="kind", required=True, metavar="{tutorial,plain}")
    about = "the PyTorch tutorial's EncoderRNN and AttnDecoderRNN (or DecoderRNN)"
    tut = kinds.add_parser("tutorial", help=about, description=f"Export {about}, with its two Lang vocabularies (docs/pytorch.md).")
    _common(tut, 10)
    tut.add_argument("--langs", help="both Lang vocabularies: two pickles in a row, a pickled pair, or JSON {\"input\": …, \"output\": …}")
    tut.add_argument("--input-lang", help="the input (source) Lang, when the two are in separate files")
    tut.add_argument("--output-lang", help="the output (target) Lang")
    about = "an encoder and a decoder of nn.RNN, nn.GRU or nn.LSTM, wired by flags"
    plain = kinds.add_parser("plain", help=about, description=f"Export {about} (docs/pytorch.md).")
    _common(plain, 12)
    plain.add_argument("--source-vocab", required=True, help="the source vocabulary")
    plain.add_argument("--target-vocab", required=True, help="the target vocabulary")
    plain.add_argument("--variant", required=True, choices=["initial", "every-step", "attention"], help="what the decoder's cell reads: y, [y; c] or [y; c_t'] (notation.md)")
    plain.add_argument("--score", choices=["dot", "scaled", "general", "additive"], help="the attention score (with --variant attention)")
    plain.add_argument("--query", choices=["previous", "current"], default="previous", help="attend with s_{t'-1} (cell reads [y; c]) or s_{t'} (output reads [s; c])")
    plain.add_argument("--context", choices=["last", "mean", "final"], default="final", help="c: h_T, the mean of h_1..h_T, or h_n = [h→_T; h←_1] (default final, PyTorch's h_n)")
    plain.add_argument("--init", choices=["context", "zeros"], default="context", help="the decoder starts from c (h_n, c_n) or from zeros")
    plain.add_argument("--append-eos", action="store_true", help="the encoder reads <eos> after the words")
    for special in ("sos", "eos", "unk"):
        plain.add_argument(f"--{special}", default=f"<{special}>", help=f"the vocabularies' {special} token (default <{special}>); renamed <{special}>")
    plain.add_argument("--embedding", default="embedding", help="the nn.Embedding's name in encoder and decoder (default embedding)")
    plain.add_argument("--out-layer", default="out", help="the output Linear's name in the decoder (default out)")
    plain.add_argument("--attention", default="attention", help="the attention module's name in the decoder (default attention)")
    return parser


def _one(path: str) -> Any:
    objects = load_objects(path)
    if len(objects) != 1:
        raise ExportError(f"{path}: holds {len(objects)} objects; expected one vocabulary")
    return objects[0]


def _lang_pair(args: argparse.Namespace) -> tuple[Any, Any, str, str]:
    """The tutorial's input and output Lang, from --langs or --input-lang and --output-lang."""
    if args.langs is None:
        if args.input_lang is None or args.output_lang is None:
            raise ExportError("give --langs FILE, or both --input-lang and --output-lang; see --help")
        return _one(args.input_lang), _one(args.output_lang), args.input_lang, args.output_lang
    objects = load_objects(args.langs)
    if len(objects) == 1 and isinstance(objects[0], dict):
        pair = next(((objects[0][a], objects[0][b]) for a, b in (("input", "output"), ("input_lang", "output_lang")) if a in objects[0] and b in objects[0]), None)
        objects = list(pair) if pair else objects
    elif len(objects) == 1 and isinstance(objects[0], (list, tuple)) and len(objects[0]) == 2 and not all(isinstance(x, str) for x in objects[0]):
        objects = list(objects[0])
    if len(objects) != 2:
        raise ExportError(f"{args.langs}: expected the input and the output Lang, got {len(objects)} object(s)")
    return objects[0], objects[1], f"{args.langs} (input)", f"{args.langs} (output)"


def _parts(args: argparse.Namespace) -> tuple[Part, Part]:
    if args.checkpoint is not None and (args.encoder or args.decoder):
        raise ExportError("give --checkpoint, or --encoder and --decoder, not both")
    if args.checkpoint is None and not (args.encoder and args.decoder):
        raise ExportError("give --checkpoint FILE, or --encoder FILE and --decoder FILE; see --help")
    return load_parts(args.checkpoint, args.encoder, args.decoder)


def tutorial(args: argparse.Namespace) -> tuple[dict[str, Any], Vocab, Vocab]:
    """The tutorial's model; the decoder's tensors say which of its two decoders it is."""
    encoder, decoder = _parts(args)
    src_obj, tgt_obj, src_where, tgt_where = _lang_pair(args)
    src = tutorial_vocab(token_list(src_obj, src_where, TUTORIAL_FILL), src_where, target=False)
    tgt = tutorial_vocab(token_list(tgt_obj, tgt_where, TUTORIAL_FILL), tgt_where, target=True)
    if "attn.weight" in decoder.state or "attn_combine.weight" in decoder.state:
        raise ExportError("decoder.attn.weight: the 2017 tutorial's AttnDecoderRNN (attention over max_length positions through attn and attn_combine) is not supported; the exporter reads the current tutorial's BahdanauAttention")
    attention = "attention.Wa.weight" in decoder.state
    w = Wiring(variant="attention" if attention else "initial", score="additive" if attention else None, context="last", append_eos=True, relu_target=not attention, max_length=args.max_length)
    name = args.name or ("PyTorch tutorial: GRU with Bahdanau attention" if attention else "PyTorch tutorial: GRU encoder–decoder")
    meta = {"trained": True, "exportedFrom": "PyTorch tutorial (Translation with a Sequence to Sequence Network and Attention)", "decoder": "AttnDecoderRNN" if attention else "DecoderRNN"}
    return model_file(encoder, decoder, src, tgt, w, name, meta), src, tgt


def plain(args: argparse.Namespace) -> tuple[dict[str, Any], Vocab, Vocab]:
    """A plain encoder–decoder wired by the flags."""
    if (args.variant == "attention") != (args.score is not None):
        raise ExportError("--score is required with --variant attention and refused otherwise; see --help")
    encoder, decoder = _parts(args)
    names = {"<sos>": args.sos, "<eos>": args.eos, "<unk>": args.unk}
    src = map_specials(token_list(_one(args.source_vocab), args.source_vocab, {}), names, args.source_vocab, target=False)
    tgt = map_specials(token_list(_one(args.target_vocab), args.target_vocab, {}), names, args.target_vocab, target=True)
    w = Wiring(variant=args.variant, context=args.context, init=args.init, score=args.score, query=args.query, append_eos=args.append_eos, max_length=args.max_length, embedding=args.embedding, out=args.out_layer, attention=args.attention)
    meta = {"trained": True, "exportedFrom": "PyTorch (plain encoder–decoder)"}
    return model_file(encoder, decoder, src, tgt, w, args.name or "PyTorch model", meta), src, tgt


def run(argv: Sequence[str]) -> str:
    """Exports as `argv` says and returns the line to print; raises ExportError for every reason to stop."""
    args = build_parser().parse_args(argv)
    model, src, tgt = tutorial(args) if args.kind == "tutorial" else plain(args)
    text = model_text(model)
    try:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    except OSError as e:
        raise ExportError(f"{args.out}: cannot write ({e.strerror})") from None
    enc, dec = model["encoder"], model["decoder"]
    shape = f"{'bidirectional ' if enc['bidirectional'] else ''}{enc['cell']} encoder ({enc['hidden']} units), {dec['cell']} decoder ({dec['variant']})"
    return f"wrote {args.out}: {shape}, {src.size} source and {tgt.size} target words"


def main(argv: Optional[Sequence[str]] = None) -> int:
    try:
        print(run(sys.argv[1:] if argv is None else argv))
        return 0
    except ExportError as e:
        print(f"export_pytorch: {' '.join(str(e).split())}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
