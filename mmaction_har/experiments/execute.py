"""Run a spec: train and test each run as a subprocess, resumably.

For each run the runner decides from the run's state file what is left:

* ``skip``: finished earlier with the same fingerprint;
* ``test``: trained, but the test did not finish (or failed); or a
  test-only run (``checkpoint:`` in its spec entry);
* ``resume``: training was interrupted after a checkpoint was saved:
  ``tools/train.py --resume CHECKPOINT`` (mmengine restores model, optimizer,
  schedulers, epoch and best score);
* ``train``: never started, changed since (config, options or seed), or
  interrupted before its first checkpoint: the work dir is emptied and
  training starts afresh.

Only one runner may use an experiment folder at a time (``.lock``, an
``flock`` that the training subprocesses inherit, so it is held until the
last of them has exited).
"""
import contextlib
import dataclasses
import functools
import os
import os.path as osp
import shutil
import subprocess
import time

from ..errors import HarError
from ..utils.work_dir import find_checkpoint
from . import checkpoints as ckpts
from . import state as st
from .commands import launcher_env, show, test_command, train_command
from .depends import resolve
from .preflight import inspect_runs
from .table import format_duration, write_report

try:
    import fcntl
except ImportError:  # not POSIX: no lock
    fcntl = None


@dataclasses.dataclass
class Plan:
    """What is left to do for one run, and why."""
    action: str  # 'skip' | 'test' | 'resume' | 'train'
    reason: str
    fingerprint: dict
    state: dict = None
    resume_from: str = None


def plan_run(run, run_dir, fp):
    """Decide what is left to do for ``run`` from its state file."""
    state = st.read_state(run_dir)
    first = 'train'
    if run.checkpoint:  # test-only run
        first = 'test'
        if state is not None and state.get('fingerprint') == fp:
            if st.is_finished(state, run_dir, fp):
                return Plan('skip', 'finished earlier', fp, state)
            return Plan('test', 'test-only run, not finished', fp, state)
    if state is None:
        reason = ('new run' if not osp.exists(run_dir) else
                  'no state file; starting afresh')
        return Plan(first, reason, fp)
    if state.get('fingerprint') != fp:
        keys = st.changed_keys(state.get('fingerprint') or {}, fp)
        return Plan(first, f'changed since the last run ({", ".join(keys)})'
                    '; starting afresh', fp)
    if st.is_finished(state, run_dir, fp):
        return Plan('skip', 'finished earlier', fp, state)
    trained = state['status'] in (st.TEST, st.DONE) or (
        state['status'] == st.FAILED and state.get('failed_step') == 'test')
    if trained:
        try:
            find_checkpoint(run_dir)
            return Plan('test', 'trained; testing again', fp, state)
        except HarError:
            pass
    stopped = 'failed' if state['status'] == st.FAILED else 'interrupted'
    resume = ckpts.resume_checkpoint(run_dir)
    if resume:
        return Plan('resume', f'{stopped}; resuming from '
                    f'{osp.basename(resume)}', fp, state, resume)
    return Plan('train', f'{stopped} before its first checkpoint; starting '
                'afresh', fp)


def _last_error(log_path):
    """The tool's ``error:`` line, else the last line of the last command
    in a log (a log holds every attempt, each after a ``$ command`` line)."""
    if not log_path or not osp.isfile(log_path):
        return ''
    with open(log_path, errors='replace') as f:
        text = f.read().split('\n$ ')[-1]
    lines = [line.strip() for line in text.splitlines()[1:] if line.strip()]
    errors = [line for line in lines if line.startswith('error:')]
    return (errors or lines or [''])[-1]


@contextlib.contextmanager
def experiment_lock(exp_dir):
    """Hold ``exp_dir/.lock``; yield its file descriptor (or None)."""
    os.makedirs(exp_dir, exist_ok=True)
    path = osp.join(exp_dir, '.lock')
    with open(path, 'a+') as f:
        if fcntl is not None:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                f.seek(0)
                owner = f.read().strip() or 'unknown'
                raise HarError(
                    f'{exp_dir} is in use by another experiment runner or '
                    f'its training processes (runner pid {owner}); wait for '
                    'them to end or stop them') from None
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()))
        f.flush()
        yield f.fileno()


class ExperimentRunner:
    """Train and test the runs of a spec under ``work_root/SPEC_NAME``.

    Args:
        spec (Spec): The parsed spec.
        work_root (str): Parent folder of the experiment folder.
        launcher (str): ``local`` or ``dist``.
        gpus (int): Processes per run with the ``dist`` launcher.
        stream (bool): Show the tools' output instead of writing it to
            ``train.log``/``test.log`` in the run's work dir.
        echo (callable): Where progress lines go.
    """

    def __init__(self, spec, work_root, launcher='local', gpus=1,
                 stream=False, echo=functools.partial(print, flush=True)):
        self.spec = spec
        self.exp_dir = osp.join(work_root, spec.name)
        self.launcher = launcher
        self.gpus = gpus
        self.stream = stream
        self.echo = echo
        self._lock_fd = None

    def run_dir(self, run):
        return osp.join(self.exp_dir, run.run_id)

    def _plan(self, run, digest, strict):
        """Resolve the run's checkpoint references, then plan it."""
        resolved, needs = resolve(run, self.exp_dir, strict)
        fp = st.fingerprint(run, digest)
        if needs:
            fp['needs'] = needs
        return resolved, plan_run(run, self.run_dir(run), fp)

    def plans(self, runs):
        """Preflight and plan ``runs``: ``[(run, resolved, plan, problem)]``.

        Runs that depend on runs not finished yet are planned with their
        ``{checkpoint:NAME}`` references unresolved.
        """
        found = inspect_runs(self.spec, runs)
        out = []
        for run in runs:
            info = found[run.run_id]
            resolved, plan = self._plan(run, info.digest, strict=False)
            out.append((run, resolved, plan, info))
        return out

    def dry_run(self, runs):
        """Print what each run would do and its command lines."""
        planned = self.plans(runs)
        for i, (run, resolved, plan, info) in enumerate(planned, 1):
            run_dir = self.run_dir(run)
            self.echo(f'[{i}/{len(planned)}] {run.run_id}: {plan.action} '
                      f'({plan.reason})')
            if plan.action == 'skip':
                continue
            if info.problem:
                self.echo(f'    warning: {info.problem}')
            if plan.action in ('train', 'resume'):
                self.echo('    ' + show(train_command(
                    resolved, run_dir, self.launcher, self.gpus,
                    plan.resume_from)))
            self.echo('    ' + show(test_command(
                resolved, run_dir,
                resolved.checkpoint or '<best, else last checkpoint>',
                self.launcher, self.gpus)))
        return planned

    def run(self, runs):
        """Train and test ``runs``; return the ids of the runs that failed.

        Raises:
            HarError: Before anything runs, when configs or the inputs of
                runs still to do are missing.
        """
        planned = self.plans(runs)
        problems = [f'{run.run_id}: {info.problem}'
                    for run, _, plan, info in planned
                    if info.problem and plan.action != 'skip']
        if problems:
            raise HarError(f'{len(problems)} run(s) of {self.spec.path} '
                           'cannot start: ' + '; '.join(problems))
        failed = []
        with experiment_lock(self.exp_dir) as self._lock_fd:
            for i, (run, _, _, info) in enumerate(planned, 1):
                prefix = f'[{i}/{len(planned)}] {run.run_id}'
                try:
                    # Again: runs before this one may have changed it.
                    resolved, plan = self._plan(run, info.digest, True)
                except HarError as err:
                    self.echo(f'{prefix}: cannot start: {err}')
                    failed.append(run.run_id)
                    continue
                try:
                    ok = self._run_one(run, resolved, plan, prefix)
                except HarError as err:  # e.g. unreadable metrics
                    self.echo(f'{prefix}: failed: {err}')
                    ok = False
                if not ok:
                    failed.append(run.run_id)
                write_report(self.spec, self.exp_dir)
        self.echo('Comparison table: '
                  f'{osp.join(self.exp_dir, "comparison.md")}')
        return failed

    # One run ------------------------------------------------------------
    def _run_one(self, run, resolved, plan, prefix):
        """Carry out ``plan``; ``resolved`` is ``run`` with its checkpoint
        references replaced (what the tools get)."""
        run_dir = self.run_dir(run)
        if plan.action == 'skip':
            self.echo(f'{prefix}: {plan.reason}, skipped '
                      f'({_headline(plan.state)})')
            return True
        self.echo(f'{prefix}: {plan.action} ({plan.reason})')
        start = time.time()
        state = plan.state
        if state is None:  # a fresh start, training or test-only
            if osp.exists(run_dir):
                shutil.rmtree(run_dir)
            os.makedirs(run_dir)
            state = dict(run=run.entry(), name=run.name, group=run.group,
                         variant=run.variant,
                         train_time_s=None if run.checkpoint else 0.0)
        state['fingerprint'] = plan.fingerprint
        if plan.action in ('train', 'resume'):
            if not self._train(resolved, plan, state, run_dir):
                return False
        if not self._test(resolved, state, run_dir):
            return False
        took = format_duration(time.time() - start)
        self.echo(f'{prefix}: done in {took}: {_headline(state)}')
        return True

    def _train(self, run, plan, state, run_dir):
        if plan.action == 'resume':
            # Credit the interrupted attempt up to the checkpoint kept.
            started = state.get('attempt_started')
            if started:
                kept = osp.getmtime(plan.resume_from) - started
                state['train_time_s'] += max(0.0, kept)
            for path in ckpts.drop_orphan_best(run_dir, plan.resume_from):
                self.echo(f'    removed {osp.basename(path)}, saved after '
                          'the checkpoint resumed from')
        started = time.time()
        state.update(status=st.TRAIN, attempt_started=started,
                     resumed_from=plan.resume_from)
        state.setdefault('attempts', 0)
        state['attempts'] += 1
        st.write_state(run_dir, state)
        cmd = train_command(run, run_dir, self.launcher, self.gpus,
                            plan.resume_from)
        if not self._call(cmd, run_dir, 'train', state):
            return False
        state['train_time_s'] += time.time() - started
        state['attempt_started'] = None
        steps = ckpts.trained_steps(run_dir)
        state['epochs'] = steps[1] if steps and steps[0] == 'epoch' else None
        state['iters'] = steps[1] if steps and steps[0] == 'iter' else None
        return True

    def _test(self, run, state, run_dir):
        if run.checkpoint:
            checkpoint = run.checkpoint
        else:
            try:
                checkpoint = find_checkpoint(run_dir)
            except HarError as err:
                return self._fail(state, run_dir, 'train', str(err))
        state.update(status=st.TEST, checkpoint=checkpoint)
        st.write_state(run_dir, state)
        metrics_path = st.metrics_file(run_dir)
        if osp.exists(metrics_path):
            os.remove(metrics_path)
        started = time.time()
        cmd = test_command(run, run_dir, checkpoint, self.launcher,
                           self.gpus)
        if not self._call(cmd, run_dir, 'test', state):
            return False
        state.update(status=st.DONE, metrics=st.read_metrics(run_dir),
                     test_time_s=time.time() - started,
                     finished=time.strftime('%Y-%m-%dT%H:%M:%S'),
                     failed_step=None, error=None)
        st.write_state(run_dir, state)
        return True

    def _call(self, cmd, run_dir, step, state):
        """Run one tool; on failure record it in the state and say so."""
        log = None if self.stream else osp.join(run_dir, f'{step}.log')
        if log:
            self.echo(f'    {step}: log in {log}')
        returncode = run_command(cmd, log, self._lock_fd,
                                 launcher_env(self.launcher))
        if returncode == 0:
            return True
        return self._fail(state, run_dir, step,
                          f'exit {returncode}: {_last_error(log)}'
                          + (f' (log: {log})' if log else ''))

    def _fail(self, state, run_dir, step, error):
        state.update(status=st.FAILED, failed_step=step, error=error)
        st.write_state(run_dir, state)
        self.echo(f'    failed in {step}: {error}')
        return False


def _headline(state):
    metrics = (state or {}).get('metrics') or {}
    parts = [f'{label} {100 * metrics[key]:.2f}'
             for key, label in (('acc/top1', 'top-1'),
                                ('acc/mean1', 'mean class'))
             if isinstance(metrics.get(key), (int, float))]
    return ', '.join(parts) or 'no accuracy metrics'


def run_command(cmd, log_path=None, lock_fd=None, env=None):
    """Run ``cmd`` (output appended to ``log_path``); return its exit code.

    Args:
        env (dict | None): Variables added to this process's environment.

    An exception while waiting (Ctrl-C, SIGTERM turned into one by the
    tool) stops the subprocess before it propagates, so no training keeps
    writing into a work dir the runner no longer watches.
    """
    pass_fds = (lock_fd, ) if lock_fd is not None else ()
    with contextlib.ExitStack() as stack:
        out = None
        if log_path:
            out = stack.enter_context(open(log_path, 'a'))
            prefix = ''.join(f'{k}={v} ' for k, v in (env or {}).items())
            out.write(f'\n$ {prefix}{show(cmd)}\n')
            out.flush()
        proc = subprocess.Popen(
            cmd, stdout=out, stderr=subprocess.STDOUT if out else None,
            pass_fds=pass_fds, env=dict(os.environ, **env) if env else None)
        try:
            return proc.wait()
        except BaseException:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            raise
