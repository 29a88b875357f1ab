"""The README stays true to the CLI and to CI."""

from __future__ import annotations

from pathlib import Path

from guide.cli import build_parser

ROOT = Path(__file__).parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if a.dest == "command"]
    return sorted(sub.choices)


def test_every_cli_command_is_in_the_readme():
    missing = [name for name in _commands() if f"guide {name}" not in README]
    assert missing == []


def test_ci_runs_the_readme_test_command():
    test_command = "python3 -m pip install -e '.[test]' && python3 -m pytest"
    assert test_command in README
    assert test_command in (ROOT / ".ci" / "run").read_text()


def test_every_package_of_the_tree_is_installed():
    import tomllib

    root = ROOT
    listed = set(
        tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(root).parts)
        for init in (root / "guide").rglob("__init__.py")
    }
    assert found and found <= listed, f"not in pyproject.toml's packages: {sorted(found - listed)}"
