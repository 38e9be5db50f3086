"""The takedown log and the pure matcher that pipelines and ``curate release`` apply.

The log is JSON Lines, one takedown a line, only ever appended to. Each line carries the
SHA-256 of the line before it, so an edited or deleted entry is detected the next time the log
is read: a reviewer can show a requester that nothing was quietly taken back. Nothing in the log
can vouch for its own last line, so every release made with the log records the log's head (its
entry count and last line's hash, a ``LogHead``) in its manifest; a log read against those
anchors must still hold exactly that line at that position, which makes the last entry as
tamper-evident as the others.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
import re
import secrets
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from lineage.errors import LineageError
from lineage.keys import (
    MIN_TAKEDOWN_TEXT_CHARS,
    SELECTOR_KINDS,
    Selector,
    domain_key,
    make_selector,
    parent_domains,
    search_key,
    url_key,
)
from lineage.stores import is_remote

STAGE = "takedown"
RULE = "takedown"
DUPLICATE_RULE = "takedown_duplicate"


class TakedownLogError(LineageError):
    """The takedown log is missing, unreadable or was edited."""


@dataclass(frozen=True)
class Takedown:
    """One logged request. ``value`` is the match key (a normalized text snippet for text
    takedowns); ``doc_ids`` are the documents it resolved to when it was logged, including
    their duplicates, so later runs drop those even where URL or text differ."""

    id: str
    created_at: str
    kind: str
    value: str
    reason: str
    requester: str
    doc_ids: tuple[str, ...] = ()
    checked_against: tuple[str, ...] = ()
    prev_sha256: str | None = None
    reviewer: str | None = None
    """Who logged it in the review app (the form asks for a name); absent from CLI entries."""

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Takedown:
        """An entry as the log holds it; TypeError when a field has the wrong type (a bare
        list where ids belong, a number for a reason), so nothing downstream sees one."""
        entry = cls(
            **{
                **obj,
                "doc_ids": tuple(obj.get("doc_ids") or ()),
                "checked_against": tuple(obj.get("checked_against") or ()),
            }
        )
        texts = (entry.id, entry.created_at, entry.kind, entry.value, entry.reason, entry.requester)
        lists = (obj.get("doc_ids") or [], obj.get("checked_against") or [])
        if (
            not all(isinstance(v, str) for v in texts)
            or not all(isinstance(v, list) and all(isinstance(i, str) for i in v) for v in lists)
            or not isinstance(entry.prev_sha256, str | None)
            or not isinstance(entry.reviewer, str | None)
        ):
            raise TypeError("a takedown field has the wrong type")
        return entry

    def to_json(self) -> dict[str, Any]:
        """The log line's fields; ``reviewer`` only when set, so CLI entries are unchanged."""
        out = {**asdict(self), "doc_ids": list(self.doc_ids)}
        if out["reviewer"] is None:
            del out["reviewer"]
        return out


@dataclass
class Takedowns:
    """All takedowns of a log, indexed for ``match``; picklable, so Beam ships it to workers."""

    entries: tuple[Takedown, ...] = ()
    _doc: dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _resolved: dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _url: dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _domain: dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _texts: list[tuple[str, int]] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        lookup = {"doc_id": self._doc, "url": self._url, "domain": self._domain}
        for position, entry in enumerate(self.entries):
            if entry.kind == "text":
                self._texts.append((entry.value, position))
            else:
                lookup[entry.kind].setdefault(entry.value, position)
            for doc_id in entry.doc_ids:
                self._resolved.setdefault(doc_id, position)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def has_text(self) -> bool:
        """Whether matching needs document text (which only shards and pipelines hold)."""
        return bool(self._texts)

    def match(self, record: dict[str, Any], resolved: bool = True) -> str | None:
        """The id of the earliest takedown naming this pipeline record (by doc id, URL, site
        or text), or None. ``record`` is a pipeline record dict or the same shape built from a
        release (``doc_id``, ``source.url``, ``source.domain``, optional ``text``). With
        ``resolved``, the documents a takedown resolved to when it was logged count too."""
        source = record.get("source") or {}
        doc_id = record.get("doc_id")
        hits = [self._doc.get(doc_id), self._resolved.get(doc_id) if resolved else None]
        key = url_key(source.get("url"))
        if key is not None:
            hits.append(self._url.get(key))
        domain = source.get("domain") or (domain_key(key) if key else None)
        if domain:
            hits.extend(self._domain.get(d) for d in parent_domains(domain_key(domain)))
        text = record.get("text")
        if self._texts and isinstance(text, str):
            text_key = search_key(text)
            hits.extend(position for value, position in self._texts if value in text_key)
        found = [h for h in hits if h is not None]
        return self.entries[min(found)].id if found else None

    def resolved(self, doc_id: str) -> str | None:
        """The earliest takedown that recorded ``doc_id`` among its duplicates when logged."""
        position = self._resolved.get(doc_id)
        return None if position is None else self.entries[position].id


Groups = tuple[str | None, str | None]
"""A document's (dedup.exact_group, dedup.near_cluster_id) in one release."""


@dataclass(frozen=True)
class Removal:
    """Why a document goes: the takedown, and for a duplicate how it relates to what was
    named (``group`` of ``duplicate_of``)."""

    takedown: str
    duplicate_of: str | None = None
    group: str | None = None

    @property
    def rule(self) -> str:
        return RULE if self.group is None else DUPLICATE_RULE

    @property
    def reason(self) -> str:
        """Provenance ``reason``: ``code: detail``, like every other stage's."""
        if self.group is None:
            return f"{RULE}: {self.takedown}"
        relation = (
            self.group if self.duplicate_of is None else f"{self.group} of {self.duplicate_of}"
        )
        return f"{DUPLICATE_RULE}: {self.takedown} ({relation})"


RECORDED = "duplicate recorded when the takedown was logged"


def close_over_duplicates(
    seeds: dict[str, tuple[str, Groups]],
    members: Callable[[str, str], list[tuple[str, Groups]]],
) -> dict[str, Removal]:
    """The named documents plus, transitively, every member of their exact-duplicate groups
    and near-duplicate clusters: removing a page but keeping its copy removes nothing.

    ``seeds`` maps a named doc id to (takedown id, its groups); ``members(column, value)``
    returns the (doc id, groups) of one group, ``column`` being ``exact_group`` or
    ``near_cluster_id``.
    """
    result = {doc: Removal(td) for doc, (td, _) in seeds.items()}
    queue = deque(sorted((doc, td, groups) for doc, (td, groups) in seeds.items()))
    visited: set[tuple[str, str]] = set()
    while queue:
        doc, td, (exact, near) = queue.popleft()
        for column, value in (("exact_group", exact), ("near_cluster_id", near)):
            if value is None or (column, value) in visited:
                continue
            visited.add((column, value))
            group = "exact duplicate" if column == "exact_group" else "near duplicate"
            for member, member_groups in sorted(members(column, value)):
                if member not in result:
                    result[member] = Removal(td, duplicate_of=doc, group=group)
                    queue.append((member, td, member_groups))
    return result


def _line_sha(line: bytes) -> str:
    return hashlib.sha256(line.rstrip(b"\n")).hexdigest()


@dataclass(frozen=True)
class LogHead:
    """Where a log stood when a release relied on it: how many entries, the last one's hash."""

    entries: int
    sha256: str | None

    def to_json(self) -> dict[str, Any]:
        return {"entries": self.entries, "head_sha256": self.sha256}

    @classmethod
    def from_manifest(cls, manifest: dict[str, Any]) -> LogHead | None:
        """The head a release's manifest recorded, or None for a release made without a log."""
        recorded = manifest.get("takedowns") or {}
        if "head_sha256" not in recorded:
            return None
        return cls(int(recorded["entries"]), recorded["head_sha256"])


Anchor = tuple[str, LogHead]
"""(who recorded it, e.g. ``release v2``; the head it recorded)."""


def recorded_heads(manifests: Iterable[dict[str, Any]]) -> list[Anchor]:
    """The log heads these release manifests recorded, as anchors a log must extend."""
    heads = ((m.get("version"), LogHead.from_manifest(m)) for m in manifests)
    return [(f"release {version}", head) for version, head in heads if head is not None]


def _check_anchors(path: str | Path, hashes: list[str], anchors: Iterable[Anchor]) -> None:
    """The log must still extend every head recorded from it: appends are fine, nothing else."""
    for who, head in anchors:
        if len(hashes) < head.entries:
            raise TakedownLogError(
                f"takedown log {path} holds {len(hashes)} entries but {who} recorded "
                f"{head.entries}: entries were removed"
            )
        if head.entries and hashes[head.entries - 1] != head.sha256:
            raise TakedownLogError(
                f"takedown log {path} line {head.entries}: not the entry {who} recorded "
                "(the log was edited since)"
            )


def _log_bytes(path: str | Path) -> bytes:
    """The log's bytes, from local disk or a store (``gs://``, ``s3://``)."""
    try:
        if is_remote(str(path)):
            from lineage.stores import versioned_store

            data, _ = versioned_store(str(path)).read_versioned(str(path))
            if data is None:
                raise FileNotFoundError(str(path))
            return data
        return Path(path).read_bytes()
    except FileNotFoundError as err:
        raise TakedownLogError(f"takedown log not found: {path}") from err
    except OSError as err:
        raise TakedownLogError(f"cannot read takedown log {path}: {err.strerror}") from err


def _read_entries(path: str | Path) -> tuple[list[Takedown], list[str]]:
    """Entries and each line's hash, after checking the chain."""
    return _parse_entries(_log_bytes(path), path)


def _parse_entries(data: bytes, path: str | Path) -> tuple[list[Takedown], list[str]]:
    """Entries and each line's hash of a log's bytes, after checking the chain."""
    lines = data.splitlines()
    entries: list[Takedown] = []
    hashes: list[str] = []
    prev = None
    for number, line in enumerate(lines, start=1):
        try:
            entry = Takedown.from_json(json.loads(line))
        except (ValueError, TypeError, RecursionError) as err:
            raise TakedownLogError(
                f"takedown log {path} line {number}: not a takedown entry ({type(err).__name__})"
            ) from err
        if entry.prev_sha256 != prev:
            raise TakedownLogError(
                f"takedown log {path} line {number}: hash chain broken "
                "(an earlier entry was edited or removed)"
            )
        if entry.kind not in SELECTOR_KINDS:
            raise TakedownLogError(f"takedown log {path} line {number}: unknown kind {entry.kind}")
        entries.append(entry)
        prev = _line_sha(line)
        hashes.append(prev)
    return entries, hashes


def read_log(path: str | Path, anchors: Iterable[Anchor] = ()) -> tuple[Takedowns, LogHead]:
    """Read and verify a takedown log, its chain and every recorded head it must extend; the
    takedowns and the head to record for what is made with them. Raises TakedownLogError with
    a one-line reason."""
    entries, hashes = _read_entries(path)
    _check_anchors(path, hashes, anchors)
    return Takedowns(tuple(entries)), LogHead(len(hashes), hashes[-1] if hashes else None)


def load_takedowns(path: str | Path, anchors: Iterable[Anchor] = ()) -> Takedowns:
    """Read and verify a takedown log (see ``read_log``)."""
    return read_log(path, anchors)[0]


def takedown_selector(kind: str, raw: str) -> Selector:
    """Text takedowns need a longer snippet than searches: a short one would empty a release."""
    return make_selector(kind, raw, min_text_chars=MIN_TAKEDOWN_TEXT_CHARS)


def append_takedown(
    path: str | Path,
    selector: Selector,
    *,
    reason: str,
    requester: str,
    doc_ids: Iterable[str] = (),
    checked_against: Iterable[str] = (),
    now: dt.datetime | None = None,
    anchors: Iterable[Anchor] = (),
    reviewer: str | None = None,
) -> Takedown:
    """Append one entry, after checking the log still extends every head in ``anchors``: two
    reviewers at once keep the chain intact, on local disk under an exclusive lock, on a store
    by a conditional replace of the object read (its generation on GCS, its ETag on S3)."""
    if not reason.strip() or not requester.strip():
        raise LineageError("a takedown needs a non-empty --reason and --requester")
    now = now or dt.datetime.now(dt.UTC)

    def entry_after(data: bytes) -> tuple[Takedown, bytes]:
        _, hashes = _parse_entries(data, path)
        _check_anchors(path, hashes, anchors)
        entry = Takedown(
            id=f"TD-{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}",
            created_at=now.isoformat(timespec="seconds"),
            kind=selector.kind,
            value=selector.key,
            reason=reason.strip(),
            requester=requester.strip(),
            doc_ids=tuple(sorted(set(doc_ids))),
            checked_against=tuple(checked_against),
            prev_sha256=hashes[-1] if hashes else None,
            reviewer=reviewer.strip() if reviewer else None,
        )
        line = json.dumps(entry.to_json(), ensure_ascii=False, sort_keys=True)
        return entry, line.encode("utf-8") + b"\n"

    if is_remote(str(path)):
        return _append_on_store(str(path), entry_after)
    path = Path(path)
    if not path.parent.is_dir():
        raise TakedownLogError(f"takedown log folder does not exist: {path.parent}")
    with open(path, "ab") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        entry, line = entry_after(path.read_bytes())
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())
    return entry


_APPEND_TRIES = 20


def _append_on_store(path: str, entry_after: Callable[[bytes], tuple[Takedown, bytes]]) -> Takedown:
    """Read the log object, append, and replace it only if it is still the object read;
    another reviewer's append meanwhile makes this one start over on the new log."""
    from lineage.stores import versioned_store

    store = versioned_store(path)
    for _ in range(_APPEND_TRIES):
        data, token = store.read_versioned(path)
        entry, line = entry_after(data or b"")
        if store.replace_if(path, (data or b"") + line, token):
            return entry
    raise TakedownLogError(
        f"takedown log {path} changed {_APPEND_TRIES} times while this entry was appended; "
        "nothing was logged, try again"
    )


_ID_RE = re.compile(r"TD-\d{8}T\d{6}Z-[0-9a-f]{6}")


def takedowns_named(takedowns: Takedowns, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Log entries whose ids appear in these provenance rows' reasons: who asked, when, why.
    The match value is left out (for a text takedown it is document text)."""
    ids = {m for row in rows for m in _ID_RE.findall(row.get("reason") or "")}
    named = []
    for e in takedowns.entries:
        if e.id in ids:
            entry = {k: getattr(e, k) for k in ("id", "created_at", "kind", "reason", "requester")}
            named.append(entry if e.reviewer is None else {**entry, "reviewer": e.reviewer})
    return named


def log_sha256(path: str | Path) -> str:
    """Hash of the whole log, recorded in a release so its takedowns can be traced."""
    return hashlib.sha256(_log_bytes(path)).hexdigest()
