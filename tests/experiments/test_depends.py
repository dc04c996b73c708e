"""Runs that start from, or only test, another run's checkpoint."""
import os.path as osp

import pytest

from mmaction_har.errors import HarError
from mmaction_har.experiments import state as st
from mmaction_har.experiments.depends import references, resolve
from mmaction_har.experiments.execute import plan_run
from mmaction_har.experiments.spec import parse_spec


def _spec(runs_after=None):
    return parse_spec(dict(seeds=[0, 1], grid=dict(configs=['a/base.py']),
                           runs=runs_after or [
        dict(name='ft', config='a/ft.py',
             cfg_options={'load_from': '{checkpoint:a_base}'}),
        dict(name='cross', config='a/cross.py', group='a_base',
             variant='cross', checkpoint='{checkpoint:a_base}')]), 's.yaml')


def test_references_and_their_checks():
    runs = {r.run_id: r for r in _spec().runs}
    assert references(runs['ft_seed1']) == {'load_from': 'a_base'}
    assert references(runs['cross_seed0']) == {'checkpoint': 'a_base'}
    assert runs['cross_seed0'].entry()['checkpoint'] == '{checkpoint:a_base}'
    with pytest.raises(HarError, match=r'runs\[0\]: run x_seed0, option '
                       r'load_from: \{checkpoint:nope\} needs run '
                       'nope_seed0 earlier'):
        _spec([dict(name='x', config='x.py',
                    cfg_options={'load_from': '{checkpoint:nope}'})])
    with pytest.raises(HarError, match='needs run a_base_seed2'):
        _spec([dict(name='x', config='x.py', seeds=[2],
                    checkpoint='{checkpoint:a_base}')])


def test_resolve_uses_the_finished_run_with_the_same_seed(tmp_path):
    runs = {r.run_id: r for r in _spec().runs}
    ft = runs['ft_seed1']
    with pytest.raises(HarError, match='starts from the checkpoint of '
                       'a_base_seed1, which has not finished'):
        resolve(ft, str(tmp_path))
    same, needs = resolve(ft, str(tmp_path), strict=False)
    assert same.cfg_options['load_from'] == '{checkpoint:a_base}'
    assert needs == {'a_base_seed1': None}

    base_dir = str(tmp_path / 'a_base_seed1')
    ckpt = osp.join(base_dir, 'best_acc_top1_epoch_3.pth')
    st.write_state(base_dir, dict(status=st.DONE, checkpoint=ckpt,
                                  finished='2026-01-01T00:00:00'))
    st.dump_json_atomic({'metrics': {}}, st.metrics_file(base_dir))
    resolved, needs = resolve(ft, str(tmp_path))
    assert resolved.cfg_options['load_from'] == ckpt
    assert needs == {'a_base_seed1': [ckpt, '2026-01-01T00:00:00']}
    assert ft.cfg_options['load_from'] == '{checkpoint:a_base}'  # unchanged


def test_test_only_run_is_planned_as_a_test(tmp_path):
    cross = {r.run_id: r for r in _spec().runs}['cross_seed0']
    fp = st.fingerprint(cross, digest='d')
    run_dir = str(tmp_path / 'cross_seed0')
    assert plan_run(cross, run_dir, fp).action == 'test'
    st.write_state(run_dir, dict(status=st.DONE, fingerprint=fp))
    st.dump_json_atomic({'metrics': {}}, st.metrics_file(run_dir))
    assert plan_run(cross, run_dir, fp).action == 'skip'
    plan = plan_run(cross, run_dir, dict(fp, needs={'a_base_seed0': ['x',
                                                                     't']}))
    assert (plan.action, plan.state) == ('test', None)
    assert 'needs' in plan.reason
