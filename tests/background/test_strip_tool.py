"""tools/data/strip_background.py: outputs, timing, resume, failures,
error lines. Most runs call the tool's ``main`` in-process (through
``run_tool``, as the script does); one runs the script itself."""
import os
import os.path as osp
import sys

import pytest

from mmaction_har.background import load_masks
from mmaction_har.background.video import probe
from mmaction_har.cli.common import run_tool as run_main

from ..conftest import TOOLS, run_tool

TOOL = osp.join(TOOLS, 'data', 'strip_background.py')
sys.path.insert(0, osp.dirname(TOOL))
import strip_background  # noqa: E402


def _run(argv, capsys):
    """Run the tool in-process: (exit code, stdout, stderr)."""
    try:
        code = run_main(strip_background.main, [str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_list(tiny_corpus, tmp_path):
    """Three videos of the tiny corpus; the last one listed twice (as KTH
    lists repeat a video per subsequence)."""
    lines = (tiny_corpus / 'train_list.txt').read_text().splitlines()[:3]
    path = tmp_path / 'list.txt'
    path.write_text('\n'.join(lines + [lines[-1]]) + '\n')
    return path, lines


def test_pose_method_keeps_frames_fps_and_labels(tiny_corpus, demo_list,
                                                 tmp_path, capsys):
    in_list, lines = demo_list
    out, out_list = tmp_path / 'out', tmp_path / 'out_list.txt'
    code, stdout, _ = _run(
        [in_list, '--data-root', tiny_corpus / 'videos', '--out-root', out,
         '--out-list', out_list, '--method', 'pose', '--pose-pkl',
         tiny_corpus / 'pose.pkl', '--fill', 'noise', '--dilate', '1',
         '--no-progress'], capsys)
    assert code == 0, stdout
    assert 'stripped 3 videos' in stdout
    new = out_list.read_text().splitlines()
    assert [ln.split()[1:] for ln in new] == \
        [ln.split()[1:] for ln in lines + [lines[-1]]]
    for line, src_line in zip(new, lines):
        src = probe(str(tiny_corpus / 'videos' / src_line.split()[0]))
        dst = probe(str(out / line.split()[0]))
        assert (dst.num_frames, dst.fps, dst.height, dst.width) == \
            (src.num_frames, src.fps, src.height, src.width)
        volume = load_masks(str(out / line.split()[0].replace('.mp4',
                                                              '.npz')))
        assert volume.masks.shape == (src.num_frames, src.height, src.width)
        assert 0.02 < volume.masks.mean() < 0.6
        assert volume.meta['method'] == 'pose'
    assert not osp.exists(tmp_path / 'out_list.failed.txt')


def test_resume_skips_done_and_workers(tiny_corpus, demo_list, tmp_path,
                                       capsys):
    in_list, lines = demo_list
    out, out_list = tmp_path / 'out', tmp_path / 'out_list.txt'
    argv = [in_list, '--data-root', tiny_corpus / 'videos', '--out-root',
            out, '--out-list', out_list, '--method', 'static', '--workers',
            '2', '--no-progress']
    assert _run(argv, capsys)[0] == 0
    first = out / lines[0].split()[0]
    stamp = first.stat().st_mtime_ns
    os.remove(out / lines[1].split()[0].replace('.mp4', '.npz'))  # unfinished
    code, stdout, _ = _run(argv, capsys)
    assert code == 0
    assert 'stripped 1 videos' in stdout and 'skipped 2' in stdout
    assert first.stat().st_mtime_ns == stamp
    assert not [n for n in os.listdir(out) if n.startswith('.tmp')]


def test_failed_videos_are_listed(tiny_corpus, demo_list, tmp_path, capsys):
    in_list, lines = demo_list
    videos = tmp_path / 'videos'
    videos.mkdir()
    good = lines[0].split()[0]
    os.symlink(tiny_corpus / 'videos' / good, videos / good)
    (videos / 'broken.mp4').write_bytes(b'not a video')
    bad_list = tmp_path / 'bad.txt'
    bad_list.write_text(f'{good} 0\nbroken.mp4 1\nmissing.mp4 2\n')
    out_list = tmp_path / 'o.txt'
    code, stdout, stderr = _run(
        [bad_list, '--data-root', videos, '--out-root', tmp_path / 'o',
         '--out-list', out_list, '--method', 'static', '--no-progress'],
        capsys)
    assert code == 1
    assert 'failed 2' in stdout and 'o.failed.txt' in stderr
    assert out_list.read_text() == f'{good} 0\n'
    failed = dict(ln.split('\t') for ln in
                  (tmp_path / 'o.failed.txt').read_text().splitlines())
    assert sorted(failed) == ['broken.mp4', 'missing.mp4']
    assert 'video not found' in failed['missing.mp4']
    assert not osp.exists(tmp_path / 'o' / 'broken.mp4')


@pytest.mark.parametrize('extra,message', [
    (['--method', 'pose'], '--method pose needs --pose-pkl'),
    (['--method', 'seg', '--fill', 'pink'], 'fill must be one of'),
    (['--method', 'pose', '--pose-pkl', 'nope.pkl'],
     'pose pkl not found: nope.pkl'),
])
def test_error_lines(tiny_corpus, demo_list, tmp_path, capsys, extra,
                     message):
    in_list, _ = demo_list
    code, _, stderr = _run([in_list, '--data-root', tiny_corpus / 'videos',
                            '--out-root', tmp_path / 'o', '--out-list',
                            tmp_path / 'o.txt'] + extra, capsys)
    assert code == 1
    assert stderr.strip().splitlines()[-1].startswith('error: ')
    assert message in stderr


def test_script_help_and_missing_list(tmp_path):
    result = run_tool([TOOL, 'nope.txt', '--data-root', '.', '--out-root',
                       str(tmp_path), '--out-list', str(tmp_path / 'l.txt'),
                       '--method', 'static'])
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == 'error: video list not found: nope.txt'
    assert 'Traceback' not in result.stderr


def test_masks_only_keeps_original_paths(tiny_corpus, demo_list, tmp_path,
                                         capsys):
    in_list, lines = demo_list
    out, out_list = tmp_path / 'm', tmp_path / 'm.txt'
    code, _, _ = _run([in_list, '--data-root', tiny_corpus / 'videos',
                       '--out-root', out, '--out-list', out_list,
                       '--method', 'static', '--masks-only',
                       '--no-progress'], capsys)
    assert code == 0
    assert out_list.read_text() == in_list.read_text()
    assert sorted(os.listdir(out)) == sorted(
        ln.split()[0].replace('.mp4', '.npz') for ln in lines)


def test_timing_check_rejects_a_different_video(tiny_corpus):
    from dataclasses import replace

    from mmaction_har.background.video import check_same_timing
    from mmaction_har.errors import HarError
    path = str(next((tiny_corpus / 'videos').glob('*.mp4')))
    info = probe(path)
    check_same_timing(path, info)
    for changed in (replace(info, num_frames=info.num_frames + 1),
                    replace(info, fps=info.fps * 1001 / 1000)):
        with pytest.raises(HarError, match='expected'):
            check_same_timing(path, changed)


def test_two_sources_one_output_is_an_error(tiny_corpus, tmp_path, capsys):
    in_list = tmp_path / 'dup.txt'
    in_list.write_text('a.avi 0\na.mp4 1\n')
    code, _, stderr = _run([in_list, '--data-root', tiny_corpus,
                            '--out-root', tmp_path / 'o', '--out-list',
                            tmp_path / 'o.txt', '--method', 'static'],
                           capsys)
    assert code == 1
    assert 'lines 1 and 2 (a.avi, a.mp4) would both be written to' in stderr


def test_seg_method_keeps_mediapipe_log_lines_off_the_terminal(
        tiny_corpus, demo_list, tmp_path):
    """mediapipe's native INFO/WARNING lines (TFLite, absl) are silenced:
    the script prints its summary and nothing on stderr."""
    in_list, _ = demo_list
    result = run_tool([TOOL, str(in_list), '--data-root',
                       str(tiny_corpus / 'videos'), '--out-root',
                       str(tmp_path / 'out'), '--out-list',
                       str(tmp_path / 'out.txt'), '--method', 'seg',
                       '--no-progress'])
    assert result.returncode == 0, result.stderr
    assert result.stderr == ''
    assert 'stripped 3 videos' in result.stdout
