"""The tree reads like the system: commands on top, then the evaluation and sample tooling,
the Beam pipelines, lineage, the per-document filters, and the record model, config and
readers at the bottom. A module may import its own layer and the layers below it, never one
above, wherever the import stands (a function-level import counts too)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("curate", "filters", "pipelines", "lineage")

# Top first. A module belongs to the layer of the longest prefix that names it.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("commands", ("curate.commands",)),
    ("tooling", ("curate.evals", "curate.sample")),
    ("pipelines", ("pipelines",)),
    ("lineage", ("lineage",)),
    ("filters", ("filters",)),
    ("foundation", ("curate",)),
)
RANK = {name: len(LAYERS) - i for i, (name, _) in enumerate(LAYERS)}


def layer_of(module: str) -> str | None:
    matches = [
        (len(prefix), name)
        for name, prefixes in LAYERS
        for prefix in prefixes
        if module == prefix or module.startswith(prefix + ".")
    ]
    return max(matches)[1] if matches else None


def module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, root: Path) -> list[tuple[int, str]]:
    """(line, module) of every import in the file, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path, root)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def violations(root: Path) -> list[str]:
    """Every import of a higher layer, as ``path:line: module (layer) imports target (layer)``."""
    problems = []
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            source = module_name(path, root)
            own = layer_of(source)
            for line, target in imported_modules(path, root):
                if target.split(".")[0] not in PACKAGES:
                    continue
                theirs = layer_of(target)
                if theirs is not None and RANK[theirs] > RANK[own]:
                    where = path.relative_to(root)
                    problems.append(f"{where}:{line}: {source} ({own}) imports {target} ({theirs})")
    return sorted(set(problems))


def test_no_module_imports_a_layer_above_its_own():
    assert violations(ROOT) == []


def test_every_module_has_a_layer():
    modules = [module_name(p, ROOT) for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")]
    assert modules and all(layer_of(m) for m in modules)


def test_evaluation_and_sample_tooling_is_imported_by_commands_only():
    users = {
        module_name(path, ROOT)
        for package in PACKAGES
        for path in (ROOT / package).rglob("*.py")
        for _, target in imported_modules(path, ROOT)
        if layer_of(target) == "tooling"
    }
    assert users and {layer_of(u) for u in users} <= {"commands", "tooling"}


@pytest.mark.parametrize(
    ("where", "code", "culprit"),
    [
        ("filters/x.py", "import pipelines.curation\n", "pipelines.curation (pipelines)"),
        ("curate/readers/x.py", "def f():\n    from filters import normalize\n", "filters"),
        ("lineage/x.py", "from pipelines.join import StreamingJoin\n", "pipelines.join"),
        ("pipelines/x.py", "from curate.evals import pii\n", "curate.evals"),
        ("curate/sample/x.py", "from ..commands import main\n", "curate.commands"),
    ],
    ids=["filters>pipelines", "readers>filters", "lineage>pipelines", "stage>evals", "relative"],
)
def test_an_upward_import_is_reported_with_its_place(tmp_path, where, code, culprit):
    for package in PACKAGES:
        (tmp_path / package).mkdir()
    target = tmp_path / where
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(code)
    found = violations(tmp_path)
    assert found and found[0].startswith(f"{where}:") and culprit in found[0]


def layout_table(readme: str) -> dict[str, list[str]]:
    """layer → the paths the README's layout table gives it (unnamed rows under "")."""
    section = readme.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1:-1] for line in section.splitlines() if line.startswith("| ")]
    table: dict[str, list[str]] = {}
    for layer, paths, *_ in rows[2:]:
        table.setdefault(layer.strip(), []).extend(re.findall(r"`([^`]+)`", paths))
    return table


def test_readme_layout_table_matches_the_tree():
    table = layout_table((ROOT / "README.md").read_text(encoding="utf-8"))
    assert [name for name, _ in LAYERS] == [layer for layer in table if layer]
    for layer, paths in table.items():
        for path in paths:
            assert (ROOT / path).exists(), path
            if layer:
                module = path.removesuffix("/").removesuffix(".py").replace("/", ".")
                assert layer_of(module) == layer, (path, layer_of(module), layer)
    named = {p.removesuffix("/") for paths in table.values() for p in paths}
    folders = {
        str(d.relative_to(ROOT))
        for package in PACKAGES
        for d in [ROOT / package, *(ROOT / package).iterdir()]
        if d.is_dir() and (d / "__init__.py").exists()
    }
    covered = {
        f
        for f in folders
        if f in named or f.split("/")[0] in named or any(n.startswith(f + "/") for n in named)
    }
    assert covered == folders
