"""Archives (.zip, .tar, .tar.gz/.tgz and any compression of a tar the stream layer knows):
each member read by its own format, with locators naming the member (``a/b.jsonl#line:3``).

A zip member that cannot be read (bad CRC, unknown method, encrypted) is one error record and
the next member is read; a tar is a stream, so damage ends it there. Records read before a
bad member always survive. Member reports roll up into the archive's: a member cut short
counts as one damaged region of the archive.
"""

from __future__ import annotations

import shutil
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import IO

from curate.readers.base import FileContext, failure_code, guarded
from curate.readers.stream import ChunkFile, Damaged, raw_chunks
from curate.records import Record

MemberReader = Callable[[IO[bytes], FileContext], Iterator[Record]]
_SPOOL = 16 * 1024 * 1024  # a tar member up to this size is held in memory, larger on disk
_MEMBER_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    RuntimeError,
    ValueError,
    NotImplementedError,
)


def _rolled_up(archive: FileContext, member: FileContext) -> None:
    archive.report.damaged += member.report.damaged + (0 if member.report.complete else 1)


def _bad_member(member: FileContext, err: BaseException) -> Record:
    member.report.cut("member", failure_code(err), None)
    return member.error(
        "member", failure_code(err), f"archive member unreadable: {type(err).__name__}"
    )


def zip_members(raw: IO[bytes]) -> list[zipfile.ZipInfo]:
    """A zip's files (not folders) in the order of its central directory."""
    return [info for info in zipfile.ZipFile(raw).infolist() if not info.is_dir()]


def read_zip(
    raw: IO[bytes], ctx: FileContext, read: MemberReader, only: int | None = None
) -> Iterator[Record]:
    """Members of a zip in the order of its central directory; ``only``: just that one (by
    its place among ``zip_members``), when a large zip is read member by member in parallel."""
    state = {"member": "file-start"}

    def records() -> Iterator[Record]:
        archive = zipfile.ZipFile(raw)
        members = [info for info in archive.infolist() if not info.is_dir()]
        for info in members if only is None else members[only : only + 1]:
            member = ctx.within(info.filename)
            state["member"] = info.filename
            try:
                with archive.open(info) as handle:
                    yield from read(handle, member)
            except _MEMBER_ERRORS as err:
                yield _bad_member(member, err)
            _rolled_up(ctx, member)

    return guarded(records(), ctx, lambda: state["member"])


def read_tar(raw: IO[bytes], ctx: FileContext, read: MemberReader) -> Iterator[Record]:
    """Members of a tar, streamed through the decompression layer (so .tar.gz, .tgz,
    .tar.zst, .tar.bz2 and .tar.xz all work); each member is spooled so readers can seek."""
    state = {"member": "file-start"}

    def records() -> Iterator[Record]:
        stream = ChunkFile(raw_chunks(raw, ctx.uri))
        with tarfile.open(fileobj=stream, mode="r|") as archive:
            for info in archive:
                if not info.isfile():
                    continue
                member = ctx.within(info.name)
                state["member"] = info.name
                with tempfile.SpooledTemporaryFile(_SPOOL) as spool:
                    try:
                        shutil.copyfileobj(archive.extractfile(info), spool)
                    except Damaged as err:
                        lost = member.damaged(err.damage, "member")
                        damage = err.damage
                        ctx.report.cut(lost["source"]["locator"], damage.kind, damage.bytes_left)
                        yield lost
                        return
                    spool.seek(0)
                    yield from read(spool, member)
                _rolled_up(ctx, member)

    return guarded(records(), ctx, lambda: state["member"])
