"""The ingest stage: containers in, :class:`~rasad.doc.RawDocument` (or a coded :class:`~rasad.doc.IngestError`)
out, plus the boilerplate finder and the story metadata reader that run on each document.

- :mod:`rasad.ingest.decode`: the text decoding ladder (BOM, binary sniffing, UTF-8, Windows-1256, ...).
- :mod:`rasad.ingest.readers`: ``.txt``, ``.html``/``.htm``, ``.jsonl`` and standard input.
- :mod:`rasad.ingest.boilerplate`: site boilerplate spans (patterns in ``rasad/data/boilerplate.yaml``).
- :mod:`rasad.ingest.story`: publisher, credited agencies, date, news code (``rasad/data/story.yaml``).
"""

from rasad.ingest.decode import DECODING_LADDER, MAX_DOCUMENT_BYTES, decode_bytes
from rasad.ingest.readers import count_inputs, read_file, read_jsonl, read_paths, read_stream

__all__ = [
    "DECODING_LADDER", "MAX_DOCUMENT_BYTES", "count_inputs", "decode_bytes", "read_file", "read_jsonl",
    "read_paths", "read_stream",
]
