"""No module of ``mmaction_har`` is part of an import cycle.

Static: the import statements that run when a module is imported (module
level, including ``if``/``try`` blocks and class bodies; not function
bodies). ``from X import y`` depends on the submodule ``X.y`` if there is
one, else on ``X``; the implicit import of a module's parent packages is
not an edge (a package importing its own submodules is no cycle).
"""
import ast
import os
import os.path as osp

from .conftest import REPO

PACKAGE = 'mmaction_har'


def _modules():
    """``{dotted name: (path, is_package)}`` of every module."""
    modules = {}
    for folder, dirs, files in os.walk(osp.join(REPO, PACKAGE)):
        dirs[:] = sorted(d for d in dirs if d != '__pycache__')
        for name in sorted(f for f in files if f.endswith('.py')):
            path = osp.join(folder, name)
            dotted = osp.splitext(osp.relpath(path, REPO))[0].replace(
                osp.sep, '.')
            is_package = name == '__init__.py'
            if is_package:
                dotted = dotted.rpartition('.')[0]
            modules[dotted] = (path, is_package)
    return modules


def _import_nodes(body):
    """Import statements executed on import (not inside functions)."""
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for block in ('body', 'orelse', 'finalbody', 'handlers'):
                inner = getattr(node, block, None)
                if isinstance(inner, list):
                    yield from _import_nodes(inner)


def import_graph(modules):
    """``{module: set of package modules it imports at import time}``."""
    graph = {}
    for name, (path, is_package) in modules.items():
        with open(path) as f:
            tree = ast.parse(f.read(), path)
        package = name if is_package else name.rpartition('.')[0]
        deps = set()
        for node in _import_nodes(tree.body):
            if isinstance(node, ast.Import):
                deps.update(a.name for a in node.names if a.name in modules)
                continue
            base = node.module or ''
            if node.level:  # relative: from the module's package up
                parts = package.split('.')
                parts = parts[:len(parts) - node.level + 1]
                base = '.'.join(parts + [base] if base else parts)
            for alias in node.names:
                sub = f'{base}.{alias.name}'
                if sub in modules:
                    deps.add(sub)
                elif base in modules:
                    deps.add(base)
        deps.discard(name)
        graph[name] = deps
    return graph


def cycles(graph):
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for dep in sorted(graph[node]):
            if dep not in index:
                visit(dep)
                low[node] = min(low[node], low[dep])
            elif dep in on_stack:
                low[node] = min(low[node], index[dep])
        if low[node] == index[node]:
            component = []
            while not component or component[-1] != node:
                component.append(stack.pop())
                on_stack.discard(component[-1])
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_cycle_finder_sees_a_cycle():
    graph = {'a': {'b'}, 'b': {'c'}, 'c': {'a'}, 'd': {'a'}, 'e': set()}
    assert cycles(graph) == [['a', 'b', 'c']]


def test_graph_reads_relative_and_absolute_imports():
    graph = import_graph(_modules())
    assert 'mmaction_har.errors' in graph['mmaction_har.cli.common']
    assert 'mmaction_har.cli.parsers' in graph['mmaction_har.cli.train']
    # function-local imports are not edges
    assert 'mmaction_har.evaluation.report' not in graph[
        'mmaction_har.cli.test']


def test_no_import_cycles():
    found = cycles(import_graph(_modules()))
    assert not found, 'import cycles: ' + '; '.join(
        ' <-> '.join(c) for c in found)
