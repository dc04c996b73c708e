"""``tools/visualizations/vis_skeleton.py``: pose entries and heatmaps."""
import decord
import numpy as np
import pytest

from mmaction_har.cli.visualizations.vis_skeleton import main
from mmaction_har.visualization.sample import find_pose_entry, load_pose_file
from mmaction_har.visualization.skeleton import heatmap_volume, render_entry


@pytest.fixture(scope='module')
def entry(tiny_corpus):
    anns, _ = load_pose_file(str(tiny_corpus / 'pose.pkl'))
    return find_pose_entry(anns, 'handwaving_s01_c0')


def test_heatmap_volume(entry):
    volume = heatmap_volume(entry)
    assert volume.shape == (16, 17, 56, 56)
    assert 0 < volume.max() <= 1
    # Every visible keypoint has its own peak: channels differ.
    assert not np.allclose(volume[0, 9], volume[0, 10])


def test_render_entry_draws_the_figure(entry):
    video = render_entry(entry, short_side=64)
    assert video.shape[0] == 16 and video.shape[2] == 64
    # The corpus is 64x64, shown at 64: the frame sits under the caption.
    body = video[:, -64:]
    x, y = np.round(entry['keypoint'][0, 0, 5]).astype(int)  # l. shoulder
    assert body[0, max(y - 2, 0):y + 3, max(x - 2, 0):x + 3].max() > 0
    far = np.ones((64, 64), bool)
    kp = entry['keypoint'][0, 0]
    lo, hi = np.floor(kp.min(0)).astype(int) - 4, np.ceil(kp.max(0)) + 4
    far[max(lo[1], 0):int(hi[1]), max(lo[0], 0):int(hi[0])] = False
    assert body[0][far].max() == 0  # nothing drawn away from the figure


def test_tool_with_video(tiny_corpus, tmp_path, capsys):
    out = str(tmp_path / 'skel.mp4')
    video = str(tiny_corpus / 'videos' / 'handwaving_s01_c0.mp4')
    assert main([str(tiny_corpus / 'pose.pkl'), '--sample',
                 'handwaving_s01_c0', '--video', video, '--out', out,
                 '--size', '64']) == 0
    reader = decord.VideoReader(out)
    assert len(reader) == 16 and reader[0].shape[1] == 64 + 4 + 64
    assert (tmp_path / 'skel.png').is_file()
    assert 'wrote' in capsys.readouterr().out


def test_tool_rejects_wrong_video_size(tiny_corpus, shared_data, tmp_path):
    from mmaction_har.errors import HarError
    with pytest.raises(HarError, match='img_shape'):
        main([str(tiny_corpus / 'pose.pkl'), '--video',
              f'{shared_data}/videos/arm_wrestling.mp4', '--out',
              str(tmp_path / 'x.mp4')])
