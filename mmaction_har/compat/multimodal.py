"""``import mmaction.models`` next to transformers 5.

MMAction2 1.2.0 imports its VindLU (multimodal) models whenever
``transformers`` is installed (``mmaction.utils.dependency.WITH_MULTIMODAL``),
and their ``modeling_bert.py`` imports ``apply_chunking_to_forward`` from
``transformers.modeling_utils``, which transformers 5 no longer has: every
model import then fails (seen on a GPU image that ships transformers 5.17).
Where the installed transformers is 5 or newer we turn the flag off before
``mmaction.models`` is imported, so MMAction2 registers its own placeholders
for the three VindLU models (building one says what is missing) and every
other model imports as usual. Older transformers are left alone.
"""
from importlib import metadata


def _major(version):
    head = version.split('.', 1)[0]
    return int(head) if head.isdigit() else 0


def incompatible_transformers():
    """Whether the installed transformers lacks what VindLU imports."""
    try:
        return _major(metadata.version('transformers')) >= 5
    except metadata.PackageNotFoundError:
        return False


def install():
    if incompatible_transformers():
        from mmaction.utils import dependency
        dependency.WITH_MULTIMODAL = False
