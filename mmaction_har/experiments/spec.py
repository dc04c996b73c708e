"""Experiment specs: a YAML file -> the list of runs it stands for.

A spec lists runs explicitly (``runs``) and/or as grids (``grid``) of
configs x variants; every run is repeated for each seed::

    description: PoseC3D on the demo corpus, lr variants   # optional
    seeds: [0]                     # default seeds (int or list)
    cfg_options:                   # applied to every run
      train_cfg.max_epochs: 2
    grid:                          # one mapping or a list of them
      configs:                     # paths, or {config, name, cfg_options}
        - configs/posec3d/demo.py
      variants:                    # optional; {name, cfg_options, config,
        - name: base               #            seeds}
          seeds: [0, 1, 2]
        - name: lr0.01
          cfg_options: {optim_wrapper.optimizer.lr: 0.01}
        - name: k400
          config: '{dir}/{stem}_k400-pretrained.py'  # another config file
      seeds: [0, 1]                # overrides the spec's seeds
    runs:
      - name: slowonly             # required
        config: configs/slowonly/demo.py
        cfg_options: {train_cfg.max_epochs: 1}
        seeds: [0]
        group: slowonly_demo       # optional labels for the figure's
        variant: 1epoch            # groups and bars (default: name, '')
      - name: slowonly_on_other_data
        config: configs/slowonly/demo_other.py
        checkpoint: '{checkpoint:slowonly}'   # test only, no training

A grid run is named ``{config name}_{variant}`` (config name: the ``name``
given, else ``{folder}_{stem}`` of the config file, e.g. ``posec3d_demo``);
each seed makes one run ``{name}_seed{S}``, whose work dir is
``WORK_ROOT/{spec stem}/{name}_seed{S}``. Options override each other from
the spec level down to the variant (or the run entry). Relative config paths
are relative to the working directory (run the tool from the repo root).
A string option or a ``checkpoint`` may name the tested checkpoint of an
earlier run as ``{checkpoint:NAME}`` (see :mod:`.depends`).
"""
import dataclasses
import fnmatch
import os.path as osp
import re

import yaml

from ..errors import HarError, MissingFileError
from . import cfg_options as opts
from .depends import check_references

_NAME_RE = re.compile(r'^[A-Za-z0-9][A-Za-z0-9._+=-]*$')
_TOP_KEYS = ('description', 'seeds', 'cfg_options', 'runs', 'grid')
_RUN_KEYS = ('name', 'config', 'cfg_options', 'seeds', 'group', 'variant',
             'checkpoint')
_GRID_KEYS = ('configs', 'variants', 'seeds', 'cfg_options')
_CONFIG_KEYS = ('config', 'name', 'cfg_options')
_VARIANT_KEYS = ('name', 'config', 'cfg_options', 'seeds')


@dataclasses.dataclass(frozen=True)
class Run:
    """One training + test run of a spec.

    Attributes:
        name (str): Run name without the seed; runs differing only in seed
            share it and are averaged in the tables.
        config (str): Config file path.
        cfg_options (dict): Dotted key -> value, given to ``--cfg-options``.
        seed (int): Value of ``--seed``.
        group (str): Bar group in the figure (the config name of a grid run,
            the run name of a ``runs`` entry).
        variant (str): Variant name within the group ('' for none).
        where (str): Spec location, for messages (``grid[0]``, ``runs[2]``).
        checkpoint (str | None): Test this checkpoint (a path or
            ``{checkpoint:NAME}``) instead of training.
    """
    name: str
    config: str
    cfg_options: dict
    seed: int
    group: str
    variant: str = ''
    where: str = ''
    checkpoint: str = None

    @property
    def run_id(self):
        return f'{self.name}_seed{self.seed}'

    def entry(self):
        """What decides whether an earlier result of this run still holds."""
        entry = dict(config=self.config, cfg_options=self.cfg_options,
                     seed=self.seed)
        if self.checkpoint:
            entry['checkpoint'] = self.checkpoint
        return entry


@dataclasses.dataclass
class Spec:
    """A parsed spec: its file, name (file stem), description, runs and the
    options its top level gives every run."""
    path: str
    name: str
    description: str
    runs: list
    cfg_options: dict = dataclasses.field(default_factory=dict)

    def missing_configs(self):
        """``{config path: [run ids]}`` for config files that do not exist."""
        missing = {}
        for run in self.runs:
            if not osp.isfile(run.config):
                missing.setdefault(run.config, []).append(run.run_id)
        return missing

    def check_configs(self):
        """Raise one error listing every missing config file."""
        missing = self.missing_configs()
        if missing:
            lines = '; '.join(f'{path} (runs {", ".join(ids)})'
                              for path, ids in sorted(missing.items()))
            raise MissingFileError(
                f'{len(missing)} config file(s) of spec {self.path}',
                lines)

    def select(self, patterns):
        """Runs whose name or run id matches one of the glob patterns."""
        if not patterns:
            return list(self.runs)
        chosen = [r for r in self.runs
                  if any(fnmatch.fnmatchcase(r.run_id, p)
                         or fnmatch.fnmatchcase(r.name, p)
                         for p in patterns)]
        if not chosen:
            names = sorted({r.name for r in self.runs})
            raise HarError(f'--only {" ".join(patterns)} matches no run of '
                           f'{self.path}; its runs: {", ".join(names)}')
        return chosen


def _check_keys(mapping, allowed, where, required=()):
    if not isinstance(mapping, dict):
        raise HarError(f'{where}: expected a mapping with keys '
                       f'{", ".join(allowed)}, got {mapping!r}')
    unknown = [k for k in mapping if k not in allowed]
    if unknown:
        names = ', '.join(map(str, unknown))
        raise HarError(f'{where}: unknown key(s) {names}; expected some of '
                       f'{", ".join(allowed)}')
    for key in required:
        if mapping.get(key) in (None, ''):
            raise HarError(f'{where}: missing required key {key!r}')


def _check_name(name, where):
    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise HarError(f'{where}: name {name!r} must start with a letter or '
                       'digit and hold only letters, digits and ._+=-')
    return name


def _check_path(path, where):
    if not isinstance(path, str) or not path.endswith('.py'):
        raise HarError(f'{where}: expected a config file path ending in .py, '
                       f'got {path!r}')
    return path


def _seeds(value, where, default):
    if value is None:
        return default
    if isinstance(value, int) and not isinstance(value, bool):
        value = [value]
    if (not isinstance(value, list) or not value
            or not all(isinstance(s, int) and not isinstance(s, bool)
                       and s >= 0 for s in value)
            or len(set(value)) != len(value)):
        raise HarError(f'{where}.seeds: expected a non-negative integer or '
                       f'a list of distinct ones, e.g. [0, 1], got {value!r}')
    return value


def config_name(path):
    """Default name of a config: ``{folder}_{stem}``, e.g. ``posec3d_demo``."""
    stem = osp.splitext(osp.basename(path))[0]
    folder = osp.basename(osp.dirname(osp.abspath(path)))
    return re.sub(r'[^A-Za-z0-9._+=-]', '-', f'{folder}_{stem}')


def _merge(*layers):
    merged = {}
    for layer in layers:
        merged.update(layer)
    return merged


def _expand_runs(entries, seeds, common):
    if not isinstance(entries, list):
        raise HarError(f'runs: expected a list of mappings with keys '
                       f'{", ".join(_RUN_KEYS)}, got {entries!r}')
    for i, entry in enumerate(entries):
        where = f'runs[{i}]'
        _check_keys(entry, _RUN_KEYS, where, required=('name', 'config'))
        name = _check_name(entry['name'], where)
        config = _check_path(entry['config'], f'{where}.config')
        options = _merge(common, opts.normalize(entry.get('cfg_options'),
                                                f'{where}.cfg_options'))
        group = _check_name(entry.get('group') or name, f'{where}.group')
        variant = entry.get('variant') or ''
        if variant:
            _check_name(variant, f'{where}.variant')
        checkpoint = entry.get('checkpoint')
        if checkpoint is not None and (not isinstance(checkpoint, str)
                                       or not checkpoint):
            raise HarError(f'{where}.checkpoint: expected a checkpoint path '
                           f"or '{{checkpoint:RUN_NAME}}', got {checkpoint!r}")
        for seed in _seeds(entry.get('seeds'), where, seeds):
            yield Run(name, config, options, seed, group=group,
                      variant=variant, where=where, checkpoint=checkpoint)


def _grid_configs(grid, where):
    configs = grid['configs']
    if not isinstance(configs, list) or not configs:
        raise HarError(f'{where}.configs: expected a non-empty list of config '
                       f'paths or {{config, name, cfg_options}} mappings')
    for j, item in enumerate(configs):
        at = f'{where}.configs[{j}]'
        if isinstance(item, str):
            item = dict(config=item)
        _check_keys(item, _CONFIG_KEYS, at, required=('config', ))
        path = _check_path(item['config'], f'{at}.config')
        name = _check_name(item.get('name') or config_name(path), at)
        yield path, name, opts.normalize(item.get('cfg_options'),
                                         f'{at}.cfg_options')


def _grid_variants(grid, where, seeds):
    variants = grid.get('variants')
    if variants is None:
        return [('', None, {}, seeds)]
    if not isinstance(variants, list) or not variants:
        raise HarError(f'{where}.variants: expected a non-empty list of '
                       '{name, cfg_options, config, seeds} mappings')
    out, seen = [], {}
    for k, item in enumerate(variants):
        at = f'{where}.variants[{k}]'
        if isinstance(item, str):
            item = dict(name=item)
        _check_keys(item, _VARIANT_KEYS, at, required=('name', ))
        name = _check_name(item['name'], at)
        if name in seen:
            raise HarError(f'{at}: variant name {name!r} already used by '
                           f'{seen[name]}')
        seen[name] = at
        template = item.get('config')
        if template is not None and not isinstance(template, str):
            raise HarError(f'{at}.config: expected a path template such as '
                           f"'{{dir}}/{{stem}}_k400-pretrained.py'")
        out.append((name, template,
                    opts.normalize(item.get('cfg_options'),
                                   f'{at}.cfg_options'),
                    _seeds(item.get('seeds'), at, seeds)))
    return out


def _variant_config(template, path, where):
    if template is None:
        return path
    fields = dict(dir=osp.dirname(path),
                  stem=osp.splitext(osp.basename(path))[0])
    try:
        return _check_path(template.format(**fields), f'{where}.config')
    except (KeyError, IndexError, ValueError) as err:
        raise HarError(f'{where}.config: {template!r} may only use the '
                       f'fields {{dir}} and {{stem}} ({err})') from err


def _expand_grids(grids, seeds, common):
    if isinstance(grids, dict):
        grids = [grids]
    if not isinstance(grids, list) or not grids:
        raise HarError('grid: expected a mapping (configs, variants, seeds, '
                       'cfg_options) or a list of them')
    for i, grid in enumerate(grids):
        where = f'grid[{i}]'
        _check_keys(grid, _GRID_KEYS, where, required=('configs', ))
        grid_seeds = _seeds(grid.get('seeds'), where, seeds)
        grid_opts = opts.normalize(grid.get('cfg_options'),
                                   f'{where}.cfg_options')
        variants = _grid_variants(grid, where, grid_seeds)
        for path, cname, copts in _grid_configs(grid, where):
            for vname, template, vopts, vseeds in variants:
                at = f'{where}.variants[{vname}]' if vname else where
                config = _variant_config(template, path, at)
                name = f'{cname}_{vname}' if vname else cname
                options = _merge(common, grid_opts, copts, vopts)
                for seed in vseeds:
                    yield Run(name, config, options, seed, group=cname,
                              variant=vname, where=where)


def parse_spec(data, path='<spec>'):
    """Validate a loaded spec mapping and expand it into runs.

    Raises:
        HarError: naming the spec key or entry that is wrong, what was
            expected, and (for duplicate runs) both entries.
    """
    if not isinstance(data, dict):
        raise HarError(f'{path}: expected a mapping with keys '
                       f'{", ".join(_TOP_KEYS)}, got {type(data).__name__}')
    _check_keys(data, _TOP_KEYS, path)
    if not data.get('runs') and not data.get('grid'):
        raise HarError(f'{path}: lists no runs; add a "runs" list or a '
                       '"grid" of configs x variants')
    description = data.get('description') or ''
    if not isinstance(description, str):
        raise HarError(f'{path}: description must be a string')
    seeds = _seeds(data.get('seeds'), 'spec', [0])
    common = opts.normalize(data.get('cfg_options'), 'cfg_options')
    runs = []
    if data.get('grid'):
        runs += _expand_grids(data['grid'], seeds, common)
    if data.get('runs'):
        runs += _expand_runs(data['runs'], seeds, common)
    seen = {}
    for run in runs:
        if run.run_id in seen:
            raise HarError(f'{path}: run {run.run_id} is defined twice '
                           f'({seen[run.run_id]} and {run.where}); give the '
                           'configs or variants distinct names')
        seen[run.run_id] = run.where
    check_references(runs)
    name = osp.splitext(osp.basename(path))[0]
    return Spec(path=path, name=name, description=description, runs=runs,
                cfg_options=common)


def load_spec(path):
    """Read and expand a YAML spec file."""
    if not osp.isfile(path):
        raise MissingFileError('experiment spec', path)
    with open(path) as f:
        try:
            data = yaml.safe_load(f)
        except yaml.YAMLError as err:
            mark = getattr(err, 'problem_mark', None)
            at = f' line {mark.line + 1}' if mark else ''
            problem = getattr(err, 'problem', None) or err
            raise HarError(f'{path}{at}: not valid YAML: {problem}') from err
    if data is None:
        raise HarError(f'{path}: the spec is empty')
    return parse_spec(data, path)
