"""bytes -> Message, and back: one reader per format, registered by name; sniff.py picks one.

Reading
-------
``read(source, fmt=None, options=None, **values) -> Iterator[Message | InputProblem]``

``source`` is a file path, ``"-"`` (standard input, sniffed like a file), a folder, a zip, or
a SQLAlchemy URL (``sqlite:///chats.db?table=messages``). In a folder or zip every file is
sniffed and read by its reader (a zip inside a folder too); files that belong together are
read as one unit (the ``message_N.json`` pages of a Messenger thread, the ``.eml`` files of a
folder). Files no reader recognises are reported as InputProblems (attachments: one problem
per folder with counts). ``fmt`` forces a registered reader (see :func:`reader_names`).
``options`` is a :class:`~privacyguard.ingest.options.ReaderOptions` (``Options`` is the same
class), or its fields given as keywords: ``timezone``
(exporter's zone for local-time formats, default UTC), ``date_order``, ``encoding``,
``legacy_encoding``, ``delimiter``, ``columns`` (role -> column), ``text_columns``,
``table``/``query`` (SQL), ``copy_other_files`` (write).

``read_by_format(source, fmt=None, **options)`` gives the same records as ``(reader name,
record)`` pairs (``""`` for problems about files no reader read), for accounting per format.
Reading streams: memory does not grow with the number or total size of the files. It is
bounded by one unit at a time: a Messenger thread takes about one page (pages are read in time
order), the single-file JSON formats (Telegram, X, help desks) hold their file while it is
read, text formats stream. The check that ids stay unique across units keeps its ledger on
disk past 100,000 ids.

Every Message has ``conversation_id``, an ``id`` unique within the source and stable across
re-reads (the export's own ids where it has them, else a hash of conversation, sender, time
and content), ``sender``, ``sender_role`` ("customer"/"agent"/"system" or None), a UTC
``timestamp``, ``text`` (raw: invisible marks are kept, offsets refer to it), ``source``
(file and line, or JSON path), ``kind`` ("text", "media", "system", "metadata", ...),
``fields`` (other text with personal data: e-mail headers, HTML copies, names in reactions or
thread headers) and ``notes`` (assumptions made: time zone, date order, heuristics).
Thread, chat and account headers (participants, titles) come as ``kind="metadata"`` records.

Writing
-------
``write(source, output, rewrite, fmt=None, **options) -> WriteReport``

``rewrite(message_id, field, original_text) -> new_text`` is called for every text field a
reader exposes: ``"text"`` and each name in ``Message.fields``, with the same message ids and
texts that ``read`` gives. ``output`` gets the same format: a file for a file, a folder with
the same relative paths for a folder, a zip with the same members for a zip, an updated table
for a SQL URL. Every text field goes through ``rewrite``; everything else is unchanged:

* text formats (WhatsApp, CSV, JSONL, text, e-mail) byte for byte outside the rewritten
  spans: line endings, BOM, invisible marks, quoting, encoding;
* JSON formats value for value, patched in place: key order, indentation, number spelling
  and each exporter's escaping style stay (Meta's ``\\u00XX`` mojibake is re-applied;
  Telegram keeps raw UTF-8, ``\\xHH`` control escapes and no trailing newline).

So an identity ``rewrite`` reproduces the input bytes. Each file is written to a temporary file
in its output folder and moved into place with ``os.replace``; a zip is assembled the same
way. Zip members with ``..`` or absolute paths are refused before anything is written, and
nothing is written outside ``output``. Records that cannot be read are withheld from the
output and listed in ``WriteReport.problems``; files that are not read (attachments, unknown
files) are withheld too unless ``copy_other_files=True``. ``output`` must not be the source
or lie inside it.

Readers implement :class:`~privacyguard.ingest.base.Reader` (``sniff``, ``group_key``,
``read``, ``write``); see :mod:`privacyguard.ingest.base`.
"""

from privacyguard.ingest import (  # noqa: F401 - importing registers the readers
    csv_table,
    email_mime,
    helpdesk,
    jsonl,
    messenger_e2ee,
    meta_dyi,
    sql,
    telegram,
    text,
    twitter,
    whatsapp,
)
from privacyguard.ingest.base import Options, Reader, Rewrite
from privacyguard.ingest.options import ReaderOptions
from privacyguard.ingest.sniff import WriteReport, formats, read, read_by_format, write

__all__ = [
    "Options",
    "Reader",
    "ReaderOptions",
    "Rewrite",
    "WriteReport",
    "formats",
    "read",
    "read_by_format",
    "reader_names",
    "write",
]


def reader_names() -> list[str]:
    """The registered reader names (built-ins and plugins), for --format."""
    from privacyguard import registry

    return sorted(registry.readers.get_all())
