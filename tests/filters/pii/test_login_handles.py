"""A login handle made of a person's name is the person's identifier: where logs and account
lists say who acted, it is scrubbed as a name, contact value or not; system accounts, files
and code stay."""

import pytest

from tests.pii_helpers import spans_of


def names(text: str) -> list[str]:
    return [value for kind, value in spans_of(text) if kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        ("sshd[811]: Accepted publickey for minji.seo from 203.0.113.41 port 50122", ["minji.seo"]),
        ("pam_unix(sshd:session): session opened for user minji.seo", ["minji.seo"]),
        ('198.51.100.23 - dohyun [01/Dec/2026:09:12:01 +0900] "GET / HTTP/1.1" 200', ["dohyun"]),
        ('fw: rule=deny user="yerin.choi" src=10.2.0.8', ["yerin.choi"]),
        ('{"userIdentity": {"userName": "taeho.kang"}}', ["taeho.kang"]),
        (
            "Common Name,Real Address\nhana.lim,198.51.100.7:41022\nops.bot,198.51.100.8:41023",
            ["hana.lim"],
        ),
    ],
)
def test_a_handle_where_a_log_names_who_acted(text, handles):
    assert names(text) == handles


def test_a_handle_beside_its_owner_or_mapped_to_them_and_its_other_mentions():
    text = (
        "사용자: 서민지 (minji.seo)\n할당 IP: 10.8.0.9\n"
        "# minji.seo = 서민지, 문의 minji.seo@example.com"
    )
    found = [(kind, value) for kind, value in spans_of(text)]
    assert found.count(("PERSON", "minji.seo")) == 2
    assert ("EMAIL_ADDRESS", "minji.seo@example.com") in found


@pytest.mark.parametrize(
    "text",
    [
        "sshd[811]: Accepted publickey for root from 203.0.113.41 port 50122",
        "sshd[811]: Accepted publickey for deploy.bot from 203.0.113.41 port 50122",
        "접속 이력 (export.csv)\nuser,ip\nroot,198.51.100.7",
        "설정 메뉴 (main.menu) 접속 198.51.100.7",  # a word, not an owner's name, before it
        "See the GNU General Public License for more\ndetails.",
        '>>> split_hanja = Kss("split_hanja")',
        "pecab = PeCab(split_compound=True)",
    ],
)
def test_system_accounts_files_and_code_stay(text):
    assert names(text) == []


def test_the_name_policy_off_leaves_handles():
    text = "sshd[811]: Accepted publickey for minji.seo from 203.0.113.41 port 50122"
    assert names(text) == ["minji.seo"]
    assert [kind for kind, _ in spans_of(text, "pii.person=off")] == ["IP_ADDRESS"]
