"""The one-way dependencies import-linter cannot express: services use QtCore signals but
never widgets (DESIGN.md, "Parts")."""

import ast
from pathlib import Path

import recruiter_desktop.services

SERVICES = Path(recruiter_desktop.services.__file__).parent


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def test_services_never_import_widgets() -> None:
    offenders = {
        str(path.relative_to(SERVICES)): sorted(
            m for m in _imported_modules(path) if m.startswith("PySide6.QtWidgets")
        )
        for path in SERVICES.rglob("*.py")
    }
    assert {p: m for p, m in offenders.items() if m} == {}


def test_the_check_sees_a_widget_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from PySide6.QtWidgets import QLabel\n", encoding="utf-8")
    assert "PySide6.QtWidgets.QLabel" in _imported_modules(module)
