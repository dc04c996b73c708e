"""What ``import mmaction_har`` adds to a stock MMAction2 train iteration.

Two fresh processes run the same stock PoseC3D training (the demo model,
MMAction2's pipeline with ``GeneratePoseTarget``, data loaded in the
process) from one dumped config: the *stock* one installs only the import
fix without which ``import mmaction.models`` fails on the PyPI wheel
(``compat/drn.py``, loaded by path, not the package); the *plugin* one
starts with ``import mmaction_har`` (every compatibility patch and
registration). They run at the same time, one torch thread each, and
count CPU seconds per iteration, so that other jobs on the machine change
neither much.
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
    ctx.log('plugin overhead: a stock and a plugin process, side by side')
    procs = {p: _start(ctx, config, p) for p in (False, True)}
    runs = {p: _result(proc) for p, proc in procs.items()}
    stock = statistics.median(runs[False]['seconds'])
    plugin = statistics.median(runs[True]['seconds'])
    return dict(
        stock_s=stock, plugin_s=plugin, overhead=plugin / stock - 1,
        blocks_each=len(runs[False]['seconds']),
        iterations_per_block=ctx.size(5, 1),
        import_mmaction_har_s=runs[True]['import_s'])
