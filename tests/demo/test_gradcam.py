"""``write_demo_cams``: the Grad-CAM videos ``make demo`` writes."""
import decord

from mmaction_har.demo import CLASSES
from mmaction_har.demo.gradcam import write_demo_cams


def test_write_demo_cams(tiny_models, tiny_corpus, tmp_path):
    rgb_config, rgb_ckpt, _ = tiny_models('slowonly')
    pose_base, pose_ckpt, _ = tiny_models('pose')
    pose_config = tmp_path / 'pose_on_corpus.py'
    pose_config.write_text(
        f'_base_ = [{pose_base!r}]\n'
        f'test_dataloader = dict(dataset=dict('
        f'ann_file={str(tiny_corpus / "pose.pkl")!r}))\n')
    written = write_demo_cams(str(tmp_path / 'cams'),
                              rgb=(rgb_config, rgb_ckpt),
                              pose=(str(pose_config), pose_ckpt),
                              data_dir=str(tiny_corpus))
    # The first test clip of the corpus, under both models.
    rgb, pose = written['rgb'], written['pose']
    assert rgb['results'][0]['sample'] == pose['results'][0]['sample']
    assert rgb['results'][0]['label'] == pose['results'][0]['label']
    assert rgb['results'][0]['label_name'] in CLASSES  # from classes.txt
    assert len(decord.VideoReader(rgb['out'])) == 8
    reader = decord.VideoReader(pose['out'])
    assert len(reader) == 8 and reader[0].shape[1] == 224 + 4 + 224
    for summary in written.values():
        assert summary['sheet'].endswith('.png')
