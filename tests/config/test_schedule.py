"""The one-line warning for a max_epochs override with a stale schedule."""
from mmengine.config import Config

from mmaction_har.config.schedule import stale_schedule

# A warm-up, then a cosine to epoch 50 (the shape of an RGB schedule).
RGB = dict(train_cfg=dict(max_epochs=50), param_scheduler=[
    dict(type='LinearLR', by_epoch=True, begin=0, end=5),
    dict(type='CosineAnnealingLR', T_max=45, by_epoch=True, begin=5,
         end=50)])
# configs/posec3d/demo.py: cosine without begin/end.
DEMO = dict(train_cfg=dict(max_epochs=4), param_scheduler=[
    dict(type='CosineAnnealingLR', T_max=4, by_epoch=True)])


def _check(base, options):
    cfg = Config(base)
    cfg.merge_from_dict(options)
    return stale_schedule(cfg, options)


def test_shorter_run_with_the_old_cosine():
    assert _check(RGB, {'train_cfg.max_epochs': 10}) == (
        '--cfg-options set max_epochs=10 but param_scheduler[1] '
        '(CosineAnnealingLR) still ends at epoch 50: also set '
        'param_scheduler.1.end=10 param_scheduler.1.T_max=5')


def test_longer_run_with_t_max_only():
    assert _check(DEMO, {'train_cfg.max_epochs': 8}) == (
        '--cfg-options set max_epochs=8 but param_scheduler[0] '
        '(CosineAnnealingLR) still anneals over T_max=4 epochs from epoch '
        '0: also set param_scheduler.0.T_max=8')


def test_no_warning_when_consistent_or_not_asked():
    assert _check(RGB, {}) is None
    assert _check(RGB, {'train_cfg.max_epochs': 50}) is None
    # the schedule was changed too: the user took care of it
    assert _check(DEMO, {'train_cfg.max_epochs': 8,
                         'param_scheduler.0.T_max': 8}) is None
    iters = dict(train_cfg=dict(max_epochs=4), param_scheduler=[
        dict(type='CosineAnnealingLR', T_max=400, by_epoch=False)])
    assert _check(iters, {'train_cfg.max_epochs': 8}) is None
