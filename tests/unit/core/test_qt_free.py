"""The core never imports Qt: the CLI and these tests run it without a display."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import guide.core


def test_importing_every_core_module_leaves_qt_out():
    modules = [f"guide.core.{m.name}" for m in pkgutil.iter_modules(guide.core.__path__)]
    assert "guide.core.library" in modules
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules + ["guide.cli"])
        + ("print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
