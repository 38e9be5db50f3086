"""Fixtures of the review-app tests: the shared demo release, a writable copy of it per test
that writes, and apps over them (real DuckDB, real release files, Flask's test client)."""

from __future__ import annotations

from pathlib import Path

import pytest

from review.app import ReviewSettings, create_app
from tests.lineage_helpers import Demo, demo_release
from tests.review_helpers import TOKEN, copy_release


@pytest.fixture(scope="session")
def demo(tmp_path_factory) -> Demo:
    return demo_release(tmp_path_factory)


@pytest.fixture(scope="session")
def reader(demo):
    """An app over the demo release, no token: reading is open, writing is off."""
    app = create_app(ReviewSettings(releases=[str(demo.release)], per_page=5))
    return app.test_client()


class Writable:
    """A copy of the demo release in a releases folder of its own, a takedown log path, and a
    signed-in client of an app with a reviewer token."""

    def __init__(self, demo: Demo, root: Path) -> None:
        self.releases = root / "releases"
        self.releases.mkdir()
        self.release = copy_release(demo.release, self.releases)
        self.log = root / "takedowns.jsonl"
        self.app = create_app(
            ReviewSettings(releases=[str(self.releases)], log=str(self.log), token=TOKEN)
        )
        self.client = self.app.test_client()

    def csrf(self) -> str:
        with self.client.session_transaction() as session:
            return session["csrf"]

    def sign_in(self) -> None:
        self.client.get("/login")
        response = self.client.post("/login", data={"token": TOKEN, "csrf": self.csrf()})
        assert response.status_code == 302

    def release_folders(self) -> list[str]:
        return sorted(p.name for p in self.releases.iterdir())


@pytest.fixture
def writable(demo, tmp_path) -> Writable:
    return Writable(demo, tmp_path)
