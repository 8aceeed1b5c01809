r"""Streaming reader and writer for the `<<<FILE>>>` bundle format.

Implements every rule of BUNDLE_FORMAT.md. The reader holds one document at a
time (never the whole bundle) and yields `Document` and `OutsideText` events in
file order, so nothing is dropped without a record.

Escaping: the spec's writer prefixes a marker-like body line with one
backslash. To make write -> read lossless for *every* body (including lines
that already start with backslashes, or markers indented by spaces), we use
the mbox "From " convention: a body line matching ``\\+[ \t]*<<<`` loses
exactly one leading backslash on reading, and the writer adds one to every
body line that reads as a marker or matches that pattern. For the spec's own
example (``\<<<FILE x>>>``) this is exactly the spec's rule.
"""

from __future__ import annotations

import zlib
import hashlib
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterator

import xxhash
import zstandard

from tasks.errors import UserError

CHUNK_BYTES = 1 << 20
BOM = b"\xef\xbb\xbf"
GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
END_MARKERS = frozenset({"<<<END FILE>>>", "<<<END>>>"})
ESCAPED_LINE = re.compile(r"\\+[ \t]*<<<")
EXCERPT_CHARS = 200
UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # kept out of reject excerpts


@dataclass
class Document:
    source: str
    name: str | None
    ordinal: int
    text: str
    header_line: int
    flags: list[str] = field(default_factory=list)
    doc_id: str = ""


@dataclass
class OutsideText:
    """Non-blank text that belongs to no document (preamble, stray text) or a read failure."""

    source: str
    reason: str  # preamble | stray_text | unreadable
    first_line: int
    last_line: int
    excerpt: str

    @property
    def detail(self) -> str:
        where = f"line {self.first_line}" if self.first_line == self.last_line else f"lines {self.first_line}-{self.last_line}"
        return f"{where}: {self.excerpt}"


@dataclass
class Source:
    """One input file and how to read it."""

    path: str  # as shown to the user and stored in documents.source
    kind: str = "bundle"  # bundle | document (a lone .txt inside a directory)
    name: str | None = None  # document name for kind == "document"

    @property
    def key(self) -> str:
        """What document ids derive from: the file's real absolute path."""
        return os.path.realpath(self.path)


def make_doc_id(source_key: str, ordinal: int) -> str:
    """Stable id from the source file and the position in it, never the content."""
    return f"{xxhash.xxh3_64_hexdigest(source_key.encode('utf-8', 'surrogatepass'))[:12]}-{ordinal:06d}"


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# ---------------------------------------------------------------- markers


def header_name(line: str) -> tuple[bool, str | None]:
    """(is_header, name) for one line; name is None for an unnamed header."""
    stripped = line.strip(" \t")
    if not (stripped.startswith("<<<FILE") and stripped.endswith(">>>")) or len(stripped) < 10:
        return False, None
    middle = stripped[7:-3]
    if middle == "":
        return True, None
    if middle[0] == ":":
        name = middle[1:]
    elif middle[0] in " \t":
        name = middle
    else:
        return False, None
    if ">>>" in name:
        return False, None
    name = name.strip(" \t")
    return True, (name or None)


def is_end_marker(line: str) -> bool:
    return line.strip(" \t") in END_MARKERS


def is_marker(line: str) -> bool:
    return is_end_marker(line) or header_name(line)[0]


def unescape(line: str) -> str:
    return line[1:] if line.startswith("\\") and ESCAPED_LINE.match(line) else line


def escape(line: str) -> str:
    return "\\" + line if ESCAPED_LINE.match(line) or is_marker(line) else line


# ---------------------------------------------------------------- bytes -> lines


class _HashingReader(io.RawIOBase):
    """Passes bytes through while hashing them, so the input's sha256 costs no second read."""

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.raw.read(len(buffer))
        self.digest.update(data)
        buffer[: len(data)] = data
        return len(data)


class _GzipReader(io.RawIOBase):
    """Incremental gzip decoding (multi-member) that hands over every intact byte
    before reporting truncation, unlike GzipFile.read, which drops its last buffer."""

    def __init__(self, compressed: BinaryIO):
        self.compressed = compressed
        self.decoder = zlib.decompressobj(wbits=31)
        self.output = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self.output:
            chunk = self.decoder.unused_data or self.compressed.read(CHUNK_BYTES)
            if self.decoder.eof:  # next gzip member, if any
                if not chunk:
                    return 0
                self.decoder = zlib.decompressobj(wbits=31)
            elif not chunk:
                raise EOFError("compressed file ended before the end of its gzip stream (truncated)")
            try:
                self.output = self.decoder.decompress(chunk)
            except zlib.error as error:
                raise OSError(f"corrupt gzip data: {error}") from None
        size = min(len(buffer), len(self.output))
        buffer[:size], self.output = self.output[:size], self.output[size:]
        return size


def open_decompressed(raw: BinaryIO) -> BinaryIO:
    """Wrap a raw byte stream in gzip/zstd decompression, chosen by magic bytes."""
    buffered = io.BufferedReader(raw, CHUNK_BYTES) if not isinstance(raw, io.BufferedReader) else raw
    head = buffered.peek(4)[:4]
    if head.startswith(GZIP_MAGIC):
        return _GzipReader(buffered)  # unbuffered: each read() hands over what is decoded
    if head.startswith(ZSTD_MAGIC):
        return zstandard.ZstdDecompressor().stream_reader(buffered, read_across_frames=True)
    return buffered


def _decode(lines: list[bytes]) -> Iterator[tuple[str, bool]]:
    for raw in lines:
        try:
            yield raw.decode("utf-8"), False
        except UnicodeDecodeError:
            yield raw.decode("utf-8", "replace"), True


def _unify_line_ends(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def _last_lines(remaining: bytes) -> list[bytes]:
    """The lines of what is left when the stream ends (or breaks): a final line
    break ends the last line, it does not start an empty one."""
    parts = _unify_line_ends(remaining).split(b"\n") if remaining else []
    if parts and parts[-1] == b"":
        parts.pop()
    return parts


def iter_lines(stream: BinaryIO) -> Iterator[tuple[int, str, bool]]:
    """(line_no, text, had_invalid_utf8) for every line; BOM dropped, CR/CRLF become LF.

    A final line break does not start an extra empty line.
    """
    pending = b""
    at_start = True
    line_no = 0
    while True:
        try:
            chunk = stream.read(CHUNK_BYTES)
        except (OSError, EOFError, zstandard.ZstdError, ValueError):
            # A truncated stream: hand over the partial last line, then the error.
            for text, bad in _decode(_last_lines(pending)):
                line_no += 1
                yield line_no, text, bad
            raise
        data = pending + chunk
        if at_start and (len(data) >= 3 or not chunk):
            if data.startswith(BOM):
                data = data[3:]
            at_start = False
        if not chunk:
            break
        if at_start:
            pending = data
            continue
        held_cr = b""
        if data.endswith(b"\r"):  # may be the first half of a CRLF split across chunks
            data, held_cr = data[:-1], b"\r"
        data = _unify_line_ends(data)
        cut = data.rfind(b"\n")
        if cut < 0:
            pending = data + held_cr
            continue
        complete, pending = data[:cut], data[cut + 1 :] + held_cr
        try:
            decoded = [(text, False) for text in complete.decode("utf-8").split("\n")]
        except UnicodeDecodeError:
            decoded = list(_decode(complete.split(b"\n")))
        for text, bad in decoded:
            line_no += 1
            yield line_no, text, bad
    for text, bad in _decode(_last_lines(data)):
        line_no += 1
        yield line_no, text, bad


# ---------------------------------------------------------------- bundle reader


class _Outside:
    """Accumulates a run of lines outside any document."""

    def __init__(self, reason: str):
        self.reason = reason
        self.first = self.last = 0
        self.excerpt: list[str] = []
        self.excerpt_chars = 0

    def add(self, line_no: int, text: str) -> None:
        if not text.strip():
            return
        if not self.first:
            self.first = line_no
        self.last = line_no
        if self.excerpt_chars < EXCERPT_CHARS:
            piece = UNPRINTABLE.sub("\ufffd", text.strip())
            self.excerpt.append(piece)
            self.excerpt_chars += len(piece) + 3

    def event(self, source: str) -> OutsideText | None:
        if not self.first:
            return None
        excerpt = " | ".join(self.excerpt)
        if len(excerpt) > EXCERPT_CHARS:
            excerpt = excerpt[: EXCERPT_CHARS - 1] + "…"
        return OutsideText(source, self.reason, self.first, self.last, excerpt)


def read_bundle_stream(stream: BinaryIO, source: Source) -> Iterator[Document | OutsideText]:
    """Parse one decompressed byte stream as a bundle."""
    ordinal = 0
    name: str | None = None
    header_line = 0
    body: list[str] | None = None  # None: not inside a document
    bad_utf8 = False
    outside: _Outside | None = _Outside("preamble")

    def finish() -> Document:
        nonlocal ordinal
        document = Document(
            source=source.path,
            name=name,
            ordinal=ordinal,
            text="\n".join(body),
            header_line=header_line,
            flags=["invalid_utf8"] if bad_utf8 else [],
            doc_id=make_doc_id(source.key, ordinal),
        )
        ordinal += 1
        return document

    try:
        for line_no, text, bad in iter_lines(stream):
            is_header, header = header_name(text)
            if is_header:
                if body is not None:
                    yield finish()
                elif outside is not None and (event := outside.event(source.path)):
                    yield event
                outside = None
                name, header_line, body, bad_utf8 = header, line_no, [], bad
            elif body is not None and is_end_marker(text):
                yield finish()
                body, outside = None, _Outside("stray_text")
            elif body is not None:
                body.append(unescape(text))
                bad_utf8 = bad_utf8 or bad
            else:
                outside.add(line_no, text)
    except (OSError, EOFError, zstandard.ZstdError, ValueError) as error:
        # A truncated .gz or a vanished file: keep what was read, say what happened.
        if body is not None:
            document = finish()
            document.flags.append("truncated_input")
            yield document
            body = None
        elif outside is not None and (event := outside.event(source.path)):
            yield event
        outside = None
        yield OutsideText(source.path, "unreadable", 0, 0, f"{type(error).__name__}: {error}")
        return
    if body is not None:
        yield finish()
    elif outside is not None and (event := outside.event(source.path)):
        yield event
    elif ordinal == 0 and outside is not None:
        yield OutsideText(source.path, "empty_input", 0, 0, "the file holds no document and no text")


def read_document_stream(stream: BinaryIO, source: Source) -> Iterator[Document | OutsideText]:
    """A lone .txt file in a directory: the whole file is one document."""
    lines: list[str] = []
    bad_utf8 = False
    flags: list[str] = []
    try:
        for _, text, bad in iter_lines(stream):
            lines.append(text)
            bad_utf8 = bad_utf8 or bad
    except (OSError, EOFError, zstandard.ZstdError, ValueError) as error:
        flags.append("truncated_input")
        yield OutsideText(source.path, "unreadable", 0, 0, f"{type(error).__name__}: {error}")
    if bad_utf8:
        flags.insert(0, "invalid_utf8")
    yield Document(source.path, source.name, 0, "\n".join(lines), 0, flags, make_doc_id(source.key, 0))


def read_source(source: Source) -> tuple[Iterator[Document | OutsideText], _HashingReader | None]:
    """Open a source; returns its events and the hasher whose digest is final once they are
    consumed. A file that cannot be opened (it vanished after listing, or is unreadable) is
    one `unreadable` event and no hasher: the run goes on with the other inputs."""
    try:
        raw = open(source.path, "rb", buffering=0)
    except OSError as error:
        return iter([OutsideText(source.path, "unreadable", 0, 0, f"{type(error).__name__}: {error.strerror or error}")]), None
    hasher = _HashingReader(raw)

    def events() -> Iterator[Document | OutsideText]:
        with raw:
            try:
                stream = open_decompressed(hasher)
            except OSError as error:
                yield OutsideText(source.path, "unreadable", 0, 0, f"{type(error).__name__}: {error}")
                return
            reader = read_document_stream if source.kind == "document" else read_bundle_stream
            yield from reader(stream, source)

    return events(), hasher


def read_bundle(path: str | os.PathLike) -> Iterator[Document | OutsideText]:
    """Convenience: every event of one bundle file."""
    events, _ = read_source(Source(str(path)))
    yield from events


def read_bundle_bytes(data: bytes, source_name: str = "<memory>") -> list[Document | OutsideText]:
    """Parse a bundle held in memory (tests, small inputs)."""
    return list(read_bundle_stream(open_decompressed(io.BytesIO(data)), Source(source_name)))


# ---------------------------------------------------------------- inputs


GLOB_CHARACTERS = set("*?[")
SNIFF_LINES = 200


def _first_nonblank_is_header(path: Path) -> bool:
    try:
        with open(path, "rb") as raw:
            stream = open_decompressed(raw)
            for line_no, text, _ in iter_lines(stream):
                if text.strip():
                    return header_name(text)[0]
                if line_no > SNIFF_LINES:
                    return False
    except (OSError, EOFError, zstandard.ZstdError, ValueError):
        return False
    return False


def _directory_sources(folder: Path, shown: str) -> list[Source]:
    sources = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        display = os.path.join(shown, str(relative))
        if _first_nonblank_is_header(path):
            sources.append(Source(display))
        elif re.search(r"\.txt(\.gz|\.zst)?$", path.name):
            sources.append(Source(display, kind="document", name=str(relative)))
    return sources


def expand_inputs(inputs: list[str]) -> list[Source]:
    """Files, directories and globs -> the sources to read, in a stable order."""
    import glob

    sources: list[Source] = []
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            found = _directory_sources(path, given)
            if not found:
                raise UserError(f"no bundles or .txt documents in directory {given}")
            sources.extend(found)
        elif path.is_file():
            if not os.access(path, os.R_OK):
                raise UserError(f"cannot read {given}: permission denied")
            sources.append(Source(given))
        elif GLOB_CHARACTERS & set(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                raise UserError(f"no file matches {given}")
            for match in matches:
                if Path(match).is_dir():
                    sources.extend(_directory_sources(Path(match), match))
                elif _first_nonblank_is_header(Path(match)) or not match.endswith(".txt"):
                    sources.append(Source(match))
                else:
                    sources.append(Source(match, kind="document", name=os.path.basename(match)))
        elif path.exists():
            raise UserError(f"not a regular file or directory: {given}")
        else:
            raise UserError(f"input not found: {given}")
    seen: set[str] = set()
    unique = []
    for source in sources:  # the same file named twice is read once
        if source.key not in seen:
            seen.add(source.key)
            unique.append(source)
    return unique


# ---------------------------------------------------------------- writer


def write_bundle(documents, stream) -> None:
    """Write (name, text) pairs as a bundle to a text stream opened with newline="\\n".

    Bodies must use "\\n" line ends (the format turns CR into LF on reading).
    """
    for name, text in documents:
        if name is not None and (">>>" in name or "\n" in name or "\r" in name):
            raise ValueError(f"document name cannot be written in a header: {name!r}")
        stream.write(f"<<<FILE {name}>>>\n" if name else "<<<FILE>>>\n")
        stream.write("\n".join(escape(line) for line in text.split("\n")))
        stream.write("\n")


def bundle_bytes(documents) -> bytes:
    buffer = io.StringIO(newline="\n")
    write_bundle(documents, buffer)
    return buffer.getvalue().encode("utf-8", "surrogatepass")
