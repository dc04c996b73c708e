"""Comparison table and figure from hand-built run states."""
import csv
import os.path as osp

import matplotlib.image as mpimg
import pytest

from mmaction_har.experiments import state as st
from mmaction_har.experiments.figure import bar_layout
from mmaction_har.experiments.spec import parse_spec
from mmaction_har.experiments.table import (aggregate, collect_rows,
                                            write_report)


def _done(exp_dir, run, top1, top5, mean1, epochs=2, train=61.0):
    run_dir = osp.join(exp_dir, run.run_id)
    st.write_state(run_dir, dict(
        run=run.entry(), status=st.DONE, epochs=epochs, train_time_s=train,
        checkpoint=osp.join(run_dir, 'best_acc_top1_epoch_2.pth'),
        metrics={'acc/top1': top1, 'acc/top5': top5, 'acc/mean1': mean1},
        fingerprint=dict(run.entry(), config_digest='x')))
    st.dump_json_atomic(dict(metrics={'acc/top1': top1}),
                        st.metrics_file(run_dir))


@pytest.fixture
def spec():
    return parse_spec(dict(
        description='Learning rates.', cfg_options={'train_cfg.max_epochs': 2},
        grid=dict(configs=['configs/posec3d/demo.py'], variants=[
            dict(name='lr0.05', seeds=[0, 1, 2]),
            dict(name='lr0.01', cfg_options={'optim_wrapper.optimizer.lr':
                                             0.01})]),
        runs=[dict(name='other', config='configs/slowonly/demo.py',
                   cfg_options={'train_cfg.max_epochs': 1})]),
        'configs/experiments/lr.yaml')


def test_rows_aggregate_and_files(spec, tmp_path):
    exp = str(tmp_path)
    runs = {r.run_id: r for r in spec.runs}
    _done(exp, runs['posec3d_demo_lr0.05_seed0'], 0.80, 1.0, 0.75)
    _done(exp, runs['posec3d_demo_lr0.05_seed1'], 0.90, 1.0, 0.85,
          train=59.0)
    _done(exp, runs['posec3d_demo_lr0.05_seed2'], 1.00, 1.0, 0.95)
    _done(exp, runs['posec3d_demo_lr0.01_seed0'], 0.50, 0.9, 0.40)
    # 'other' was killed during training.
    st.write_state(osp.join(exp, 'other_seed0'), dict(
        run=runs['other_seed0'].entry(), status=st.TRAIN))

    rows = collect_rows(spec, exp)
    assert [(r['run'], r['status']) for r in rows] == [
        ('posec3d_demo_lr0.05_seed0', 'done'),
        ('posec3d_demo_lr0.05_seed1', 'done'),
        ('posec3d_demo_lr0.05_seed2', 'done'),
        ('posec3d_demo_lr0.01_seed0', 'done'),
        ('other_seed0', 'training')]
    assert rows[0]['top1'] == pytest.approx(80.0)
    assert rows[3]['cfg_options'] == (
        'train_cfg.max_epochs=2 optim_wrapper.optimizer.lr=0.01')
    assert rows[3]['own_options'] == 'optim_wrapper.optimizer.lr=0.01'
    assert rows[0]['own_options'] == ''

    seeds = aggregate(rows)
    assert [(a['name'], a['n'], a['seeds']) for a in seeds] == [
        ('posec3d_demo_lr0.05', 3, '0 1 2'), ('posec3d_demo_lr0.01', 1, '0')]
    assert seeds[0]['top1_mean'] == pytest.approx(90.0)
    assert seeds[0]['top1_std'] == pytest.approx(10.0)  # sample std
    assert seeds[0]['mean_class_acc_mean'] == pytest.approx(85.0)
    assert seeds[0]['train_time_s_mean'] == pytest.approx(60.333, abs=1e-3)
    assert seeds[1]['top1_std'] is None

    paths = write_report(spec, exp)
    with open(paths['csv']) as f:
        table = list(csv.DictReader(f))
    assert len(table) == 5
    assert table[1]['top1'] == '90.0' and table[1]['seed'] == '1'
    assert table[1]['epochs'] == '2' and table[1]['train_time_s'] == '59.0'
    assert table[4]['top1'] == '' and table[4]['status'] == 'training'
    with open(paths['seeds_csv']) as f:
        agg = list(csv.DictReader(f))
    assert agg[0]['top1_mean'] == '90.0' and agg[0]['top1_std'] == '10.0'
    md = open(paths['md']).read()
    assert 'Learning rates.' in md
    assert 'Options of every run: `train_cfg.max_epochs=2`' in md
    assert '| posec3d_demo_lr0.01_seed0 | `configs/posec3d/demo.py` | ' \
        'lr0.01 | `optim_wrapper.optimizer.lr=0.01` | 0 | 50.00 | 90.00 | ' \
        '40.00 | 2 | 1 min 1 s |' in md
    assert '| posec3d_demo_lr0.05 | `configs/posec3d/demo.py` | lr0.05 | ' \
        '0 1 2 | 90.00 ± 10.00 | 100.00 ± 0.00 | 85.00 ± 10.00 |' in md
    assert '| other_seed0 | `configs/slowonly/demo.py` |  | ' \
        '`train_cfg.max_epochs=1` | 0 |' in md
    assert '![test top-1 per run](comparison_top1.png)' in md

    image = mpimg.imread(paths['png'])
    assert image.shape[0] == 450 and image.shape[1] >= 600
    assert image[..., :3].std() > 0.05  # not a blank canvas


def test_bar_layout_groups_configs_and_variants(spec):
    seeds = [dict(name=n, group=g, variant=v, top1_mean=m, top1_std=s)
             for n, g, v, m, s in [('a_v1', 'a', 'v1', 80.0, 5.0),
                                   ('a_v2', 'a', 'v2', 70.0, None),
                                   ('b_v1', 'b', 'v1', 60.0, None),
                                   ('c_v1', 'c', 'v1', None, None)]]
    groups, variants, bars = bar_layout(seeds)
    assert groups == ['a', 'b'] and variants == ['v1', 'v2']
    assert [(b['name'], b['x'], b['mean'], b['std']) for b in bars] == [
        ('a_v1', pytest.approx(-0.2), 80.0, 5.0),
        ('a_v2', pytest.approx(0.2), 70.0, None),
        ('b_v1', pytest.approx(0.8), 60.0, None)]


def test_changed_entry_is_stale_and_no_figure_without_results(spec,
                                                              tmp_path):
    run = spec.runs[0]
    st.write_state(osp.join(tmp_path, run.run_id), dict(
        run=dict(run.entry(), seed=5), status=st.DONE))
    rows = collect_rows(spec, str(tmp_path))
    assert rows[0]['status'] == 'stale (spec changed)'
    assert all(r['status'] == 'not run' for r in rows[1:])
    paths = write_report(spec, str(tmp_path))
    assert 'png' not in paths
    assert 'No finished runs yet.' in open(paths['md']).read()
