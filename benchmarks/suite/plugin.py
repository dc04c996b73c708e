"""What ``import mmaction_har`` adds to a stock MMAction2 train iteration.

Two fresh processes run the same stock PoseC3D training (the demo model,
MMAction2's pipeline with ``GeneratePoseTarget``, data loaded in the
process) from one dumped config: the *stock* one installs only the import
fix without which ``import mmaction.models`` fails on the PyPI wheel
(``compat/drn.py``, loaded by path, not the package); the *plugin* one
starts with ``import mmaction_har`` (every compatibility patch and
registration). They alternate so that load drifts hit both.
"""
import json
import os
import os.path as osp
import statistics
import subprocess
import sys

from .common import REPO, pose_pickle
from .train_iter import demo_config

WORKER = 'benchmarks.suite.plugin_worker'


def _stock_config(ctx):
    cfg = demo_config(ctx, 'mmaction', pose_pickle(ctx, ctx.size(64, 8), 6))
    for key in ('custom_imports', 'pose_heatmaps'):
        cfg.pop(key, None)
    path = osp.join(ctx.work, 'plugin_overhead_config.py')
    cfg.dump(path)
    return path


def _start(ctx, config, plugin):
    iterations = ctx.size(5, 1)
    args = [sys.executable, '-W', 'ignore', '-m', WORKER, config,
            '--iterations', str(iterations), '--repeats', str(ctx.repeats),
            '--threads', str(ctx.threads)] + (['--plugin'] if plugin else [])
    env = dict(os.environ, PYTHONPATH=REPO + os.pathsep + os.environ.get(
        'PYTHONPATH', ''))
    return subprocess.Popen(args, cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _result(proc):
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f'{WORKER} failed:\n{err[-3000:]}')
    return json.loads(out.strip().splitlines()[-1])


def run(ctx):
    config = _stock_config(ctx)
    runs = {False: [], True: []}
    if ctx.quick:  # both at once: only the plumbing is tested
        procs = {p: _start(ctx, config, p) for p in (False, True)}
        for plugin, proc in procs.items():
            runs[plugin].append(_result(proc))
    else:
        for _ in range(2):
            for plugin in (False, True):
                ctx.log(f'plugin overhead: {"plugin" if plugin else "stock"}'
                        ' process')
                runs[plugin].append(_result(_start(ctx, config, plugin)))
    stock = statistics.median(s for r in runs[False] for s in r['seconds'])
    plugin = statistics.median(s for r in runs[True] for s in r['seconds'])
    return dict(
        stock_s=stock, plugin_s=plugin, overhead=plugin / stock - 1,
        processes_each=len(runs[False]),
        blocks_each=sum(len(r['seconds']) for r in runs[False]),
        import_mmaction_har_s=statistics.median(
            r['import_s'] for r in runs[True]))
