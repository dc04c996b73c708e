"""The bad-input matrix: every case of :mod:`.cases` through the real tool.

All cases run in one driver process (:mod:`.driver`: each tool as
``__main__`` with its own argv and captured file descriptors) so that the
stack is imported once; :func:`test_driver_matches_fresh_processes` runs a
few of them as separate ``python TOOL ...`` processes too and compares.
"""
import json
import os
import os.path as osp
import subprocess
import sys
from types import SimpleNamespace

import pytest

from ..conftest import REPO
from ..importers.bast.test_prepare import tree_digest as snapshot
from .cases import CASES


def _env(tmp):
    return dict(os.environ, PYTHONPATH=REPO, OMP_NUM_THREADS='1',
                PYTHONWARNINGS='ignore',
                HAR_PREFLIGHT_CACHE=str(tmp / 'probe_cache.json'))


@pytest.fixture(scope='module')
def resources(tmp_path_factory, tiny_corpus):
    from ..fixtures.media import write_index_video
    tmp = tmp_path_factory.mktemp('matrix_resources')
    good = write_index_video(tmp / 'good.avi', 12)
    import cv2
    import numpy as np
    writer = cv2.VideoWriter(str(tmp / 'good.mp4'),
                             cv2.VideoWriter_fourcc(*'mp4v'), 25, (32, 24))
    for i in range(12):
        writer.write(np.full((24, 32, 3), 8 * i, np.uint8))
    writer.release()
    return SimpleNamespace(good_video=good, good_mp4=str(tmp / 'good.mp4'),
                           pose_pkl=str(tiny_corpus / 'pose.pkl'), tmp=tmp)


@pytest.fixture(scope='module')
def matrix(resources, tmp_path_factory):
    """Build every case, snapshot its folder, run all, snapshot again."""
    root = tmp_path_factory.mktemp('matrix')
    built, cases = {}, []
    for i, case in enumerate(CASES):
        folder = root / f'case{i:02d}'
        folder.mkdir()
        spec = case.build(folder, resources)
        built[case.id] = dict(spec, folder=folder, before=snapshot(folder))
        cases.append(dict(id=case.id, tool=osp.join(REPO, spec['tool']),
                          args=[str(a) for a in spec['args']], cwd=REPO))
    (root / 'cases.json').write_text(json.dumps(cases))
    subprocess.run([sys.executable, osp.join(osp.dirname(__file__),
                                             'driver.py'),
                    str(root / 'cases.json'), str(root / 'results.json')],
                   env=_env(root), check=True, timeout=900)
    results = json.loads((root / 'results.json').read_text())
    for case_id, spec in built.items():
        spec['after'] = snapshot(spec['folder'])
        spec['result'] = results[case_id]
    return built


def test_at_least_forty_cases():
    assert len(CASES) >= 40
    assert len({c.id for c in CASES}) == len(CASES)


def check_one_error_line(result, names):
    """Exit 1, one ``error:`` line naming ``names``, no traceback."""
    text = result['stdout'] + result['stderr']
    assert 'Traceback' not in text, text[-3000:]
    assert result['returncode'] == 1, text[-3000:]
    errors = [line for line in result['stderr'].splitlines()
              if line.startswith('error:')]
    assert len(errors) == 1, result['stderr'][-3000:]
    assert not any(line.startswith('error:')
                   for line in result['stdout'].splitlines())
    for name in names:
        assert name in errors[0], (name, errors[0])
    return errors[0]


@pytest.mark.parametrize('case_id', [c.id for c in CASES])
def test_matrix(matrix, case_id):
    spec = matrix[case_id]
    check_one_error_line(spec['result'], [str(n) for n in spec['names']])
    before, after = spec['before'], spec['after']
    assert sorted(after) == sorted(before), 'files appeared or vanished'
    changed = [p for p in before if before[p] != after[p]]
    assert not changed, f'changed: {changed}'


FRESH = ('train: text file named .mp4', )


def test_driver_matches_fresh_processes(matrix):
    """The same exit status and error line as ``python TOOL ...``."""
    for case_id in FRESH:
        spec = matrix[case_id]
        case = next(c for c in CASES if c.id == case_id)
        assert case
        result = subprocess.run(
            [sys.executable, osp.join(REPO, spec['tool']),
             *map(str, spec['args'])], cwd=REPO, capture_output=True,
            text=True, env=_env(spec['folder']), timeout=300)
        fresh = dict(returncode=result.returncode, stdout=result.stdout,
                     stderr=result.stderr)
        assert check_one_error_line(fresh, []) == check_one_error_line(
            spec['result'], [])
