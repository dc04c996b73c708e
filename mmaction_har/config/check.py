"""Catch config typos before anything is built: keys and registry types.

* ``--cfg-options train_cfg.max_epoch=5`` does not fail in mmengine: it
  adds a key nobody reads and the run trains for the config's epochs.
  :func:`check_cfg_options` refuses a key that does not exist where an
  existing key is this close (``did you mean train_cfg.max_epochs?``).
  The neighbours are the dict's keys, the named arguments of the class
  its ``type`` names (and of its bases), and the Runner's arguments at the
  top level. Genuinely new keys stay allowed: arguments the config leaves
  at their defaults (``model.backbone.pretrained2d`` next to
  ``pretrained``) and keys with no close neighbour (``load_from``).
* A ``type`` that no registry knows fails deep inside the Runner with
  ``KeyError: 'X is not in the mmaction::model registry'``, or only when
  the test loop builds its dataset. :func:`check_types` looks every
  ``type`` string of the config up in MMAction2's registries (and their
  mmengine/mmcv parents) and names the closest registered types of the
  registry its place in the config implies.
"""
import difflib
import inspect

from ..errors import ConfigError

#: How close (difflib ratio) a name must be to count as a typo of another.
CUTOFF = 0.8


def _registered_class(node):
    """The class a dict's ``type`` names, if it is registered anywhere."""
    kind = node.get('type') if isinstance(node, dict) else None
    if isinstance(kind, type):
        return kind
    if not isinstance(kind, str):
        return None
    for registry in _registries().values():
        found = _lookup(registry, kind)
        if found is not None:
            return found
    return None


def _lookup(registry, name):
    """``registry.get(name)``; ``None`` also when the registry's lazy
    ``locations`` cannot be imported (mmaction2 1.2.0's ``FUNCTION``)."""
    try:
        return registry.get(name)
    except Exception:  # noqa: BLE001 (an upstream import error is no answer)
        return None


def _arguments(cls):
    """Named ``__init__`` arguments of ``cls`` and its bases."""
    names = set()
    for klass in getattr(cls, '__mro__', (cls, )):
        init = klass.__dict__.get('__init__')
        if init is None:
            continue
        try:
            params = inspect.signature(init).parameters.values()
        except (TypeError, ValueError):
            continue
        names.update(p.name for p in params
                     if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL))
    names.discard('self')
    return names


def _as_dict(cfg):
    return cfg.to_dict() if hasattr(cfg, 'to_dict') else cfg


def _runner_arguments():
    from mmengine.runner import Runner
    return set(inspect.signature(Runner.__init__).parameters)


def check_cfg_options(cfg, options):
    """Refuse option keys that look like typos of existing keys.

    Args:
        cfg (Config): The config before the options are merged.
        options (dict): ``--cfg-options`` (dotted key -> value).

    Raises:
        ConfigError: ``--cfg-options KEY: ... did you mean `NEAR`?``.
    """
    tree = _as_dict(cfg)
    for key in options or {}:
        node, path = tree, []
        for part in key.split('.'):
            if isinstance(node, (list, tuple)) and part.isdigit():
                if int(part) >= len(node):
                    break
                node, path = node[int(part)], path + [part]
                continue
            if not isinstance(node, dict) or part in node:
                if not isinstance(node, dict):
                    break
                node, path = node[part], path + [part]
                continue
            _check_new_key(key, node, path, part)
            break


def _check_new_key(key, node, path, part):
    names = {k for k in node.keys() if isinstance(k, str)}
    if not path:
        names |= _runner_arguments()
    cls = _registered_class(node)
    if cls is not None:
        names |= _arguments(cls)
    if part in names:
        return  # an argument the config leaves at its default
    close = difflib.get_close_matches(part, sorted(names), n=3,
                                      cutoff=CUTOFF)
    if not close:
        return
    prefix = '.'.join(path + [''])
    guesses = ' or '.join(f'`{prefix}{c}`' for c in close)
    raise ConfigError(f'--cfg-options {key}: the config has no '
                      f'{prefix}{part}; did you mean {guesses}? (a key with '
                      'no near namesake is added as given)')


def _registries():
    import mmaction.registry as reg
    return {name: getattr(reg, name) for name in dir(reg)
            if name.isupper() and not name.startswith('MMENGINE_')}


#: Registry implied by the first config key, and by nested keys.
_TOP = {'model': 'MODELS', 'optim_wrapper': 'OPTIM_WRAPPERS',
        'param_scheduler': 'PARAM_SCHEDULERS', 'default_hooks': 'HOOKS',
        'custom_hooks': 'HOOKS', 'val_evaluator': 'METRICS',
        'test_evaluator': 'METRICS', 'visualizer': 'VISUALIZERS',
        'log_processor': 'LOG_PROCESSORS', 'train_cfg': 'LOOPS',
        'val_cfg': 'LOOPS', 'test_cfg': 'LOOPS'}
_NESTED = {'dataset': 'DATASETS', 'datasets': 'DATASETS',
           'pipeline': 'TRANSFORMS', 'transforms': 'TRANSFORMS',
           'sampler': 'DATA_SAMPLERS', 'optimizer': 'OPTIMIZERS',
           'vis_backends': 'VISBACKENDS', 'init_cfg': 'WEIGHT_INITIALIZERS'}


#: Dicts whose ``type`` is not a registry name: MMAction2's SlowFast
#: backbone looks its pathways up in its own table ('resnet3d'), the TSN and
#: TSM heads their consensus ('AvgConsensus'); ``Imgaug`` hands its
#: ``transforms`` to imgaug. Scoped names (``torchvision.resnet50``,
#: ``timm.*``, ``mmpretrain.*``) are resolved by the recognizer or another
#: package and left to the build.
_OWN_TABLES = ('slow_pathway', 'fast_pathway', 'consensus')
_FOREIGN_CHILDREN = ('Imgaug', )


def _walk(node, path, implied):
    """Yield ``(dotted path, type name, implied registry)``."""
    if isinstance(node, dict):
        kind = node.get('type')
        if isinstance(kind, str) and '.' not in kind and not (
                path and path[-1] in _OWN_TABLES):
            yield '.'.join(path + ['type']), kind, implied
        if kind in _FOREIGN_CHILDREN:
            return
        for key, value in node.items():
            if key == 'type' or not isinstance(key, str):
                continue
            sub = _NESTED.get(key, implied)
            if not path:  # a dataloader's own keys imply no registry
                sub = 'DATA_LOADERS' if key.endswith('_dataloader') else \
                    _TOP.get(key)
            elif implied == 'DATA_LOADERS':
                sub = _NESTED.get(key)
            yield from _walk(value, path + [key], sub)
    elif isinstance(node, (list, tuple)):
        for i, item in enumerate(node):
            yield from _walk(item, path + [str(i)], implied)


def _names(registry):
    """Every name ``registry`` resolves: its own, its parents', siblings'."""
    names = set()
    current = registry
    while current is not None:
        names.update(current.module_dict)
        current = current.parent
    return names


def check_types(cfg):
    """Raise :class:`ConfigError` for a ``type`` no registry knows.

    Only string types are checked (class objects are already resolved);
    ``custom_imports`` have been imported by ``Config.fromfile``.
    """
    registries = _registries()
    for where, kind, implied in _walk(_as_dict(cfg), [], None):
        if any(_lookup(r, kind) is not None for r in registries.values()):
            continue
        pool = [registries[implied]] if implied in registries else \
            list(registries.values())
        names = set().union(*(_names(r) for r in pool))
        close = difflib.get_close_matches(kind, sorted(names), n=3,
                                          cutoff=0.6)
        what = f' of {implied.lower()}' if implied in registries else ''
        hint = ('; did you mean ' + ' or '.join(f'`{c}`' for c in close) +
                '?') if close else ' (check the spelling and custom_imports)'
        raise ConfigError(f'{where} = {kind!r}: no registered type{what} '
                          f'has this name{hint}')
