"""The specs in configs/experiments: valid, complete, and the tables the
seeds report (configs x variants) are what they expand to."""
import glob
import os.path as osp

import pytest

from mmaction_har.experiments import load_spec
from tests.conftest import REPO

SPECS = sorted(glob.glob(osp.join(REPO, 'configs', 'experiments', '*.yaml')))
FAMILIES = ('i3d', 'slowonly', 'slowfast', 'r2plus1d', 'csn', 'posec3d')
DATASETS = ('bast_base', 'bast_eval', 'child', 'kth')

# spec -> (number of runs, {group: sorted variants}) for spot checks.
EXPECTED = {
    'demo': (5, {'posec3d_demo': ['lr0.0125', 'lr0.05'],
             'slowonly_demo': ['no-bg', 'original']}),
    'transfer_learning': (48, {
        'i3d_kth': ['k400-pretrained', 'scratch'],
        'posec3d_child': ['ntu60-pretrained', 'scratch']}),
    'bast_pretraining': (24, {
        'csn_bast_base': [''],
        'r2plus1d_bast_eval': ['from-bast-base', 'k400-pretrained',
                               'scratch'],
        'posec3d_bast_eval': ['from-bast-base', 'ntu60-pretrained',
                              'scratch']}),
    'background': (40, {'slowfast_bast_eval': ['no-bg', 'original']}),
    'cross_domain': (24, {'posec3d_kth': ['in-domain', 'to-child'],
                          'i3d_child': ['in-domain', 'to-kth']}),
    'child_actions_keypoints': (12, {
        'skeleton_lstm_child_14kp': ['5actions', '7actions'],
        'posec3d_child_24kp': ['5actions', '7actions']}),
}


def test_every_table_of_the_seeds_has_a_spec():
    assert sorted(osp.basename(p)[:-5] for p in SPECS) == sorted(EXPECTED)


@pytest.mark.parametrize('path', SPECS, ids=lambda p: osp.basename(p))
def test_spec_expands_and_its_configs_exist(path, monkeypatch):
    monkeypatch.chdir(REPO)
    spec = load_spec(osp.relpath(path, REPO))
    count, groups = EXPECTED[spec.name]
    assert len(spec.runs) == count
    variants = {}
    for run in spec.runs:
        variants.setdefault(run.group, set()).add(run.variant)
    for group, expected in groups.items():
        assert sorted(variants[group]) == expected, group
    missing = spec.missing_configs()
    if missing:
        pytest.skip(f'{spec.path}: config zoo files missing: '
                    + ', '.join(sorted(missing)))
