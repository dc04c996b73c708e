"""``tools/visualizations/vis_cam.py``: videos, sheets, compare, batch."""
import json
import os.path as osp

import decord
import numpy as np
import pytest
from PIL import Image

from mmaction_har.cli.visualizations.vis_cam import main

from ..conftest import TOOLS, run_tool

TOOL = osp.join(TOOLS, 'visualizations', 'vis_cam.py')


def _json_lines(text):
    return [json.loads(line) for line in text.splitlines()
            if line.startswith('{')]


def _frames(path):
    if path.endswith('.gif'):
        img = Image.open(path)
        return img.n_frames, (img.height, img.width)
    reader = decord.VideoReader(path)
    return len(reader), reader[0].shape[:2]


def test_list_layers_tool(tiny_models):
    config, ckpt, _ = tiny_models('slowfast')
    result = run_tool([TOOL, config, ckpt, '--list-layers'])
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    defaults = [line.split()[0] for line in lines if '(default)' in line]
    assert defaults == ['backbone.slow_path.layer4.0',
                        'backbone.fast_path.layer4.0']


def test_rgb_mp4_and_sheet(tiny_models, clip, tmp_path, capsys):
    config, ckpt, _ = tiny_models('slowonly')
    out = str(tmp_path / 'cam.mp4')
    assert main([config, ckpt, clip, '--out', out, '--size', '112',
                 '--label', '3']) == 0
    num, (h, w) = _frames(out)
    assert num == 8 and w == 112 and h > 112  # caption bar on top
    sheet = np.asarray(Image.open(out[:-4] + '.png'))
    # One row of 8 frames with 6 px gaps (the MP4 drops an odd last row).
    assert sheet.shape[1] == 8 * 112 + 7 * 6 and sheet.shape[0] - h in (0, 1)
    line, = _json_lines(capsys.readouterr().out)
    assert line['target_name'] == 'class 3'


def test_slowfast_both_pathways_side_by_side(tiny_models, clip, tmp_path):
    config, ckpt, _ = tiny_models('slowfast')
    out = str(tmp_path / 'sf.gif')
    main([config, ckpt, clip, '--out', out, '--size', '64', '--pathway',
          'both'])
    num, (h, w) = _frames(out)
    assert num == 16 and w == 64 * 2 + 4


def test_pose_on_skeleton_and_video(tiny_models, tiny_corpus, tmp_path):
    config, ckpt, _ = tiny_models('pose')
    anns = str(tiny_corpus / 'pose.pkl')
    name = 'boxing_s03_c0'
    video = str(tiny_corpus / 'videos' / f'{name}.mp4')
    out = str(tmp_path / 'pose.gif')
    main([config, ckpt, anns, '--sample', name, '--video', video, '--out',
          out, '--size', '64', '--classes', str(tiny_corpus / 'classes.txt')])
    num, (h, w) = _frames(out)
    # Skeleton panel 64 wide + gap + the 64x64 video shown at 64.
    assert num == 8 and w == 64 + 4 + 64


def test_compare_rgb_with_pose(tiny_models, tiny_corpus, tmp_path, capsys):
    """Two models of different input kinds on the same clip."""
    rgb_cfg, rgb_ckpt, _ = tiny_models('i3d')
    pose_cfg, pose_ckpt, _ = tiny_models('pose')
    name = 'running_s02_c0'
    out = str(tmp_path / 'cmp.mp4')
    main([rgb_cfg, rgb_ckpt, str(tiny_corpus / 'videos' / f'{name}.mp4'),
          '--pose', str(tiny_corpus / 'pose.pkl'), '--compare', pose_cfg,
          pose_ckpt, '--out', out, '--size', '64'])
    rows = _json_lines(capsys.readouterr().out)
    assert [r['model'] for r in rows] == ['tiny_i3d', 'tiny_pose']
    assert all(r['sample'] == name and r['label'] == 2 for r in rows)
    num, (h, w) = _frames(out)
    assert num == 8 and w == 3 * 64 + 2 * 4  # i3d | skeleton | video


def test_batch_summary_page(tiny_models, tiny_corpus, tmp_path):
    config, ckpt, _ = tiny_models('pose')
    out_dir = tmp_path / 'batch'
    main([config, ckpt, '--batch', str(tiny_corpus / 'pose.pkl'),
          '--split', 'test', '--out-dir', str(out_dir), '--max-samples',
          '2', '--ext', '.gif', '--size', '48', '--video-dir',
          str(tiny_corpus / 'videos')])
    summary = json.loads((out_dir / 'summary.json').read_text())
    assert len(summary) == 2
    page = (out_dir / 'index.html').read_text()
    for entry in summary:
        assert (out_dir / entry['video']).is_file()
        assert (out_dir / entry['sheet']).is_file()
        assert f'href="{entry["video"]}"' in page
    assert '| sample | gt |' in (out_dir / 'index.md').read_text()


@pytest.mark.parametrize('args, message', [
    (['missing.mp4'], 'input not found: missing.mp4'),
    (['{clip}', '--out', '{tmp}/x.avi'], 'expected a .mp4 or .gif'),
    (['{clip}', '--target-layer', 'backbone.nope'], 'is not a module'),
])
def test_errors(tiny_models, clip, tmp_path, capsys, args, message):
    from mmaction_har.cli.common import run_tool as run_main
    config, ckpt, _ = tiny_models('slowonly')
    args = [a.format(clip=clip, tmp=tmp_path) for a in args]
    if '--out' not in args:
        args += ['--out', str(tmp_path / 'x.mp4')]
    with pytest.raises(SystemExit) as exc:
        run_main(main, [config, ckpt] + args)
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith('error: ') and message in err
    assert not list(tmp_path.iterdir())
