"""The one error the exporter reports: a one-line reason, printed by the CLI with exit status 2."""


class ExportError(Exception):
    """Something the exporter cannot or will not export; the message names the tensor or file."""
