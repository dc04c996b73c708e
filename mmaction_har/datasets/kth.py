"""KTH subsequences as samples: a list format with frame ranges.

KTH's ``00sequences.txt`` cuts each recording into 3-4 subsequences (2391
in all); each is one sample. ``tools/data/prepare_kth.py`` writes lists with
one line per subsequence::

    boxing/person11_boxing_d1_uncomp.avi 1 106 3

i.e. ``path start end label``, the range 1-based and inclusive exactly as in
the sequences file. :class:`KTHSubsequenceDataset` reads it and
``SubsequenceRange`` (:mod:`mmaction_har.datasets.transforms.kth_subsequence`),
placed right after the video reader, restricts frame sampling to the range::

    pipeline = [
        dict(type='DecordInit'),
        dict(type='SubsequenceRange'),
        dict(type='SampleFrames', clip_len=16, frame_interval=2,
             num_clips=1),
        dict(type='DecordDecode'),
        ...]

How: ``DecordInit`` sets ``total_frames`` to the whole video's length;
``SampleFrames`` draws indices in ``[0, total_frames)`` (looping past the
end) and adds ``start_index``. ``SubsequenceRange`` sets
``total_frames`` to the range's length and adds the range's 0-based start to
``start_index``, so every sampled index lies in ``[start - 1, end - 1]``.
"""
import os.path as osp

from mmengine.fileio import list_from_file

from mmaction.datasets import VideoDataset
from mmaction.registry import DATASETS

from ..errors import HarError, MissingFileError
from .transforms.kth_subsequence import SubsequenceRange

__all__ = ['KTHSubsequenceDataset', 'SubsequenceRange']


@DATASETS.register_module()
class KTHSubsequenceDataset(VideoDataset):
    """A video list whose samples are frame ranges of videos.

    Each line is ``path start end label`` (1-based inclusive range). The
    data info of a sample has ``filename``, ``label`` and ``frame_range``
    (0-based inclusive ``(first, last)``). The pipeline must contain
    ``SubsequenceRange`` after its ``*Init`` transform.

    Args:
        Same as :class:`mmaction.datasets.VideoDataset` (``multi_class``
        and ``delimiter`` other than whitespace are not supported).
    """

    def __init__(self, ann_file, pipeline, **kwargs):
        super().__init__(ann_file, pipeline, **kwargs)
        names = [type(t).__name__ for t in self.pipeline.transforms]
        if any(n.endswith('Init') for n in names) and \
                'SubsequenceRange' not in names:
            raise HarError('KTHSubsequenceDataset: add '
                           "dict(type='SubsequenceRange') right after "
                           f'the video reader in the pipeline (got {names})')

    def load_data_list(self):
        if not osp.isfile(self.ann_file):
            raise MissingFileError('KTH subsequence list', self.ann_file)
        data_list = []
        try:
            lines = list_from_file(self.ann_file)
        except UnicodeDecodeError as err:
            raise HarError(f'{self.ann_file}: not a UTF-8 text list '
                           f'(byte {err.start}: {err.reason})') from None
        for lineno, line in enumerate(lines, 1):
            parts = line.split()
            if not parts:
                continue
            try:
                path, start, end, label = parts
                start, end, label = int(start), int(end), int(label)
                if not 1 <= start <= end:
                    raise ValueError
            except ValueError:
                raise HarError(f'{self.ann_file}:{lineno}: expected '
                               '"path start end label" with 1 <= start <= '
                               f'end, got {line!r}') from None
            if self.data_prefix['video'] is not None:
                path = osp.join(self.data_prefix['video'], path)
            data_list.append(dict(filename=path, label=label,
                                  frame_range=(start - 1, end - 1)))
        return data_list
