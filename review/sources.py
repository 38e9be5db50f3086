"""The releases (or the index) the app reads, one DuckDB cursor per server thread.

``curate review --release releases/`` should show a release ``curate release`` (or the app's
own button) adds to that folder without a restart, so each request compares a cheap stamp of
the sources (the manifests' and the index file's mtimes) with the one it opened, and reopens
them when it changed. A DuckDB connection is not for concurrent use; each thread queries
through its own cursor of the shared database.
"""

from __future__ import annotations

import threading
from pathlib import Path

from lineage.index import ProvenanceIndex, open_sources
from lineage.manifest import MANIFEST
from lineage.stores import is_remote

Stamp = tuple[tuple[str, int, int], ...]


def _stamp(releases: list[str] | None, index: str | None) -> Stamp:
    """(path, mtime, size) of every manifest under the release paths, or of the index file."""
    if index:
        candidates = [Path(index)]
    else:
        candidates = []
        for path in releases or []:
            if is_remote(path):
                continue  # a store: read once, at start
            folder = Path(path)
            own = folder / MANIFEST
            if own.is_file():
                candidates.append(own)
            elif folder.is_dir():
                candidates.extend(
                    child / MANIFEST
                    for child in sorted(folder.iterdir())
                    if not child.name.startswith(".") and (child / MANIFEST).is_file()
                )
    stamps = []
    for candidate in candidates:
        try:
            info = candidate.stat()
        except OSError:
            continue
        stamps.append((str(candidate), info.st_mtime_ns, info.st_size))
    return tuple(stamps)


class Sources:
    """``--release`` paths or an ``--index`` file, opened at start (a bad path fails the
    command), reopened when a release is added or the index rebuilt."""

    def __init__(self, releases: list[str] | None, index: str | None) -> None:
        self.release_paths = list(releases or [])
        self.index_path = index
        self._lock = threading.Lock()
        self._local = threading.local()
        self._stamp = _stamp(self.release_paths, index)
        self._base = open_sources(self.release_paths or None, index)
        self._generation = 0
        self._retired: list[ProvenanceIndex] = []

    @property
    def is_index(self) -> bool:
        return self.index_path is not None

    def _refresh(self) -> None:
        stamp = _stamp(self.release_paths, self.index_path)
        if stamp == self._stamp:
            return
        with self._lock:
            if stamp == self._stamp:
                return
            fresh = open_sources(self.release_paths or None, self.index_path)
            # Other threads may still be reading through cursors of the old database; it is
            # closed at the next reload, when no request of this one is running any more.
            for old in self._retired:
                old.con.close()
            self._retired = [self._base]
            self._base, self._stamp = fresh, stamp
            self._generation += 1

    def index(self) -> ProvenanceIndex:
        """This thread's view of the current sources."""
        self._refresh()
        mine = getattr(self._local, "index", None)
        if mine is None or mine[0] != self._generation:
            base = self._base
            mine = (self._generation, ProvenanceIndex(base.con.cursor(), base.releases, base.path))
            self._local.index = mine
        return mine[1]

    def close(self) -> None:
        for index in (*self._retired, self._base):
            index.con.close()
