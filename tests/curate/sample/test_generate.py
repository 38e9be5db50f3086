"""The sample-corpus generator: reproducible bytes, honest summary, every planted mess present."""

import bz2
import gzip
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import zstandard
from warcio.archiveiterator import ArchiveIterator

from curate.sample.generate import generate_corpus, main
from curate.sample.noise import luhn_check_digit, rrn_check_digit

EXPECTED_FILES = {
    "web/part-0000.jsonl",
    "web/part-0001.jsonl.gz",
    "web/part-0002.jsonl.zst",
    "legacy/cp949-notice.txt",
    "legacy/macos-nfd.txt",
    "blocks/faq-blocks.txt",
    "tables/part-0000.parquet",
    "crawl/crawl-00000.warc.gz",
    "broken/truncated.jsonl.gz",
    "broken/empty.jsonl",
    "wiki/kowiki-sample-pages-articles-multistream.xml.bz2",
    "wiki/kowiki-sample-pages-articles-multistream-index.txt.bz2",
    "wiki/namuwiki-sample.json",
}
WEB_FILES = sorted(name for name in EXPECTED_FILES if name.startswith("web/"))
PLANTED_KINDS = (
    "exact_duplicates",
    "near_duplicates",
    "boilerplate",
    "spam",
    "english",
    "japanese",
    "nfd",
    "pii",
    "broken",
    "whitespace_only",
    "empty",
    "cp949",
    "euc_kr",
    "zero_width",
    "control_chars",
    "null_text",
    "truncated_gzip",
    "empty_file",
)
BROKEN_LINES_PER_FILE = 7


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("sample") / "seed0"
    return root, generate_corpus(root, seed=0)


def digests(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def iter_lines(path: Path) -> Iterator[bytes]:
    """Stream lines the way a reader would; a truncated gzip raises EOFError partway."""
    if path.name.endswith(".gz"):
        with gzip.open(path) as stream:
            yield from stream
    elif path.name.endswith(".zst"):
        with path.open("rb") as raw, zstandard.ZstdDecompressor().stream_reader(raw) as stream:
            yield from stream.read().splitlines(keepends=True)
    else:
        yield from path.read_bytes().removeprefix(b"\xef\xbb\xbf").splitlines(keepends=True)


def lines_until_eof(path: Path) -> list[bytes]:
    lines = []
    try:
        for line in iter_lines(path):
            lines.append(line)
    except EOFError:
        pass
    return [line for line in lines if line.strip()]


def warc_responses(path: Path) -> list[tuple[str, bytes]]:
    with path.open("rb") as stream:
        return [
            (record.http_headers.get_header("Content-Type"), record.content_stream().read())
            for record in ArchiveIterator(stream)
            if record.rec_type == "response"
        ]


def count_records(path: Path, fmt: str) -> int:
    if fmt == "parquet":
        return pq.read_metadata(path).num_rows
    if fmt == "warc":
        return len(warc_responses(path))
    if fmt == "mediawiki":
        return bz2.decompress(path.read_bytes()).count(b"<page>")
    if fmt == "namuwiki":
        return len(json.loads(path.read_bytes()))
    if fmt in ("text", "wiki-index"):
        return 1
    if fmt == "text-blocks":
        return len([b for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()])
    return len(lines_until_eof(path))


def web_texts(root: Path) -> list[str]:
    texts = []
    for name in WEB_FILES:
        for line in lines_until_eof(root / name):
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("text"), str):
                texts.append(record["text"])
    return texts


def test_same_seed_gives_identical_bytes(corpus: tuple[Path, dict], tmp_path: Path) -> None:
    root, summary = corpus
    assert generate_corpus(tmp_path / "again", seed=0) == summary
    assert digests(tmp_path / "again") == digests(root)


def test_other_seed_changes_every_generated_file(corpus: tuple[Path, dict], tmp_path: Path) -> None:
    root, _ = corpus
    generate_corpus(tmp_path / "seed1", seed=1)
    ours, theirs = digests(root), digests(tmp_path / "seed1")
    changed = {name for name in ours if ours[name] != theirs[name]}
    assert changed == EXPECTED_FILES - {"broken/empty.jsonl"}


def test_summary_lists_exactly_the_files_written(corpus: tuple[Path, dict]) -> None:
    root, summary = corpus
    assert set(digests(root)) == set(summary["files"]) == EXPECTED_FILES


def test_summary_record_counts_match_file_contents(corpus: tuple[Path, dict]) -> None:
    root, summary = corpus
    files = summary["files"]
    found = {name: count_records(root / name, info["format"]) for name, info in files.items()}
    assert found == {name: info["records"] for name, info in files.items()}
    assert 300 <= sum(found.values()) <= 600


def test_every_planted_kind_is_present(corpus: tuple[Path, dict]) -> None:
    _, summary = corpus
    assert {kind for kind in PLANTED_KINDS if summary["kinds"].get(kind, 0) <= 0} == set()


def test_broken_lines_only_in_first_two_web_files(corpus: tuple[Path, dict]) -> None:
    root, _ = corpus

    def broken(line: bytes) -> bool:
        try:
            record = json.loads(line.decode("utf-8"))
        except ValueError:
            return True
        return not (isinstance(record, dict) and isinstance(record.get("text"), str))

    counts = [sum(map(broken, lines_until_eof(root / name))) for name in WEB_FILES]
    assert counts == [BROKEN_LINES_PER_FILE, BROKEN_LINES_PER_FILE, 0]
    assert (root / "web/part-0000.jsonl").read_bytes().startswith(b"\xef\xbb\xbf")


def test_cp949_file_needs_cp949(corpus: tuple[Path, dict]) -> None:
    data = (corpus[0] / "legacy/cp949-notice.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    with pytest.raises(UnicodeDecodeError):
        data.decode("euc_kr")
    assert "똠양꿍" in data.decode("cp949")


def test_macos_file_is_nfd_korean(corpus: tuple[Path, dict]) -> None:
    text = (corpus[0] / "legacy/macos-nfd.txt").read_text(encoding="utf-8")
    assert text != unicodedata.normalize("NFC", text)
    assert unicodedata.is_normalized("NFD", text)


def test_truncated_gzip_raises_eof_after_some_lines(corpus: tuple[Path, dict]) -> None:
    root, summary = corpus
    path = root / "broken/truncated.jsonl.gz"
    with pytest.raises(EOFError), gzip.open(path) as stream:
        stream.read()
    readable = summary["files"]["broken/truncated.jsonl.gz"]["records"]
    assert readable == len(lines_until_eof(path)) > 0
    assert all(json.loads(line)["text"] for line in lines_until_eof(path))


def test_nfd_copies_equal_another_record_after_nfc(corpus: tuple[Path, dict]) -> None:
    texts = web_texts(corpus[0])
    nfc_texts = set(texts)
    decomposed = [t for t in texts if t != unicodedata.normalize("NFC", t)]
    assert decomposed
    assert all(unicodedata.normalize("NFC", t) in nfc_texts for t in decomposed)


def test_planted_pii_passes_checksums(corpus: tuple[Path, dict]) -> None:
    text = "\n".join(web_texts(corpus[0]))
    # \b does not separate digits from a following Hangul particle: both are word characters.
    rrns = re.findall(r"(?<!\d)(\d{6})-?([1-4]\d{6})(?!\d)", text)
    cards = re.findall(r"(?<!\d)\d{4}-\d{4}-\d{4}-\d{4}(?!\d)", text)
    assert rrns and cards and re.search(r"@example\.[a-z.]+입니다", text)
    assert all(rrn_check_digit(a + b[:-1]) == int(b[-1]) for a, b in rrns)
    assert all(luhn_check_digit(c.replace("-", "")[:-1]) == int(c[-1]) for c in cards)


def test_checksum_helpers_match_known_numbers() -> None:
    assert rrn_check_digit("900101123456") == 8
    assert luhn_check_digit("411111111111111") == 1


def test_warc_holds_odd_responses(corpus: tuple[Path, dict]) -> None:
    responses = warc_responses(corpus[0] / "crawl/crawl-00000.warc.gz")
    by_type: dict[str, list[bytes]] = {}
    for content_type, body in responses:
        by_type.setdefault(content_type, []).append(body)
    (euc_kr,) = by_type["text/html; charset=euc-kr"]
    assert '<meta charset="euc-kr">' in euc_kr.decode("euc_kr")
    assert by_type["image/png"][0].startswith(b"\x89PNG")
    assert any(b"<article>\n\n</article>" in body for body in by_type["text/html; charset=utf-8"])


def test_parquet_has_null_texts_and_duplicates(corpus: tuple[Path, dict]) -> None:
    root, _ = corpus
    texts = pq.read_table(root / "tables/part-0000.parquet").column("text").to_pylist()
    assert None in texts
    assert set(web_texts(root)) & {t for t in texts if t}


def test_scale_multiplies_documents(corpus: tuple[Path, dict], tmp_path: Path) -> None:
    _, summary = corpus
    doubled = generate_corpus(tmp_path / "x2", scale=2)
    assert doubled["kinds"]["clean"] == 2 * summary["kinds"]["clean"]
    assert doubled["kinds"]["spam"] == 2 * summary["kinds"]["spam"]


def test_refuses_non_empty_output_dir(tmp_path: Path) -> None:
    (tmp_path / "stale.jsonl").write_text("{}\n")
    with pytest.raises(ValueError, match="empty"):
        generate_corpus(tmp_path)


def test_cli_prints_summary_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "cli"), "--seed", "3"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert set(summary["files"]) == EXPECTED_FILES
    with pytest.raises(SystemExit):
        main([str(tmp_path / "cli")])
