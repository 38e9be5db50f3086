"""Main-text extraction of HTML pages, in this process or on a pool of processes.

trafilatura is pure Python over lxml and holds the GIL: ~1 ms for a small page, ~12 ms for a
50 KB one, as much as Kiwi's analysis of the text it finds. On the embedded runner a WARC file
is read by one thread, so with ``runtime.threads`` > 1 the pages go to that many spawned
processes while the reader goes on framing and decoding records; the records come out in
file order and are built here, so a file's report and doc_ids are those of reading it alone.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

import trafilatura

from curate.readers.base import ReaderUnavailable

# Pages waiting or in work per process: enough that no process waits for the reader.
PAGES_PER_WORKER = 4
DIED = "extraction process died"
NEVER_ANSWERED = (
    "the main-text extraction processes end before answering any page. They start by "
    "importing the script that launched the run: a script that starts a run at its top level "
    'must do so under `if __name__ == "__main__":`. Or set runtime.threads: 1 to extract '
    "in this process"
)


def extract_main_text(html: str, url: str | None) -> str:
    """Main text of a page without menus, footers and comments; "" when there is none."""
    text = trafilatura.extract(
        html,
        url=url,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        favor_precision=False,
        with_metadata=False,
    )
    return text or ""


class ExtractionUnavailable(ReaderUnavailable):
    """The extraction processes die before they answer any page."""


class ExtractionDied(Exception):
    """The process extracting a page ended without an answer (killed, out of memory, a crash
    in lxml): that page's error, tried alone so no other page takes the blame."""


@dataclass(frozen=True)
class Page:
    """A page whose record waits for its main text: ``finish`` builds it from the text,
    ``fail`` from the exception extraction raised."""

    html: str
    url: str | None
    finish: Callable[[str], Any]
    fail: Callable[[Exception], Any]


class Extractor:
    """Resolves the pages among a reader's items, in order: inline with ``workers`` <= 1,
    else on a spawned process pool made at the first page (a run without HTML starts no
    process). ``extract`` must be a module-level function (it is sent to the processes)."""

    def __init__(
        self, workers: int = 1, extract: Callable[[str, str | None], str] = extract_main_text
    ):
        self.workers = workers
        self._extract = extract
        self._pool: ProcessPoolExecutor | None = None
        self._answered = False

    def resolved(self, items: Iterable[Any]) -> Iterator[Any]:
        """``items`` with every ``Page`` replaced by its record, order kept. When ``items``
        raises, the records of the pages before it come out first, then the exception."""
        if self.workers <= 1:
            for item in items:
                yield self._inline(item) if isinstance(item, Page) else item
            return
        pending: deque[tuple[Any, Future | None]] = deque()
        source = iter(items)
        window = self.workers * PAGES_PER_WORKER
        while True:
            try:
                item = next(source)
            except StopIteration:
                break
            except Exception:
                yield from self._drain(pending)
                raise
            pending.append((item, self._submit(item) if isinstance(item, Page) else None))
            while pending and (len(pending) > window or _done(pending[0][1])):
                yield from self._settle_head(pending)
        yield from self._drain(pending)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _inline(self, page: Page) -> Any:
        try:
            text = self._extract(page.html, page.url)
        except Exception as err:  # noqa: BLE001 - one page's failure is that page's error
            return page.fail(err)
        return page.finish(text)

    def _submit(self, page: Page) -> Future:
        """The page's extraction; a pool that broke since the last answer refuses new work
        at once, and that refusal is settled like the death it reports (the page is tried
        again alone), not raised out of the reader, which would cut the file short."""
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn")
            )
        try:
            return self._pool.submit(self._extract, page.html, page.url)
        except BrokenProcessPool as err:
            refused: Future = Future()
            refused.set_exception(err)
            return refused

    def _drain(self, pending: deque) -> Iterator[Any]:
        while pending:
            yield from self._settle_head(pending)

    def _answer(self, item: Any, future: Future | None) -> Any:
        outcome = _outcome(item, future)
        self._answered = self._answered or (future is not None and outcome is not _BROKEN)
        return outcome

    def _settle_head(self, pending: deque) -> Iterator[Any]:
        item, future = pending.popleft()
        outcome = self._answer(item, future)
        if outcome is not _BROKEN:
            yield outcome
            return
        # Every page in flight shared the dead pool: each without an answer of its own is
        # tried again alone, so only the one that kills a process becomes an error.
        self._restart()
        yield self._alone(item)
        while pending:
            item, future = pending.popleft()
            outcome = self._answer(item, future) if _done(future) else _BROKEN
            yield self._alone(item) if outcome is _BROKEN else outcome

    def _alone(self, page: Page) -> Any:
        outcome = self._answer(page, self._submit(page))
        if outcome is _BROKEN:
            self._restart()
            if not self._answered:
                raise ExtractionUnavailable(NEVER_ANSWERED)
            return page.fail(ExtractionDied(DIED))
        return outcome

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


_BROKEN = object()


def _done(future: Future | None) -> bool:
    return future is None or future.done()


def _outcome(item: Any, future: Future | None) -> Any:
    """The item's record from its extraction's answer; ``_BROKEN`` when the pool died."""
    if future is None:
        return item
    try:
        text = future.result()
    except BrokenProcessPool:
        return _BROKEN
    except Exception as err:  # noqa: BLE001 - raised by the extraction of this page
        return item.fail(err)
    return item.finish(text)
