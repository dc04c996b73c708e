"""Child dataset RGB lists: videos matched to skeleton clips by name."""
import pytest

from mmaction_har.errors import MissingFileError
from mmaction_har.importers.child.videos import match_videos


def test_match_videos(tmp_path):
    for rel in ('c01/box/clip1.MP4', 'c01/box/clip2.avi', 'c02/run/x.mp4',
                'c02/run/clip9.txt'):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b'x')
    found, missing = match_videos(
        ['c01/box/clip1', 'c01/box/clip2', 'c02/run/clip9'], str(tmp_path))
    assert found == {'c01/box/clip1': 'c01/box/clip1.MP4',
                     'c01/box/clip2': 'c01/box/clip2.avi'}
    assert missing == ['c02/run/clip9']  # a .txt is not a video


def test_missing_root(tmp_path):
    with pytest.raises(MissingFileError, match='child video folder not '
                       'found'):
        match_videos(['a/b/c'], str(tmp_path / 'nope'))
