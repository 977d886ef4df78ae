"""`flambeau lint` through the real CLI: inputs, formats, exit codes (BRIEF.md contract)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from flambeau.cli import main

FLAMBEAU = Path(sys.executable).parent / "flambeau"
KEYS = ["text", "verdict", "manipulative", "findings"]
FINDING_KEYS = ["rule", "severity", "start", "end", "message", "suggestion", "basis"]


def _run(
    args: list[str],
    capsys: pytest.CaptureFixture[str],
    stdin: str | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str, str]:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["lint", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def texts(tmp_path: Path) -> Path:
    path = tmp_path / "texts.jsonl"
    lines = [
        {"text": "Hurry! Only 2 left!"},
        {"text": "Each workshop takes up to 8 people."},
        {"text": "Plus que 3 places, vite !", "lang": "fr"},
    ]
    path.write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8"
    )
    return path


def test_jsonl_output_follows_the_contract(texts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run([str(texts), "--format", "jsonl"], capsys)
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["text"] for r in records] == [
        "Hurry! Only 2 left!",
        "Each workshop takes up to 8 people.",
        "Plus que 3 places, vite !",
    ]
    assert all(list(r) == KEYS for r in records)
    first = records[0]
    assert (first["verdict"], first["manipulative"]) == ("warn", True)
    assert all(list(f) == FINDING_KEYS for f in first["findings"])
    scarcity = next(f for f in first["findings"] if f["rule"] == "manipulation.scarcity")
    assert first["text"][scarcity["start"] : scarcity["end"]].lower().startswith("only 2")
    assert records[1] == {
        "text": records[1]["text"],
        "verdict": "pass",
        "manipulative": False,
        "findings": [],
    }
    assert records[2]["manipulative"] is True


def test_json_is_one_document_of_the_same_records(
    texts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, jsonl, _ = _run([str(texts), "--format", "jsonl"], capsys)
    _, document, _ = _run([str(texts), "--format", "json"], capsys)
    assert json.loads(document) == [json.loads(line) for line in jsonl.splitlines()]


def test_txt_is_one_text_and_stdin_one_text_per_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "post.txt"
    path.write_text("Line one of a post.\nLine two, calm.\n", encoding="utf-8")
    _, out, _ = _run([str(path), "--format", "jsonl"], capsys)
    assert [json.loads(x)["text"] for x in out.splitlines()] == [
        "Line one of a post.\nLine two, calm."
    ]
    _, out, _ = _run(["-", "--format", "jsonl"], capsys, "first text\n\nsecond text\n", monkeypatch)
    assert [json.loads(x)["text"] for x in out.splitlines()] == ["first text", "second text"]


def test_human_output_underlines_the_span_with_reason_basis_suggestion(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = _run(["-"], capsys, "Pay to GB82 WEST 1234 5698 7654 32\n", monkeypatch)
    assert code == 1
    lines = out.splitlines()
    text_line = next(i for i, line in enumerate(lines) if "Pay to GB82" in line)
    caret = lines[text_line + 1]
    column = lines[text_line].index("GB82")
    assert caret[column:].startswith("^" * 27)
    assert "privacy.sensitive_identifier" in out
    assert "basis: GDPR" in out and "suggestion:" in out
    assert "\x1b[" not in out  # no colour when not on a terminal
    assert "1 text(s): 0 pass, 0 warn, 1 block" in out


def test_exit_1_when_a_text_is_blocked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "t.txt"
    path.write_text("Card 4111 1111 1111 1111", encoding="utf-8")
    code, _, err = _run([str(path), "--format", "jsonl"], capsys)
    assert code == 1 and "blocked" in err


def test_strict_policy_blocks_a_warning(texts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run([str(texts), "--format", "jsonl", "--policy", "strict"], capsys)
    assert code == 1
    assert json.loads(out.splitlines()[0])["verdict"] == "block"


def test_lang_option_sets_the_suggestion_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = "Write to jo@example.org\n"
    _, out_fr, _ = _run(["-", "--lang", "fr", "--format", "jsonl"], capsys, stdin, monkeypatch)
    _, out_en, _ = _run(["-", "--lang", "en", "--format", "jsonl"], capsys, stdin, monkeypatch)
    assert "adresse e-mail" in json.loads(out_fr)["findings"][0]["message"]
    assert "email address" in json.loads(out_en)["findings"][0]["message"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"text": "fine"}\nnot json\n', "bad.jsonl:2: not valid JSON"),
        (
            '{"text": "fine"}\n{"body": "x"}\n',
            "bad.jsonl:2: expected an object with a string 'text'",
        ),
        ('["a list"]\n', "bad.jsonl:1:"),
    ],
)
def test_a_bad_jsonl_line_is_named_and_exits_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    content: str,
    expected: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("bad.jsonl").write_text(content, encoding="utf-8")
    code, out, err = _run(["bad.jsonl", "--format", "jsonl"], capsys)
    assert code == 2 and expected in err and out == ""
    assert "Traceback" not in err


def test_missing_file_and_bad_policy_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run([str(tmp_path / "nope.txt")], capsys)
    assert code == 2 and "nope.txt: no such file" in err
    policy = tmp_path / "p.yaml"
    policy.write_text("rules:\n  manipulation.urgncy: off\n", encoding="utf-8")
    text = tmp_path / "t.txt"
    text.write_text("hello", encoding="utf-8")
    code, _, err = _run([str(text), "--policy", str(policy)], capsys)
    assert code == 2 and "rules.manipulation.urgncy" in err
    code, _, err = _run([str(text), "--format", "xml"], capsys)
    assert code == 2


def test_the_installed_command_in_a_subprocess(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(FLAMBEAU), "lint", "-", "--format", "jsonl"],
        input="Only 2 left, hurry!\nOpen Monday to Saturday, 9am to 6pm.\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["manipulative"] for r in records] == [True, False]
    bad = subprocess.run(
        [str(FLAMBEAU), "lint", str(tmp_path / "missing.jsonl")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_a_brief_adds_its_avoid_words_and_facts(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.core.conftest import EXAMPLE_BRIEF

    stdin = "Un atelier incroyable, 12 € seulement\n"
    _, plain, _ = _run(["-", "--format", "jsonl"], capsys, stdin, monkeypatch)
    _, briefed, _ = _run(
        ["-", "--format", "jsonl", "--brief", str(EXAMPLE_BRIEF)], capsys, stdin, monkeypatch
    )
    assert json.loads(plain)["findings"] == []
    rules = {f["rule"] for f in json.loads(briefed)["findings"]}
    assert rules == {"brand.avoid_words", "honesty.unsupported_claim"}
    code, _, err = _run(["-", "--brief", "missing.yaml"], capsys, "", monkeypatch)
    assert code == 2 and "missing.yaml" in err


def test_human_output_is_coloured_for_a_terminal() -> None:
    from click.testing import CliRunner

    from flambeau.cli import cli

    result = CliRunner().invoke(cli, ["lint", "-"], input="Only 2 left, hurry!\n", color=True)
    assert "\x1b[" in result.output  # severities and carets in colour on a terminal
    assert "^" in result.output
