"""The bundle reader against every rule of BUNDLE_FORMAT.md, and the writer round trip."""

from __future__ import annotations

import gzip
import io
import os
import tracemalloc

import pytest
import zstandard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tasks.bundle import (
    Document,
    OutsideText,
    Source,
    bundle_bytes,
    expand_inputs,
    header_name,
    iter_lines,
    read_bundle,
    read_bundle_bytes,
    read_source,
)
from tasks.errors import UserError


def documents(data: bytes) -> list[Document]:
    return [e for e in read_bundle_bytes(data) if isinstance(e, Document)]


def outside(data: bytes) -> list[OutsideText]:
    return [e for e in read_bundle_bytes(data) if isinstance(e, OutsideText)]


# ---------------------------------------------------------------- rule 1: headers


@pytest.mark.parametrize(
    "line, expected",
    [
        ("<<<FILE a.txt>>>", (True, "a.txt")),
        ("<<<FILE: a.txt>>>", (True, "a.txt")),
        ("<<<FILE:a.txt>>>", (True, "a.txt")),
        ("<<<FILE>>>", (True, None)),
        ("  \t<<<FILE  name with spaces  >>>\t ", (True, "name with spaces")),
        ("<<<FILE: >>>", (True, None)),
        ("<<<file a.txt>>>", (False, None)),  # case-sensitive
        ("<<<FILEa.txt>>>", (False, None)),
        ("<<<FILE a>>>b>>>", (False, None)),  # a name never contains >>>
        ("text <<<FILE a.txt>>>", (False, None)),
        ("<<<FILE a.txt>>> text", (False, None)),
        ("<<<END>>>", (False, None)),
    ],
)
def test_header_variants(line, expected):
    assert header_name(line) == expected


def test_the_sample_bundle_has_five_named_documents(sample_path):
    events = list(read_bundle(sample_path))
    assert all(isinstance(e, Document) for e in events)
    assert [e.name for e in events] == [
        "000_960d807f7b20fe82.txt", "001_8a51097ab6141054.txt", "002_da02074730d16e77.txt",
        "003_440d33991e1a54d9.txt", "004_9e29e5b035509b5e.txt",
    ]
    assert events[0].text.startswith("BAGHDAD: Iraq wants")
    assert events[0].text.endswith("he added.")
    assert events[4].text.endswith("movement news.")
    assert [e.ordinal for e in events] == [0, 1, 2, 3, 4]


# ---------------------------------------------------------------- rule 2: bodies


def test_body_is_returned_byte_for_byte_without_the_framing_line_break():
    data = b"<<<FILE a>>>\nline 1\n\n  indented\t\n<<<FILE b>>>\nlast"
    a, b = documents(data)
    assert a.text == "line 1\n\n  indented\t"
    assert b.text == "last"


def test_blank_lines_before_the_next_header_belong_to_the_body():
    a, b = documents(b"<<<FILE a>>>\nx\n\n\n<<<FILE b>>>\n")
    assert a.text == "x\n\n"
    assert b.text == ""


# ---------------------------------------------------------------- rule 3: end markers


def test_end_marker_closes_the_body_and_stray_text_is_reported():
    data = b"<<<FILE a>>>\nbody\n  <<<END FILE>>>  \n\nstray one\nstray two\n<<<FILE b>>>\nB\n<<<END>>>\n\n"
    a, b = documents(data)
    assert a.text == "body" and b.text == "B"
    (stray,) = outside(data)
    assert stray.reason == "stray_text"
    assert (stray.first_line, stray.last_line) == (5, 6)
    assert "stray one" in stray.detail and "lines 5-6" in stray.detail


def test_end_marker_outside_a_document_is_stray_text():
    (stray,) = outside(b"<<<FILE a>>>\nx\n<<<END>>>\n<<<END>>>\n")
    assert stray.reason == "stray_text" and stray.first_line == 4


# ---------------------------------------------------------------- rule 4: escaping


def test_escaped_marker_lines_lose_exactly_one_backslash():
    data = b"<<<FILE a>>>\n\\<<<FILE x>>>\n\\<<<END>>>\n\\\\<<<FILE y>>>\nnot <<<FILE z>>> a header\n"
    (a,) = documents(data)
    assert a.text == "<<<FILE x>>>\n<<<END>>>\n\\<<<FILE y>>>\nnot <<<FILE z>>> a header"


# ---------------------------------------------------------------- rule 5: encoding


def test_bom_is_dropped_and_all_line_ends_become_newlines():
    data = b"\xef\xbb\xbf<<<FILE a>>>\r\none\r\ntwo\rthree\n\r\n<<<FILE b>>>\r"
    a, b = documents(data)
    assert a.name == "a"
    assert a.text == "one\ntwo\nthree\n"
    assert b.text == ""


def test_crlf_split_across_read_chunks(monkeypatch):
    import tasks.bundle as bundle

    monkeypatch.setattr(bundle, "CHUNK_BYTES", 7)
    data = b"<<<FILE a>>>\r\n" + b"abcde\r\n" * 20 + b"x\ry\r"
    (a,) = documents(data)
    assert a.text == "\n".join(["abcde"] * 20 + ["x", "y"])


def test_invalid_utf8_becomes_replacement_characters_and_is_flagged():
    a, b = documents(b"<<<FILE a>>>\ngood \xff\xfe bytes\n<<<FILE b>>>\nclean\n")
    assert a.text == "good \ufffd\ufffd bytes"
    assert a.flags == ["invalid_utf8"]
    assert b.flags == []


def test_multibyte_characters_split_across_chunks_survive(monkeypatch):
    import tasks.bundle as bundle

    monkeypatch.setattr(bundle, "CHUNK_BYTES", 5)
    text = "Iraq’s “quick” exit — 日本語"
    (a,) = documents(f"<<<FILE a>>>\n{text}\n".encode())
    assert a.text == text and a.flags == []


# ---------------------------------------------------------------- rule 6: preamble


def test_preamble_is_a_reject_never_glued_to_a_document():
    data = b"\n\nscraped by bot v2\nrun 17\n<<<FILE a>>>\nbody\n"
    (a,) = documents(data)
    assert a.text == "body"
    (preamble,) = outside(data)
    assert preamble.reason == "preamble" and (preamble.first_line, preamble.last_line) == (3, 4)


def test_blank_preamble_is_not_a_reject():
    assert outside(b"\n  \n\t\n<<<FILE a>>>\nbody\n") == []


def test_a_file_with_no_header_is_all_preamble():
    (preamble,) = read_bundle_bytes(b"just some text\nmore\n")
    assert isinstance(preamble, OutsideText) and preamble.reason == "preamble"


# ---------------------------------------------------------------- rule 7: empty and duplicate


def test_empty_and_same_named_documents_each_get_their_own_id():
    docs = documents(b"<<<FILE same>>>\n<<<FILE same>>>\nx\n<<<FILE>>>\n")
    assert [d.name for d in docs] == ["same", "same", None]
    assert [d.text for d in docs] == ["", "x", ""]
    assert len({d.doc_id for d in docs}) == 3


# ---------------------------------------------------------------- rule 8: compression, directories, globs


def _write(path, data: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


BUNDLE = b"<<<FILE a>>>\nalpha\n<<<FILE b>>>\nbeta\n"


@pytest.mark.parametrize("suffix, compress", [(".gz", gzip.compress), (".zst", lambda d: zstandard.ZstdCompressor().compress(d))])
def test_compressed_bundles(tmp_path, suffix, compress):
    path = _write(tmp_path / f"x.bundle{suffix}", compress(BUNDLE))
    assert [d.text for d in read_bundle(path)] == ["alpha", "beta"]


def test_truncated_gzip_keeps_what_was_read_and_reports_it(tmp_path):
    noise = os.urandom(300_000).hex().encode()
    big = b"<<<FILE a>>>\n" + noise + b"\n<<<FILE b>>>\nend\n"
    path = _write(tmp_path / "cut.bundle.gz", gzip.compress(big)[:100_000])
    events = list(read_bundle(path))
    docs = [e for e in events if isinstance(e, Document)]
    problems = [e for e in events if isinstance(e, OutsideText)]
    assert docs and "truncated_input" in docs[-1].flags
    assert problems[-1].reason == "unreadable" and "EOFError" in problems[-1].detail


def test_directory_reads_bundles_and_lone_txt_documents(tmp_path):
    _write(tmp_path / "in" / "day1.bundle", BUNDLE)
    _write(tmp_path / "in" / "sub" / "day2.txt", b"\n\n<<<FILE c>>>\ngamma\n")
    _write(tmp_path / "in" / "note.txt", b"a lone article\n")
    _write(tmp_path / "in" / "image.png", b"\x89PNG\r\n")
    _write(tmp_path / "in" / ".hidden.bundle", BUNDLE)
    sources = expand_inputs([str(tmp_path / "in")])
    kinds = {os.path.relpath(s.path, tmp_path / "in"): s.kind for s in sources}
    assert kinds == {"day1.bundle": "bundle", "note.txt": "document", os.path.join("sub", "day2.txt"): "bundle"}
    lone = next(s for s in sources if s.kind == "document")
    events, _ = read_source(lone)
    (doc,) = list(events)
    assert doc.name == "note.txt" and doc.text == "a lone article" and doc.ordinal == 0


def test_globs_and_missing_inputs(tmp_path):
    _write(tmp_path / "a.bundle", BUNDLE)
    _write(tmp_path / "b.bundle", BUNDLE)
    assert len(expand_inputs([str(tmp_path / "*.bundle")])) == 2
    with pytest.raises(UserError, match="input not found"):
        expand_inputs([str(tmp_path / "missing.bundle")])
    with pytest.raises(UserError, match="no file matches"):
        expand_inputs([str(tmp_path / "*.nothing")])
    (tmp_path / "empty").mkdir()
    with pytest.raises(UserError, match="no bundles"):
        expand_inputs([str(tmp_path / "empty")])


def test_a_file_named_twice_is_read_once(tmp_path):
    path = _write(tmp_path / "a.bundle", BUNDLE)
    assert len(expand_inputs([str(path), str(path), str(tmp_path / "*.bundle")])) == 1


# ---------------------------------------------------------------- rule 9: identity


def test_ids_are_stable_across_reruns_and_differ_between_sources(tmp_path):
    one = _write(tmp_path / "one.bundle", BUNDLE)
    two = _write(tmp_path / "two.bundle", BUNDLE)
    first = [d.doc_id for d in read_bundle(one)]
    assert first == [d.doc_id for d in read_bundle(one)]
    assert set(first).isdisjoint(d.doc_id for d in read_bundle(two))


def test_input_sha256_is_of_the_file_bytes(tmp_path):
    import hashlib

    data = gzip.compress(BUNDLE)
    path = _write(tmp_path / "x.gz", data)
    events, hasher = read_source(Source(str(path)))
    list(events)
    assert hasher.digest.hexdigest() == hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- rule 10: streaming


def test_reader_memory_stays_flat_on_a_large_bundle():
    """Peak Python allocation while streaming 40 MB stays near one chunk, not the bundle."""
    body = ("word " * 400 + "\n") * 10
    one_document = f"<<<FILE d>>>\n{body}".encode()

    class Repeated(io.RawIOBase):
        def __init__(self, copies):
            self.remaining = copies
            self.buffer = b""

        def readable(self):
            return True

        def readinto(self, target):
            while len(self.buffer) < len(target) and self.remaining:
                self.buffer += one_document
                self.remaining -= 1
            n = min(len(target), len(self.buffer))
            target[:n] = self.buffer[:n]
            self.buffer = self.buffer[n:]
            return n

    from tasks.bundle import read_bundle_stream

    copies = 40_000_000 // len(one_document)
    tracemalloc.start()
    count = sum(1 for _ in read_bundle_stream(io.BufferedReader(Repeated(copies)), Source("<stream>")))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == copies
    assert peak < 12_000_000, f"peak {peak} bytes for a 40 MB bundle"


# ---------------------------------------------------------------- writer round trip

MARKERISH = st.sampled_from(
    ["<<<FILE x>>>", "<<<FILE>>>", "<<<FILE: y>>>", "<<<END>>>", "<<<END FILE>>>", "\\<<<FILE x>>>",
     "\\\\<<<END>>>", "  <<<FILE z>>>\t", "\\ <<<FILE q>>>", "<<<", "\\<<<", "\ufeff", ""]
)
LINE = st.one_of(MARKERISH, st.text(alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)), max_size=40))
BODY = st.lists(LINE, max_size=12).map("\n".join)
NAME = st.one_of(
    st.none(),
    st.text(alphabet=st.characters(blacklist_characters="\r\n>", blacklist_categories=("Cs",)), min_size=1, max_size=20)
    .map(lambda s: s.strip(" \t"))
    .filter(bool),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(NAME, BODY), max_size=6))
def test_write_then_read_returns_every_document_byte_for_byte(docs):
    events = read_bundle_bytes(bundle_bytes(docs))
    if not docs:  # nothing written: the reader says the input was empty
        assert [(type(e), e.reason) for e in events] == [(OutsideText, "empty_input")]
        return
    assert all(isinstance(e, Document) for e in events)
    assert [(e.name, e.text) for e in events] == docs


def test_writer_refuses_a_name_it_cannot_frame():
    with pytest.raises(ValueError):
        bundle_bytes([("a>>>b", "x")])


def test_iter_lines_numbers_lines_from_one():
    assert [(n, t) for n, t, _ in iter_lines(io.BytesIO(b"a\nb\r\nc"))] == [(1, "a"), (2, "b"), (3, "c")]


def test_an_empty_file_is_reported_not_silent():
    (event,) = read_bundle_bytes(b"")
    assert isinstance(event, OutsideText) and event.reason == "empty_input"
    assert read_bundle_bytes(b"\n\n  \n")[0].reason == "empty_input"


def test_binary_junk_is_one_preamble_reject_with_a_printable_excerpt():
    (event,) = read_bundle_bytes(bytes(range(256)) * 4)
    assert event.reason == "preamble"
    assert not any(ord(c) < 32 and c != "\t" for c in event.detail)


def test_a_stream_cut_after_a_carriage_return_gets_no_phantom_empty_line():
    """The last CR before a read error ends a line; it must not add an empty one."""
    from tasks.bundle import read_bundle_stream

    class CutAfter(io.RawIOBase):
        def __init__(self, data):
            self.data = data

        def readable(self):
            return True

        def readinto(self, buffer):
            if not self.data:
                raise EOFError("truncated")
            size = min(len(buffer), len(self.data))
            buffer[:size], self.data = self.data[:size], self.data[size:]
            return size

    events = list(read_bundle_stream(CutAfter(b"<<<FILE a>>>\r\nxy\r"), Source("<cut>")))
    (document,) = [e for e in events if isinstance(e, Document)]
    assert document.text == "xy" and "truncated_input" in document.flags
