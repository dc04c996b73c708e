"""The four skeleton streams of ST-GCN++ and the skeleton LSTM, trained,
tested and fused on Penn Action and UTD-MHAD (issue 15, "skeleton recipes
for small real datasets").

Every run is what a user types, one process each, several at once on one
GPU::

    python tools/train.py CONFIG --seed S --work-dir W [--auto-scale-lr]
    python tools/test.py CONFIG W/epoch_E.pth --work-dir W --dump W/preds.pkl

for CONFIG in ``configs/{stgcnpp,skeleton_lstm}/{penn-action,utd-mhad-xsub}``
and its ``_bone``, ``_joint-motion`` and ``_bone-motion`` variants (ST-GCN++
with ``--auto-scale-lr``: its LR is per 128 clips; the LSTM's Adam LR is per
batch and has no ``auto_scale_lr``), E the config's last epoch. Then each
model's streams are fused with ``tools/analysis/fuse_scores.py`` (joint +
bone, and all four). Runs start longest first (the LSTM's 150 epochs on Penn
Action, then ST-GCN++), at most ``--parallel`` at a time; a run not started
``--deadline`` seconds after the first is reported as not run, and runs
still going at ``--stop-at`` seconds are killed and reported as such (the
finished ones are still fused and written).

    python benchmarks/gpu/skeleton_streams.py [--parallel 4] [--out DIR]
    python benchmarks/gpu/skeleton_streams.py --smoke   # CPU, logic only

Needs ``data/penn_action/penn_action.pkl`` and
``data/utd_mhad/utd_mhad_xsub.pkl`` (``tools/data/prepare_penn_action.py``,
``tools/data/prepare_utd_mhad.py``). Writes ``DIR/streams.json`` (per run:
exit codes, wall times, metrics; per model: the fusions) and leaves each
run's logs, ``test_metrics.json`` and ``preds.pkl`` under
``work_dirs/benchmarks/streams/``. ``--smoke`` trains one epoch on 32 clips
and tests 16 (checks the logic, not the recipes).

Time on one H200 (16 cores; processes share the GPU by time slices, no
MPS): three ST-GCN++ Penn Action runs at once took 272-278 s each, train
and test (0.063-0.069 s per iteration); with eight runs and a PoseC3D
training at once, ST-GCN++ slowed to 0.12 s per iteration and the LSTM ran
at 0.07, so its 150 epochs on Penn Action alone take about 14 minutes. The
whole set needs about half an hour, more than one GPU check may take: run
it in parts (``--families``, ``--datasets``, ``--streams``).
"""
import argparse
import json
import os
import os.path as osp
import shlex
import signal
import subprocess
import sys
import time

REPO = osp.dirname(osp.dirname(osp.dirname(osp.abspath(__file__))))
if REPO not in sys.path:
    sys.path.insert(0, REPO)
FAMILIES = ('stgcnpp', 'skeleton_lstm')
DATASETS = ('penn-action', 'utd-mhad-xsub')
# Start order, longest first (iterations per run: LSTM 150 epochs x 79 on
# Penn Action, ST-GCN++ 16 x 2 x 79 and 16 x 5 x 27, LSTM 150 x 27).
ORDER = (('skeleton_lstm', 'penn-action'), ('stgcnpp', 'penn-action'),
         ('stgcnpp', 'utd-mhad-xsub'), ('skeleton_lstm', 'utd-mhad-xsub'))
STREAMS = {'joint': '', 'bone': '_bone', 'joint-motion': '_joint-motion',
           'bone-motion': '_bone-motion'}
FUSIONS = {'joint+bone': ('joint', 'bone'), 'four streams': tuple(STREAMS)}


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--parallel', type=int, default=4,
                   help='runs at a time (default: 4)')
    p.add_argument('--seed', type=int, default=0)
    p.add_argument('--families', nargs='+', default=list(FAMILIES),
                   choices=FAMILIES)
    p.add_argument('--datasets', nargs='+', default=list(DATASETS),
                   choices=DATASETS)
    p.add_argument('--streams', nargs='+', default=list(STREAMS),
                   choices=list(STREAMS))
    p.add_argument('--deadline', type=float, default=float('inf'),
                   help='start no run after this many seconds')
    p.add_argument('--stop-at', type=float, default=float('inf'),
                   help='kill the runs still going after this many seconds')
    p.add_argument('--workers', type=int, default=1,
                   help='DataLoader workers per run (default: 1)')
    p.add_argument('--smoke', action='store_true',
                   help='1 epoch on 32 clips, test on 16: logic only')
    p.add_argument('--work-root', default=osp.join(
        'work_dirs', 'benchmarks', 'streams'))
    p.add_argument('--out', default=os.environ.get(
        'OUT', osp.join('work_dirs', 'benchmarks', 'gpu')))
    return p.parse_args(argv)


def plan(args):
    """The runs in start order: dicts with config, work dir, epochs."""
    from mmengine.config import Config
    runs = []
    for family, dataset in ORDER:
        if family in args.families and dataset in args.datasets:
            for stream in args.streams:
                suffix = STREAMS[stream]
                config = f'configs/{family}/{dataset}{suffix}.py'
                cfg = Config.fromfile(config)
                name = f'{dataset}{suffix}_seed{args.seed}'
                runs.append(dict(
                    family=family, dataset=dataset, stream=stream,
                    config=config, work_dir=osp.join(args.work_root, family,
                                                     name),
                    epochs=1 if args.smoke else cfg.train_cfg.max_epochs,
                    options=overrides(cfg, args)))
    return runs


def overrides(cfg, args):
    """``--cfg-options`` of a run: workers, and the smoke sizes."""
    opts = [f'{split}_dataloader.num_workers={args.workers}'
            for split in ('train', 'val', 'test')]
    if args.smoke:
        train = 'train_dataloader.dataset'
        if cfg.train_dataloader.dataset.type == 'RepeatDataset':
            train += '.dataset'
        opts += ['train_cfg.max_epochs=1', f'{train}.indices=32',
                 'val_dataloader.dataset.indices=16',
                 'test_dataloader.dataset.indices=16']
    return opts


def commands(run, args):
    py = sys.executable
    train = [py, 'tools/train.py', run['config'], '--seed', str(args.seed),
             '--work-dir', run['work_dir']]
    if run['family'] == 'stgcnpp':
        train.append('--auto-scale-lr')
    ckpt = osp.join(run['work_dir'], f'epoch_{run["epochs"]}.pth')
    test = [py, 'tools/test.py', run['config'], ckpt, '--work-dir',
            run['work_dir'], '--dump', osp.join(run['work_dir'], 'preds.pkl')]
    opts = ['--cfg-options'] + run['options']
    return train + opts, test + opts


def start(run, args):
    """Launch train then test as one shell job; output to the work dir."""
    os.makedirs(run['work_dir'], exist_ok=True)
    train, test = commands(run, args)
    quote = shlex.join
    script = (f'{quote(train)} > {run["work_dir"]}/train.out 2>&1 && '
              f'{quote(test)} > {run["work_dir"]}/test.out 2>&1')
    env = dict(os.environ, OMP_NUM_THREADS='1', MKL_NUM_THREADS='1')
    run['command'] = f'{quote(train)} && {quote(test)}'
    run['started'] = time.time()
    return subprocess.Popen(['bash', '-c', script], cwd=REPO, env=env,
                            start_new_session=True)


def execute(runs, args):
    t0 = time.time()
    pending, active = list(runs), {}
    while pending or active:
        while pending and len(active) < args.parallel:
            if time.time() - t0 > args.deadline:
                for run in pending:
                    run['status'] = 'not run (deadline)'
                pending = []
                break
            run = pending.pop(0)
            active[id(run)] = (run, start(run, args))
            print(f'[{time.time() - t0:6.0f} s] start {run["config"]}',
                  flush=True)
        late = time.time() - t0 > args.stop_at
        for key, (run, proc) in list(active.items()):
            killed = proc.poll() is None and late
            if killed:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            if proc.poll() is None:
                continue
            del active[key]
            run['returncode'] = proc.returncode
            run['seconds'] = round(time.time() - run['started'], 1)
            run['status'] = ('killed (stop-at)' if killed else
                             'done' if proc.returncode == 0 else 'failed')
            print(f'[{time.time() - t0:6.0f} s] {run["status"]} '
                  f'{run["config"]} ({run["seconds"]} s)', flush=True)
        time.sleep(1)


def evaluate(runs):
    """Fuse each model's finished streams (what
    ``tools/analysis/fuse_scores.py`` prints); return the per-model table."""
    from mmaction_har.evaluation import fuse_dumps
    models = {}
    for run in runs:
        preds = osp.join(run['work_dir'], 'preds.pkl')
        if run.get('status') == 'done' and osp.exists(preds):
            key = f'{run["family"]}/{run["dataset"]}'
            models.setdefault(key, {})[run['stream']] = preds
            run['metrics'] = fuse_dumps([preds])
    table = {}
    for key, dumps in models.items():
        table[key] = {}
        for name, streams in FUSIONS.items():
            if all(s in dumps for s in streams):
                table[key][name] = fuse_dumps([dumps[s] for s in streams])
    return table


def main(argv=None):
    args = parse_args(argv)
    os.chdir(REPO)
    os.makedirs(args.out, exist_ok=True)
    runs = plan(args)
    execute(runs, args)
    fusions = evaluate(runs)
    summary = dict(seed=args.seed, smoke=args.smoke, parallel=args.parallel,
                   runs=runs, fusions=fusions)
    path = osp.join(args.out, 'streams.json')
    with open(path + '.tmp', 'w') as f:
        json.dump(summary, f, indent=1)
    os.replace(path + '.tmp', path)
    for run in runs:
        top1 = run.get('metrics', {})
        print(f'{run["family"]:14s} {run["dataset"]:14s} '
              f'{run["stream"]:13s} {run.get("status", "?"):10s} '
              f'{run.get("seconds", "")} {json.dumps(top1)[:160]}')
    for key, table in fusions.items():
        for name, metrics in table.items():
            print(f'{key:30s} {name:13s} {json.dumps(metrics)[:200]}')
    print(f'wrote {path}')
    return 0 if all(r.get('status') == 'done' for r in runs) else 1


if __name__ == '__main__':
    sys.exit(main())
