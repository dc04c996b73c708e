"""HTML pages from the package's Jinja2 templates.

A package that writes HTML keeps its templates in a ``templates/`` folder
beside its modules (shipped as package data, see ``setup.py``): the
markup lives there, the Python side only gathers the values. Autoescape is
on, so every value is HTML-escaped unless a template says otherwise.
"""
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined


@lru_cache(maxsize=None)
def _environment(package):
    return Environment(loader=PackageLoader(package, 'templates'),
                       autoescape=True, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True,
                       keep_trailing_newline=True)


def render_template(package, name, **context):
    """Render ``templates/<name>`` of ``package`` with ``context``.

    Args:
        package (str): Dotted package name, e.g. ``__package__``.
        name (str): Template file name inside its ``templates/``.
        **context: The template's variables (a missing one is an error).

    Returns:
        str: The page.
    """
    return _environment(package).get_template(name).render(**context)
