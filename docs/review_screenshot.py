"""Takes ``docs/review-document.png``: the review app's document page, in headless Chromium,
for a document of the demo release that has near duplicates and PII.

Usage: ``make demo && python docs/review_screenshot.py [--release build/demo/releases]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from lineage.index import open_releases  # noqa: E402
from tests.review_helpers import ReviewServer, chromium  # noqa: E402


def pick_document(releases: str) -> str:
    """A kept document with a near-duplicate cluster, PII spans and a URL."""
    with open_releases([releases]) as index:
        rows = index.query(
            "SELECT doc_id FROM provenance WHERE status = 'kept' AND url IS NOT NULL "
            "AND near_cluster_id IS NOT NULL ORDER BY len(pii.spans) DESC, doc_id LIMIT 1"
        )
    return rows[0]["doc_id"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", default="build/demo/releases")
    parser.add_argument("--out", type=Path, default=HERE / "review-document.png")
    args = parser.parse_args(argv)
    doc_id = pick_document(args.release)
    server = ReviewServer(["--release", args.release])
    try:
        with chromium(width=1280, height=1700) as browser:
            browser.get(f"{server.url}/doc/{doc_id}")
            browser.save_screenshot(str(args.out))
    finally:
        server.stop()
    print(f"{args.out}: document page of {doc_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
