"""`curate dedup scurve|eval`: the numbers a user picks near-dup settings by must be the
ones the code runs with."""

import re

import pytest

from curate.commands.main import main
from curate.evals.dedup import EDITS
from filters.lsh import Banding
from tests.near_dedup_helpers import default_banding, default_near_dedup

SCURVE_POINTS = [round(0.5 + 0.05 * i, 2) for i in range(10)]
NUMBER = r"(\d+(?:\.\d+)?)"


def run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def assert_scurve(out: str, banding: Banding) -> None:
    """The header names the banding and its steepest point; every row's probability is
    ``candidate_probability`` at its Jaccard, to the four printed digits."""
    header, columns, *rows = out.splitlines()
    assert header == (
        f"bands={banding.bands} rows={banding.rows} (num_perm used: "
        f"{banding.bands * banding.rows}); steepest at Jaccard {banding.threshold:.3f}"
    )
    assert columns.split() == ["Jaccard", "P(candidate)"]
    table = {float(j): float(p) for j, p in (row.split() for row in rows)}
    assert list(table) == SCURVE_POINTS
    for jaccard, probability in table.items():
        assert probability == pytest.approx(banding.candidate_probability(jaccard), abs=5e-5)


def test_scurve_shows_the_default_banding(capsys):
    """With no options, the table is the shipped banding's S-curve."""
    code, out, _ = run(["dedup", "scurve"], capsys)
    assert code == 0
    assert_scurve(out, default_banding())


@pytest.mark.parametrize(
    "args",
    [
        ["--bands", "8", "--rows", "16"],
        ["--set", "near_dedup.bands=8", "--set", "near_dedup.rows=16"],
    ],
)
def test_scurve_shows_the_banding_asked_for(args, capsys):
    """Flags and ``--set`` both change the banding the table is computed for."""
    code, out, _ = run(["dedup", "scurve", *args], capsys)
    assert code == 0
    assert_scurve(out, Banding(8, 16))


def test_scurve_refuses_a_bad_setting_in_one_line(capsys):
    """A bad setting is the usual one error line and exit status 2, not a traceback."""
    code, out, err = run(["dedup", "scurve", "--set", "near_dedup.bands=0"], capsys)
    assert code == 2 and out == ""
    assert err.startswith("curate: error: ") and "near_dedup.bands" in err
    assert err.count("\n") == 1


def engine_rows(out: str) -> dict[str, list[float]]:
    """engine → [pair precision, pair recall, cluster precision, cluster recall]."""
    table = out.split("clus R\n", 1)[1].split("recall of", 1)[0]
    rows = {}
    for line in table.splitlines():
        match = re.fullmatch(rf"(.+?)\s+{NUMBER}\s+{NUMBER}\s+{NUMBER}\s+{NUMBER}", line)
        assert match is not None, line
        name, *numbers = match.groups()
        rows[name] = [float(n) for n in numbers]
    return rows


def edit_recalls(out: str) -> dict[str, dict[str, float]]:
    """engine → edit kind → recall, from the lines after ``recall of ... by edit``."""
    lines = out.split("by edit:\n", 1)[1].splitlines()
    recalls = {}
    for line in lines:
        name, _, listed = line.strip().partition(": ")
        recalls[name] = {k: float(v) for k, v in (item.split() for item in listed.split(", "))}
    return recalls


def test_eval_reports_sane_accuracy_for_the_defaults(capsys):
    """The labelled set's verdict on the shipped settings: high precision and recall, our
    engine without verification identical to datasketch's MinHashLSH on the same
    signatures and banding, and verification raising precision without adding a pair."""
    code, out, _ = run(["dedup", "eval"], capsys)
    assert code == 0
    near = default_near_dedup()
    header = re.match(
        rf"(\d+) documents, (\d+) true pairs \(exact Jaccard ≥ 0.7\), (\d+) true clusters; "
        rf"bands={near.bands} rows={near.rows}\n",
        out,
    )
    assert header is not None, out
    documents, pairs, clusters = map(int, header.groups())
    assert 0 < clusters <= pairs and clusters < documents

    rows = engine_rows(out)
    assert list(rows) == ["ours (verified)", "ours (no verification)", "datasketch MinHashLSH"]
    assert all(0 <= value <= 1 for values in rows.values() for value in values)
    verified, unverified = rows["ours (verified)"], rows["ours (no verification)"]
    assert min(verified) >= 0.95, out
    assert unverified == rows["datasketch MinHashLSH"]
    # verification only removes edges, and on this set the pairs it removes are wrong ones
    assert verified[1] <= unverified[1] and verified[0] > unverified[0]

    recalls = edit_recalls(out)
    assert list(recalls) == list(rows)
    for by_edit in recalls.values():
        assert set(by_edit) <= set(EDITS) and len(by_edit) >= len(EDITS) - 1
        assert min(by_edit.values()) >= 0.9
