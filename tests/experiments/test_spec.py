"""Spec parsing: grid x variants x seeds expansion, names, options, errors."""
import pytest

from mmaction_har.errors import HarError, MissingFileError
from mmaction_har.experiments.spec import config_name, load_spec, parse_spec


def _spec(tmp_path, **data):
    """A spec over real (empty) config files under tmp_path/configs."""
    for name in ('a/x.py', 'a/x_k400-pretrained.py', 'b/y.py'):
        path = tmp_path / 'configs' / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text('')
    return parse_spec(data, str(tmp_path / 'spec.yaml'))


def test_grid_expands_configs_variants_and_seeds(tmp_path):
    x, y = str(tmp_path / 'configs/a/x.py'), str(tmp_path / 'configs/b/y.py')
    spec = _spec(
        tmp_path, seeds=[0, 1],
        cfg_options={'train_cfg.max_epochs': 2, 'model.cls_head.dropout': .5},
        grid=dict(configs=[x, dict(config=y, name='why',
                                   cfg_options={'train_cfg': {
                                       'max_epochs': 3}})],
                  variants=[dict(name='base'),
                            dict(name='lr', seeds=[7],
                                 cfg_options={'optim_wrapper.optimizer.lr':
                                              0.01})]))
    assert [r.run_id for r in spec.runs] == [
        'a_x_base_seed0', 'a_x_base_seed1', 'a_x_lr_seed7',
        'why_base_seed0', 'why_base_seed1', 'why_lr_seed7']
    by_id = {r.run_id: r for r in spec.runs}
    # Later levels override earlier ones; nested options are flattened.
    assert by_id['why_lr_seed7'].cfg_options == {
        'train_cfg.max_epochs': 3, 'model.cls_head.dropout': 0.5,
        'optim_wrapper.optimizer.lr': 0.01}
    assert by_id['a_x_base_seed1'].cfg_options == {
        'train_cfg.max_epochs': 2, 'model.cls_head.dropout': 0.5}
    assert (by_id['why_lr_seed7'].group, by_id['why_lr_seed7'].variant) == (
        'why', 'lr')
    assert by_id['a_x_base_seed0'].name == 'a_x_base'
    assert by_id['a_x_base_seed0'].seed == 0


def test_runs_list_variant_config_template_and_default_seed(tmp_path):
    x = str(tmp_path / 'configs/a/x.py')
    spec = _spec(
        tmp_path,
        grid=dict(configs=[x], variants=[
            'scratch',
            dict(name='k400', config='{dir}/{stem}_k400-pretrained.py')]),
        runs=[dict(name='solo', config=x, seeds=3)])
    assert [(r.run_id, r.config) for r in spec.runs] == [
        ('a_x_scratch_seed0', x),
        ('a_x_k400_seed0', x.replace('x.py', 'x_k400-pretrained.py')),
        ('solo_seed3', x)]
    assert spec.runs[-1].group == 'solo' and spec.runs[-1].variant == ''
    assert spec.missing_configs() == {}


def test_config_name():
    assert config_name('configs/posec3d/demo.py') == 'posec3d_demo'


def test_missing_configs_are_listed_together(tmp_path):
    spec = _spec(tmp_path, grid=dict(
        configs=['configs/nope/one.py', 'configs/nope/two.py'],
        variants=['s', dict(name='p', config='{dir}/{stem}_p.py')]))
    assert sorted(spec.missing_configs()) == [
        'configs/nope/one.py', 'configs/nope/one_p.py',
        'configs/nope/two.py', 'configs/nope/two_p.py']
    with pytest.raises(MissingFileError) as err:
        spec.check_configs()
    msg = str(err.value)
    assert '4 config file(s)' in msg
    assert 'configs/nope/two_p.py (runs nope_two_p_seed0)' in msg


def test_only_selects_by_glob(tmp_path):
    x = str(tmp_path / 'configs/a/x.py')
    spec = _spec(tmp_path, seeds=[0, 1],
                 grid=dict(configs=[x], variants=['base', 'lr']))
    assert [r.run_id for r in spec.select(['a_x_lr'])] == [
        'a_x_lr_seed0', 'a_x_lr_seed1']
    assert [r.run_id for r in spec.select(['*_seed1'])] == [
        'a_x_base_seed1', 'a_x_lr_seed1']
    with pytest.raises(HarError, match='matches no run.*a_x_base, a_x_lr'):
        spec.select(['nothing'])


@pytest.mark.parametrize('data, message', [
    (dict(seeds=[0]), 'lists no runs'),
    (dict(grid=dict(configs=['c.py']), epochs=3),
     r"unknown key\(s\) epochs; expected some of description"),
    (dict(runs=[dict(config='c.py')]),
     r"runs\[0\]: missing required key 'name'"),
    (dict(runs=[dict(name='a', config='c.yaml')]),
     r"runs\[0\].config: expected a config file path ending in .py"),
    (dict(runs=[dict(name='a b', config='c.py')]), r"runs\[0\]: name 'a b'"),
    (dict(seeds='0,1', runs=[dict(name='a', config='c.py')]),
     r'spec.seeds: expected a non-negative integer or a list'),
    (dict(grid=dict(configs=['c.py'], seeds=[1, 1])),
     r'grid\[0\].seeds: expected'),
    (dict(grid=dict(configs=[])), r'grid\[0\].configs: expected a non-empty'),
    (dict(grid=dict(configs=['c.py'], variants=['v', 'v'])),
     r"grid\[0\].variants\[1\]: variant name 'v' already used by "
     r'grid\[0\].variants\[0\]'),
    (dict(grid=dict(configs=['c.py'], variants=[dict(name='v', cfg_options={
        'param_scheduler': [dict(T_max=2)]})])),
     r'grid\[0\].variants\[0\].cfg_options: param_scheduler = .* set list '
     'items by index'),
    (dict(runs=[dict(name='a', config='c.py',
                     cfg_options={'work_dir': 'a b'})]),
     r"runs\[0\].cfg_options: work_dir = 'a b' does not survive"),
    (dict(runs=[dict(name='a', config='c.py', checkpoint=3)]),
     r'runs\[0\].checkpoint: expected a checkpoint path'),
    (dict(runs=[dict(name='a', config='c.py', variant='x y')]),
     r"runs\[0\].variant: name 'x y'"),
    (dict(runs=[dict(name='a', config='c.py', cfg_options={'x': {}})]),
     r'runs\[0\].cfg_options: x is an empty mapping'),
    (dict(grid=dict(configs=['c.py'], variants=[
        dict(name='v', config='{family}/c.py')])),
     r'grid\[0\].variants\[v\].config: .* only use the fields'),
    (dict(grid=dict(configs=['c.py']), runs=[dict(name='_c', config='c.py')]),
     r"name '_c' must start"),
    (dict(grid=dict(configs=[dict(config='c.py', name='same')]),
          runs=[dict(name='same', config='d.py')]),
     r'run same_seed0 is defined twice \(grid\[0\] and runs\[0\]\)'),
])
def test_bad_spec_errors_name_the_entry(data, message):
    with pytest.raises(HarError, match=message):
        parse_spec(data, 'spec.yaml')


def test_load_spec_reports_yaml_line_and_missing_file(tmp_path):
    with pytest.raises(MissingFileError, match='experiment spec not found'):
        load_spec(str(tmp_path / 'none.yaml'))
    bad = tmp_path / 'bad.yaml'
    bad.write_text('runs:\n  - name: a\n    config: [c.py\n')
    with pytest.raises(HarError, match=r'bad.yaml line \d+: not valid YAML'):
        load_spec(str(bad))
    empty = tmp_path / 'empty.yaml'
    empty.write_text('# nothing\n')
    with pytest.raises(HarError, match='the spec is empty'):
        load_spec(str(empty))
    good = tmp_path / 'good.yaml'
    good.write_text('runs:\n  - {name: a, config: c.py}\n')
    spec = load_spec(str(good))
    assert spec.name == 'good' and spec.runs[0].run_id == 'a_seed0'
