"""The layout the README promises: apps listed top to bottom, each importing only the apps below it.

The list is read from the README's Layout section, and the imports from the code itself (every `import`,
at module level or inside a function), so neither a comment nor a stale list can hide a wrong import.
"""

import ast
import re
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
LAYOUT_ITEM = re.compile(r"^- `(?P<app>[a-z_]+)` — ", re.MULTILINE)


def layout_apps():
    """The apps in the order of the README's Layout section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Layout", 1)[1].split("\n## ", 1)[0]
    return [match["app"] for match in LAYOUT_ITEM.finditer(section)]


APPS = layout_apps()


def imported_modules(path):
    """Every module `path` imports, wherever the import statement stands."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module


def python_files(app):
    return sorted((ROOT / app).rglob("*.py"))


class TestLayout:
    def test_readme_lists_the_apps(self):
        assert len(APPS) >= 10, "the README's Layout section lists the apps as '- `name` — what it is'"
        assert len(set(APPS)) == len(APPS)

    def test_every_app_folder_is_listed(self):
        """Every top-level package is an app on the list, but for settings, tests and benchmarks."""
        packages = {path.parent.name for path in ROOT.glob("*/__init__.py")} - {"config", "tests", "bench"}
        assert packages == set(APPS)

    def test_installed_apps_follow_the_layout(self):
        installed = [app for app in settings.INSTALLED_APPS if app in APPS]
        assert installed == APPS

    @pytest.mark.parametrize("app", APPS)
    def test_imports_point_down_the_list(self, app):
        position = APPS.index(app)
        wrong = []
        for path in python_files(app):
            for line, module in imported_modules(path):
                top = module.split(".")[0]
                if top == "config" or (top in APPS and APPS.index(top) < position):
                    wrong.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
        assert wrong == [], f"{app} may import only apps listed below it in the README's Layout section"

    def test_the_check_sees_a_wrong_import(self, tmp_path):
        """The reader finds an import inside a function too: the way a cycle is usually dodged."""
        module = tmp_path / "example.py"
        module.write_text("def f():\n    from seminars.models import SeminarPage\n", encoding="utf-8")
        assert list(imported_modules(module)) == [(2, "seminars.models")]
