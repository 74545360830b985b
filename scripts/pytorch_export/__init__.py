"""PyTorch → Seq2Seq Lab model file: the pieces of scripts/export_pytorch.py.

loading.py reads checkpoints and vocabularies, tensors.py hands out a state dict's tensors by
name (so that leftovers can be refused), cells.py maps nn.RNN, nn.GRU and nn.LSTM onto the core's
cells, vocab.py maps special tokens, wiring.py assembles the model file, writer.py writes it.
"""
