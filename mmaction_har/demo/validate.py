"""Argument checks that raise ValueError naming the argument."""
import numbers


def check_int(name, value, low, high=None):
    """Return ``value`` if it is an int in [low, high]; else ValueError."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueError(f'{name} must be an integer, got {value!r}')
    if value < low or (high is not None and value > high):
        bound = f'>= {low}' if high is None else f'in [{low}, {high}]'
        raise ValueError(f'{name} must be {bound}, got {value}')
    return int(value)


def check_number(name, value, low, high):
    """Return ``value`` as float if it is a number in [low, high]."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f'{name} must be a number, got {value!r}')
    if not low <= value <= high:
        raise ValueError(f'{name} must be in [{low}, {high}], got {value}')
    return float(value)


def check_range(name, value, low, high):
    """Return ``(lo, hi)`` floats with low <= lo <= hi <= high."""
    try:
        lo, hi = (float(v) for v in value)
    except (TypeError, ValueError):
        raise ValueError(f'{name} must be a pair (lo, hi), got {value!r}')
    if not low <= lo <= hi <= high:
        raise ValueError(
            f'{name} must satisfy {low} <= lo <= hi <= {high}, got {value!r}')
    return lo, hi
