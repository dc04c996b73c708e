"""Run many tool invocations in one Python process, each as ``__main__``.

Usage: python tests/robustness/driver.py CASES.json RESULTS.json

``CASES.json`` is a list of ``{"id", "tool", "args", "cwd"}``; every tool
runs through ``runpy.run_path(tool, run_name='__main__')`` with its
``sys.argv``, exactly as ``python TOOL ARGS`` would run it, but the stack is
imported once for all of them (a tool's start-up costs 3-5 s here). File
descriptors 1 and 2 are redirected per case, so native output (FFmpeg,
decord) is captured too. An exception other than ``SystemExit`` escaping a
tool is recorded as exit status -1 with its traceback in the case's
stderr, which the tests reject.
"""
import json
import os
import runpy
import sys
import tempfile
import time
import traceback


def run_case(case):
    """``(exit status, stdout, stderr, seconds)`` of one case."""
    out = tempfile.TemporaryFile(mode='w+b')
    err = tempfile.TemporaryFile(mode='w+b')
    saved = os.dup(1), os.dup(2)
    argv, cwd, path = sys.argv, os.getcwd(), list(sys.path)
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(out.fileno(), 1)
    os.dup2(err.fileno(), 2)
    start = time.time()
    code = 0
    try:
        os.chdir(case['cwd'])
        sys.argv = [case['tool']] + case['args']
        runpy.run_path(case['tool'], run_name='__main__')
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (
            0 if exit_.code is None else 1)
    except BaseException:  # noqa: B902  (recorded, the tests reject it)
        traceback.print_exc()
        code = -1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in saved:
            os.close(fd)
        sys.argv, sys.path[:] = argv, path
        os.chdir(cwd)
    seconds = time.time() - start
    texts = []
    for f in (out, err):
        f.seek(0)
        texts.append(f.read().decode('utf-8', errors='replace'))
        f.close()
    return code, texts[0], texts[1], seconds


def main(cases_file, results_file):
    with open(cases_file) as f:
        cases = json.load(f)
    results = {}
    for case in cases:
        code, out, err, seconds = run_case(case)
        results[case['id']] = dict(returncode=code, stdout=out, stderr=err,
                                   seconds=seconds)
    with open(results_file, 'w') as f:
        json.dump(results, f)


if __name__ == '__main__':
    main(*sys.argv[1:3])
