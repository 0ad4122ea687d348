"""The house rules of the package's layout, checked on its source (no import needed).

Stages import only downstream of the flow (no cycle, lazy imports included), modules
hold one idea (at most ~600 lines) and functions fit on a screen (at most ~80 lines).
"""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "claimx"
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """Every claimx module `name` imports, at any depth of its code, with the packages
    that importing it runs (`a.b.c` runs `a` and `a.b` first)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets.add(base)
            targets.update(f"{base}.{alias.name}" for alias in node.names)
    edges = set()
    for target in targets:
        parts = target.split(".")
        for i in range(1, len(parts) + 1):
            module = ".".join(parts[:i])
            if module in known and module != name:
                edges.add(module)
    return edges


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_checker_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle_lazy_imports_included():
    modules = _modules()
    graph = {name: _imports(name, path, set(modules)) for name, path in modules.items()}
    # A package's __init__ re-exporting its own modules is not a cycle of stages.
    for name in graph:
        graph[name] = {m for m in graph[name] if not name.startswith(m + ".")}
    assert _cycle(graph) is None


def test_the_stages_import_only_downstream():
    """inputs and steps know nothing of the pipeline, the output or how stories are run."""
    modules = _modules()
    later = {
        "claimx.steps": ("claimx.pipeline", "claimx.output", "claimx.running", "claimx.api"),
        "claimx.inputs": ("claimx.pipeline", "claimx.output", "claimx.running", "claimx.api"),
        "claimx.pipeline": ("claimx.output", "claimx.running", "claimx.api", "claimx.cli"),
        "claimx.output": ("claimx.pipeline", "claimx.running", "claimx.api", "claimx.cli"),
    }
    wrong = []
    for name, path in modules.items():
        for stage, forbidden in later.items():
            if name == stage or name.startswith(stage + "."):
                for target in _imports(name, path, set(modules)):
                    if target.startswith(forbidden):
                        wrong.append(f"{name} -> {target}")
    assert wrong == []


def test_modules_and_functions_stay_short():
    long = []
    for name, path in _modules().items():
        source = path.read_text(encoding="utf-8")
        if source.count("\n") > MAX_MODULE_LINES:
            long.append(f"{name}: {source.count(chr(10))} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                size = node.end_lineno - node.lineno + 1
                if size > MAX_FUNCTION_LINES:
                    long.append(f"{name}.{node.name}: {size} lines")
    assert long == []
