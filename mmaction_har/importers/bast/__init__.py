"""BAST importer: recordings + ELAN ``.eaf`` files -> clips and lists.

Modules, in pipeline order: :mod:`.layout` (find the raw files),
:mod:`.eaf` (parse ELAN), :mod:`.mapping` (the data-driven label mapping
file), :mod:`.segments` (labelled time ranges), :mod:`.windows` (clip
windows), :mod:`.split` (recording split), :mod:`.domains` (avatar /
kinesphere time ranges), :mod:`.cutting` (frame-exact clips),
:mod:`.outputs` (lists, validation, summary) and :mod:`.prepare` (all of
it). Entry point: :func:`prepare_bast` (``tools/data/prepare_bast.py``).
"""
from .eaf import Annotation, EafDocument, parse_eaf
from .mapping import LabelMapping, load_mapping, normalize
from .prepare import DEFAULT_MAPPING, prepare_bast
from .split import split_recordings
from .windows import WindowSpec, clip_windows

__all__ = ['Annotation', 'DEFAULT_MAPPING', 'EafDocument', 'LabelMapping',
           'WindowSpec', 'clip_windows', 'load_mapping', 'normalize',
           'parse_eaf', 'prepare_bast', 'split_recordings']
