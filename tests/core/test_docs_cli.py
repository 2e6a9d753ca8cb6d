"""Issue 21 defect 11 and issue 22 item 4: the guides cannot drift from the command line
again. Every `backoffice …` command line in the documentation (docs/**/*.md, README.md;
fenced code blocks and inline code; also the sample configurations and the installer
script, line by line; `backoffice.exe` as Windows writes it, quoted with its folder) names
commands and options that the CLI's argparse has; every `backoffice-desktop …` line names
options the desktop's parser has; and every `--option` mentioned on its own exists in one
of the project's programs (`--help`)."""

from __future__ import annotations

import argparse
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from backoffice.cli.main import build_parser

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted((ROOT / "docs").rglob("*.md")) + [ROOT / "README.md"]
# Not Markdown: every line may hold a command (in a comment, or the installer's [Run]).
PLAIN = sorted((ROOT / "docs" / "samples").glob("*")) + sorted((ROOT / "docs" / "installer").glob("*"))
# Other programs the documentation describes, and how to ask each for --help.
OTHER_PROGRAMS = {
    "backoffice-desktop": [sys.executable, "-c", "from ui.app import parse_args; parse_args(['--help'])"],
    "build_installer.py": [sys.executable, "build_installer.py", "--help"],
    "ui.build_translations": [sys.executable, "-m", "ui.build_translations", "--help"],
    "probe_verify_pdfs.py": [sys.executable, "benchmarks/probe_verify_pdfs.py", "--help"],
    "bench_figures.py": [sys.executable, "benchmarks/bench_figures.py", "--help"],
    "bench_records.py": [sys.executable, "benchmarks/bench_records.py", "--help"],
}
_FENCE = re.compile(r"^```.*?$(.*?)^```", re.S | re.M)
_INLINE = re.compile(r"`([^`\n]+)`")
# `backoffice` where a command starts: at the start of a line or inline code (after an
# optional prompt), or after && ; | ( — not `-d backoffice` (an argument) nor a path.
# `"C:\Program Files\Backoffice\backoffice.exe" sync` (also with \" inside schtasks /TR "…").
_COMMAND = re.compile(r"(?:^|&&|;|\||\(|\$|\\)\s*backoffice(?:\.exe(?:\\?\")?)?(?=[ \t]|$)(.*)$", re.M)
_DESKTOP = re.compile(r"(?:^|&&|;|\||\(|\$|\\)\s*backoffice-desktop(?:\.exe(?:\\?\")?)?(?=[ \t]|$)(.*)$",
                      re.M)
_END = re.compile(r"\s(?:#|\||;|&&|>|<)")  # a comment, pipe, next command or redirection
_PLACEHOLDER = re.compile(r"^(?:…|\.\.\.|[A-Z][A-Z_]*|<[^>]*>)$")


def _code_chunks(text: str) -> list[tuple[int, str]]:
    """(line number, code) of every fenced block line and inline code span."""
    chunks: list[tuple[int, str]] = []
    for m in _FENCE.finditer(text):
        first = text.count("\n", 0, m.start(1)) + 1
        chunks.extend((first + i, line) for i, line in enumerate(m.group(1).split("\n")))
    prose = _FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    for m in _INLINE.finditer(prose):
        chunks.append((prose.count("\n", 0, m.start()) + 1, m.group(1)))
    return chunks


def _tokens(rest: str) -> list[str]:
    end = _END.search(rest)
    rest = rest[:end.start()] if end else rest
    try:
        parts = shlex.split(rest, posix=False)
    except ValueError:
        parts = rest.split()
    cleaned = []
    for part in parts:  # brackets of the usage line, prose punctuation after a command in a comment
        token = part if _PLACEHOLDER.match(part) else part.strip("[](){}`\"").rstrip(".,:").strip("[](){}`\"")
        if token:
            cleaned.append(token)
    return cleaned


def _chunks_of(doc: Path) -> list[tuple[int, str]]:
    text = doc.read_text(encoding="utf-8")
    if doc.suffix == ".md":
        return _code_chunks(text)
    return [(i, line) for i, line in enumerate(text.splitlines(), 1)]


def command_lines(pattern: re.Pattern[str] = _COMMAND) -> list[tuple[str, list[str]]]:
    found = []
    for doc in DOCS + PLAIN:
        for line_no, code in _chunks_of(doc):
            for m in pattern.finditer(code):
                found.append((f"{doc.name}:{line_no}", _tokens(m.group(1).replace('\\"', '"'))))
    return found


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _takes_value(action: argparse.Action) -> bool:
    return action.nargs != 0


def problem_of(tokens: list[str], root: argparse.ArgumentParser) -> str | None:
    """Why this command line does not fit the parser, or None."""
    parser, path = root, ["backoffice"]
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.startswith("-") and len(token) > 1 and not _PLACEHOLDER.match(token):
            option = token.split("=", 1)[0]
            action = parser._option_string_actions.get(option)
            if action is None:
                return f"{' '.join(path)} has no option {option}"
            if _takes_value(action) and "=" not in token:
                i += 1
        elif _subcommands(parser):
            if _PLACEHOLDER.match(token):
                return None  # `backoffice COMMAND …`: a mention of the command line in general
            if token not in _subcommands(parser):
                return f"{' '.join(path)} has no command {token!r}"
            parser = _subcommands(parser)[token]
            path.append(token)
        i += 1  # a positional argument (FILE, r010, …) otherwise
    return None


def test_the_documentation_mentions_backoffice_commands():
    assert len(command_lines()) > 60  # the extraction itself works
    where = {w.split(":")[0] for w, _tokens in command_lines()}
    assert {"deployment-postgresql.md", "backoffice-windows.toml", "cli-v1.md"} <= where
    windows = [tokens for w, tokens in command_lines() if w.startswith("admin-guide-en.md")
               and tokens[-1:] == ["sync"]]
    assert windows  # the agent's task, written as `"…\backoffice.exe\" --config … sync`


def test_every_documented_desktop_command_line_exists():
    """`backoffice-desktop.exe --self-test` and the like: options the desktop's --help lists."""
    out = subprocess.run(OTHER_PROGRAMS["backoffice-desktop"], capture_output=True, text=True,
                         cwd=ROOT, timeout=120).stdout
    known = set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", out))
    assert "--self-test" in known
    found = command_lines(_DESKTOP)
    assert any("--self-test" in tokens for _where, tokens in found)
    problems = [f"{where}: backoffice-desktop has no option {option}"
                for where, tokens in found for token in tokens
                if (option := token.split("=", 1)[0]).startswith("--") and option not in known]
    assert problems == []


def test_every_documented_command_line_exists():
    root = build_parser()
    problems = [f"{where}: {problem}" for where, tokens in command_lines()
                if (problem := problem_of(tokens, root))]
    assert problems == []


@pytest.mark.parametrize(("tokens", "problem"), [
    (["users", "passwd", "r010", "--password-stdin"], None),
    (["audit", "verify", "--checkpoint", "x.json"], None),
    (["--config", "c.toml", "sync", "--once"], None),
    (["users", "password", "r010"], "backoffice users has no command 'password'"),
    (["sync", "--one"], "backoffice sync has no option --one"),
    (["audit", "verify", "--head"], "backoffice audit verify has no option --head"),
])
def test_the_check_catches_drift(tokens, problem):
    assert problem_of(tokens, build_parser()) == problem


def _all_options(parser: argparse.ArgumentParser) -> set[str]:
    found = set(parser._option_string_actions)
    for sub in _subcommands(parser).values():
        found |= _all_options(sub)
    return found


def test_every_option_mentioned_on_its_own_exists():
    known = _all_options(build_parser())
    for command in OTHER_PROGRAMS.values():
        out = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120).stdout
        known |= set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", out))
    mentioned = set()
    for doc in DOCS:
        for _line, code in _chunks_of(doc):
            head = code.split()[0] if code.split() else ""
            if re.fullmatch(r"--[a-z][a-z0-9-]*", head):
                mentioned.add((doc.name, head))
    assert mentioned  # `--config`, `--once`, … are mentioned
    assert sorted(f"{name}: {option}" for name, option in mentioned if option not in known) == []


def _leaf_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[str]:
    subs = _subcommands(parser)
    if not subs:
        return [" ".join(path)]
    return [leaf for name, sub in subs.items() for leaf in _leaf_commands(sub, (*path, name))]


@pytest.mark.parametrize("guide", ["admin-guide-en.md", "admin-guide-ja.md"])
def test_the_admin_guides_mention_every_command(guide):
    """The other direction: a command the guide never shows (users passwd was said not to
    exist) is drift too."""
    shown = set()
    for where, tokens in command_lines():
        if not where.startswith(f"{guide}:"):
            continue
        parser, path = build_parser(), []
        for token in tokens:
            subs = _subcommands(parser)
            if token.startswith("-") or not subs:
                continue
            if token not in subs:
                break
            parser, path = subs[token], [*path, token]
        shown.add(" ".join(path))
    assert sorted(set(_leaf_commands(build_parser())) - shown) == []


def test_audit_verify_prints_the_head_as_the_guides_say(tmp_path, capsys, monkeypatch):
    from backoffice.audit import log as audit
    from backoffice.cli.main import main
    from tests.conftest import ADMIN_SETUP, make_backoffice

    monkeypatch.setenv("BACKOFFICE_DATA_DIR", str(tmp_path / "data"))
    url = f"sqlite:///{tmp_path / 'a.db'}"
    bo = make_backoffice(url, tmp_path)
    with bo.db.write() as s:  # an audit log in use has entries (an empty one is refused)
        audit.record(s, ADMIN_SETUP, "test.entry")
    bo.close()
    assert main(["--db", url, "audit", "verify"]) == 0
    out = capsys.readouterr().out.strip()
    assert re.fullmatch(r"audit chain intact: (\d+) entries; head \1 [0-9a-f]{64}", out), out
    for guide in ("admin-guide-en.md", "admin-guide-ja.md"):
        text = (ROOT / "docs" / guide).read_text(encoding="utf-8")
        assert "# audit chain intact: N entries; head N <" in text
        assert "does not print" not in text and "表示しません" not in text
