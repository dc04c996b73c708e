"""Score fusion: the logic and tools/analysis/fuse_scores.py."""
import importlib.util
import json
import os.path as osp
import subprocess
import sys

import mmengine
import numpy as np
import pytest
import torch

from mmaction_har.errors import HarError, MissingFileError
from mmaction_har.evaluation import (evaluate_scores, fuse_dumps,
                                     fuse_runs, fuse_scores, load_dump,
                                     to_probabilities)

REPO = osp.dirname(osp.dirname(osp.dirname(osp.abspath(__file__))))
TOOL = osp.join(REPO, 'tools', 'analysis', 'fuse_scores.py')


def _dump(path, scores, labels):
    """Write a list like ``tools/test.py --dump`` does."""
    mmengine.dump([dict(pred_score=torch.tensor(s, dtype=torch.float32),
                        pred_label=torch.tensor([int(np.argmax(s))]),
                        gt_label=torch.tensor([int(l)]))
                   for s, l in zip(scores, labels)], str(path))
    return str(path)


def _two_streams(tmp_path):
    """Two streams, each right on a different half of 4 samples."""
    labels = np.array([0, 1, 2, 0])
    a = np.array([[.6, .3, .1], [.2, .7, .1], [.5, .1, .4], [.3, .4, .3]])
    b = np.array([[.4, .5, .1], [.45, .1, .45], [.1, .1, .8],
                  [.9, .05, .05]])
    return (_dump(tmp_path / 'a.pkl', a, labels),
            _dump(tmp_path / 'b.pkl', b, labels), a, b, labels)


def test_load_dump(tmp_path):
    path_a, _, a, _, labels = _two_streams(tmp_path)
    scores, gt = load_dump(path_a)
    np.testing.assert_allclose(scores, a, rtol=1e-6)
    np.testing.assert_array_equal(gt, labels)
    mmengine.dump([dict(x=1)], str(tmp_path / 'bad.pkl'))
    with pytest.raises(ValueError, match='not a prediction dump'):
        load_dump(str(tmp_path / 'bad.pkl'))


def test_fusion_methods():
    a = np.array([[.2, .8], [.6, .4]])
    b = np.array([[.6, .4], [.5, .5]])
    np.testing.assert_allclose(fuse_scores([a, b]), [[.4, .6], [.55, .45]])
    np.testing.assert_allclose(fuse_scores([a, b], [3, 1]),
                               [[.3, .7], [.575, .425]])
    np.testing.assert_allclose(fuse_scores([a, b], method='mul'),
                               [[.12, .32], [.3, .2]])
    np.testing.assert_allclose(fuse_scores([a, b], [1, 2], method='mul'),
                               a * b**2)
    np.testing.assert_allclose(fuse_scores([a, b], method='max'),
                               [[.6, .8], [.6, .5]])
    with pytest.raises(ValueError):
        fuse_scores([a, b], method='sum')
    with pytest.raises(ValueError):
        fuse_scores([a, b], weights=[1])
    with pytest.raises(ValueError):
        fuse_scores([a, b[:1]])


def test_to_probabilities():
    probs = np.array([[.2, .8]])
    assert to_probabilities(probs) is probs
    logits = np.array([[0., np.log(3.)]])
    np.testing.assert_allclose(to_probabilities(logits), [[.25, .75]])


def test_evaluate_scores():
    scores = np.array([[.9, .1, 0], [.2, .3, .5], [.1, .6, .3],
                       [.4, .5, .1]])
    metrics = evaluate_scores(scores, np.array([0, 1, 1, 1]), topk=(1, 2, 5))
    assert metrics['top1'] == pytest.approx(.75)
    assert metrics['top2'] == pytest.approx(1.)
    assert 'top5' not in metrics  # only 3 classes
    assert metrics['mean_class_accuracy'] == pytest.approx((1 + 2 / 3) / 2)


def test_fuse_dumps_beats_each_stream(tmp_path):
    path_a, path_b, *_ = _two_streams(tmp_path)
    report = fuse_dumps([path_a, path_b], topk=(1, ))
    assert report[path_a]['top1'] == pytest.approx(.5)
    assert report[path_b]['top1'] == pytest.approx(.5)
    assert report['fused_avg']['top1'] == pytest.approx(1.)
    assert set(report) == {path_a, path_b, 'fused_avg', 'fused_mul',
                           'fused_max'}


def test_single_dump_is_only_evaluated(tmp_path):
    path_a, *_ = _two_streams(tmp_path)
    assert list(fuse_dumps([path_a], topk=(1, ))) == [path_a]


def test_fuse_dumps_rejects_different_test_sets(tmp_path):
    path_a, *_ = _two_streams(tmp_path)
    other = _dump(tmp_path / 'c.pkl', np.full((4, 3), 1 / 3), [0, 1, 2, 2])
    with pytest.raises(ValueError, match='same samples'):
        fuse_dumps([path_a, other])


def _run(args):
    return subprocess.run([sys.executable, TOOL] + args, cwd=REPO,
                          capture_output=True, text=True, timeout=120)


def _tool_main():
    spec = importlib.util.spec_from_file_location('fuse_scores_tool', TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.main


def test_tool(tmp_path):
    path_a, path_b, *_ = _two_streams(tmp_path)
    out = str(tmp_path / 'fused.json')
    proc = _run([path_a, path_b, '--weights', '1', '1', '--methods', 'avg',
                 '--topk', '1', '--out', out])
    assert proc.returncode == 0, proc.stderr
    assert 'fused_avg' in proc.stdout and 'top1: 100.00' in proc.stdout
    report = json.load(open(out))
    assert report['fused_avg']['top1'] == pytest.approx(1.)


def test_tool_errors(tmp_path):
    main = _tool_main()
    with pytest.raises(SystemExit) as exit_info:
        main(['--help'])
    assert exit_info.value.code == 0
    with pytest.raises(MissingFileError, match='prediction dump not found'):
        main([str(tmp_path / 'missing.pkl')])
    path_a, path_b, *_ = _two_streams(tmp_path)
    with pytest.raises(HarError, match='1 weights for 2 models'):
        main([path_a, path_b, '--weights', '1'])
    bad = _dump(tmp_path / 'c.pkl', np.full((3, 3), 1 / 3), [0, 1, 2])
    with pytest.raises(HarError, match='same samples'):
        main([path_a, bad])


def test_fuse_runs_pairs_runs_and_summarises(tmp_path):
    path_a, path_b, a, b, labels = _two_streams(tmp_path)
    # a second run of each model: a is now right everywhere, b nowhere
    a2 = _dump(tmp_path / 'a2.pkl', np.eye(3)[labels] * .8 + .05, labels)
    b2 = _dump(tmp_path / 'b2.pkl', np.eye(3)[(labels + 1) % 3], labels)
    report = fuse_runs([path_a, a2, path_b, b2], 2, methods=('avg', ),
                       topk=(1, ))
    assert set(report) == {path_a, path_b, 'fused_avg'}
    top1 = report[path_a]['top1']
    assert top1['runs'] == pytest.approx([.5, 1.])
    assert top1['mean'] == pytest.approx(.75)
    assert top1['std'] == pytest.approx(np.std([.5, 1.], ddof=1))
    assert report[path_b]['top1']['runs'] == pytest.approx([.5, 0.])
    assert report['fused_avg']['top1']['runs'][0] == pytest.approx(1.)
    one = fuse_runs([path_a, path_b], 1, topk=(1, ))
    assert one[path_a]['top1']['std'] == 0.
    with pytest.raises(ValueError, match='cannot be split'):
        fuse_runs([path_a, a2, path_b], 2)


def test_tool_runs(tmp_path):
    path_a, path_b, *_ = _two_streams(tmp_path)
    proc = _run(['--runs', '2', path_a, path_a, path_b, path_b,
                 '--methods', 'avg', '--topk', '1'])
    assert proc.returncode == 0, proc.stderr
    assert 'top1: 100.00 +- 0.00 (100.00 100.00)' in proc.stdout
    assert 'top1: 50.00 +- 0.00 (50.00 50.00)' in proc.stdout
