"""``--cfg-options`` as a spec writes them (YAML) and as the tools read them.

A spec may write options nested (``model: {cls_head: {num_classes: 5}}``) or
dotted (``model.cls_head.num_classes: 5``); both flatten to dotted keys. Each
value is rendered as the ``key=value`` text mmengine's ``DictAction`` parses,
and parsed back at once: a value the command line cannot carry unchanged (a
string with spaces or commas, a list of dicts) is a spec error, not a silent
change of the experiment.
"""
from mmengine.config import DictAction

from ..errors import HarError

_SCALARS = (bool, int, float, str, type(None))


def flatten(options, where, prefix=''):
    """Nested mapping -> ``{'a.b.c': value}``.

    Args:
        options (dict | None): Options as written in the spec.
        where (str): Spec location for error messages, e.g.
            ``grid[0].variants[1].cfg_options``.
        prefix (str): Dotted key of ``options`` itself.

    Raises:
        HarError: A key is not a non-empty string or a nested mapping is
            empty.
    """
    if options is None:
        return {}
    if not isinstance(options, dict):
        raise HarError(f'{where}: expected a mapping of config keys to '
                       f'values, got {type(options).__name__} {options!r}')
    flat = {}
    for key, value in options.items():
        if not isinstance(key, str) or not key or key.startswith('.') \
                or key.endswith('.'):
            raise HarError(f'{where}: key {key!r} is not a dotted config key '
                           '(e.g. train_cfg.max_epochs)')
        full = f'{prefix}.{key}' if prefix else key
        if isinstance(value, dict):
            if not value:
                raise HarError(f'{where}: {full} is an empty mapping')
            flat.update(flatten(value, where, full))
        else:
            flat[full] = value
    return flat


def render(value):
    """The command-line text of a value, in ``DictAction``'s syntax."""
    if isinstance(value, (list, tuple)):
        inner = ','.join(render(v) for v in value)
        return f'({inner})' if isinstance(value, tuple) else f'[{inner}]'
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _same(a, b):
    """Equality that also compares types (``1 == True`` is not enough)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def _check_value(value, key, where):
    if isinstance(value, (list, tuple)):
        for item in value:
            _check_value(item, key, where)
    elif not isinstance(value, _SCALARS):
        raise HarError(
            f'{where}: {key} = {value!r} cannot be passed through '
            '--cfg-options (only numbers, booleans, null, strings and lists '
            'of them); set list items by index instead, e.g. '
            'param_scheduler.0.T_max: 2')


def normalize(options, where):
    """Flatten, check and round-trip options; YAML lists become lists.

    Returns:
        dict: Dotted key -> the exact value ``tools/train.py`` will see.
    """
    flat = flatten(options, where)
    out = {}
    for key, value in flat.items():
        _check_value(value, key, where)
        text = render(value)
        parsed = DictAction._parse_iterable(text)
        if not _same(parsed, value):
            raise HarError(
                f'{where}: {key} = {value!r} does not survive the command '
                f'line ({key}={text} is read back as {parsed!r}); strings '
                'must not contain spaces, commas or brackets or look like '
                'numbers/booleans')
        out[key] = value
    return out


def to_argv(options):
    """``['--cfg-options', 'k=v', ...]`` or ``[]`` when there are none."""
    if not options:
        return []
    return ['--cfg-options'] + [f'{k}={render(v)}'
                                for k, v in options.items()]


def describe(options):
    """Short human-readable form for tables: ``k=v k2=v2``."""
    return ' '.join(f'{k}={render(v)}' for k, v in options.items())
