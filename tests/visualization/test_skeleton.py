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


def test_limbs_follow_the_declared_layout():
    """NTU's 25 Kinect joints are not OpenPose BODY_25."""
    from mmaction_har.pose.keypoints import NTU25
    from mmaction_har.visualization.render import limbs
    ntu = limbs('nturgb+d')
    assert len(ntu) == 24  # a tree over 25 joints
    named = {(NTU25[i], NTU25[j]) for i, j in ntu}
    assert ('head', 'neck') in named
    assert ('left_thumb', 'left_hand') in named
    assert ntu != limbs(25) and limbs(25) == limbs('body25')


def test_entry_layout():
    from mmaction_har.errors import HarError
    from mmaction_har.visualization.skeleton import entry_layout
    assert entry_layout({'keypoint_layout': 'nturgb+d'}, 25) == 'nturgb+d'
    assert entry_layout({}, 25) is None  # BODY_25 or Kinect: undeclared
    assert entry_layout({}, 17) == 'coco17'
    assert entry_layout({'keypoint_layout': 'body24'}, 24) == 'body24'
    with pytest.raises(HarError, match="'coco17' does not fit 25 joints"):
        entry_layout({'keypoint_layout': 'coco17'}, 25)


def test_ntu_skeleton_drawn_as_kinect(tmp_path, capsys):
    """An NTU pkl as prepare_ntu writes it: limbs along the Kinect bones."""
    import pickle
    from mmaction_har.pose.keypoints import NTU25
    from mmaction_har.visualization.render import draw_skeleton
    rng = np.random.RandomState(0)
    kp = rng.uniform(20, 100, (1, 3, 25, 2)).astype(np.float32)
    entry = dict(frame_dir='S001C001P001R001A001', label=0, keypoint=kp,
                 keypoint_score=np.ones((1, 3, 25), np.float32),
                 img_shape=(120, 120), total_frames=3)
    path = tmp_path / 'ntu.pkl'
    with open(path, 'wb') as f:
        pickle.dump(dict(annotations=[entry], keypoint_layout='nturgb+d'), f)
    out = tmp_path / 'ntu.mp4'
    assert main([str(path), '--out', str(out), '--no-heatmaps',
                 '--size', '120']) == 0
    assert 'note:' not in capsys.readouterr().out
    # the Kinect drawing differs from the BODY_25 one of the same points
    img = np.zeros((120, 120, 3), np.uint8)
    kinect = draw_skeleton(img.copy(), kp[:, 0], layout='nturgb+d')
    body25 = draw_skeleton(img.copy(), kp[:, 0], layout='body25')
    assert not np.array_equal(kinect, body25)
    head, neck = (NTU25.index(n) for n in ('head', 'neck'))
    mid = np.round((kp[0, 0, head] + kp[0, 0, neck]) / 2).astype(int)
    assert kinect[mid[1], mid[0]].any()  # the head-neck bone is drawn
    # Undeclared 25 joints: points only, said in one line.
    with open(path, 'wb') as f:
        pickle.dump(dict(annotations=[entry]), f)
    assert main([str(path), '--out', str(out), '--no-heatmaps']) == 0
    assert 'note: 25 joints and no keypoint_layout' in capsys.readouterr().out
