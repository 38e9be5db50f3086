"""``curate pii eval`` as a user runs it."""

from curate.commands.main import main


def test_pii_eval_prints_precision_recall_f1_per_type(capsys):
    assert main(["pii", "eval", "--check"]) == 0
    out = capsys.readouterr().out
    assert "type" in out and "P" in out and "F1" in out
    for kind in ("KR_RRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_BANK_ACCOUNT", "PERSON"):
        assert kind in out
