"""tools/test.py --report and tools/analysis/report.py on a real tiny run."""
import json
import os.path as osp

import pytest

from mmaction_har.cli.test import main as cli_test_main
from mmaction_har.errors import HarError

from ..conftest import TOOLS, run_tool
from .conftest import load_tool, ok, tool_error

TEST = osp.join(TOOLS, 'test.py')
GROUPS = 'walking,legs\njogging,legs\nrunning,legs\nboxing,arms\n' \
    'handwaving,arms\nhandclapping,arms\n'


@pytest.fixture(scope='module')
def tested(trained_run, tiny_pose_config, tmp_path_factory):
    """tools/test.py --report --groups into a fresh work dir."""
    work_dir = tmp_path_factory.mktemp('tested')
    groups = work_dir / 'groups.csv'
    groups.write_text(GROUPS)
    result = ok(run_tool([
        TEST, tiny_pose_config, osp.join(trained_run, 'epoch_2.pth'),
        '--work-dir', str(work_dir), '--report', '--groups', str(groups)]))
    return work_dir, result


def test_test_tool_writes_the_report(tested):
    work_dir, result = tested
    html = work_dir / 'report' / 'report.html'
    assert f'report: {html}' in result.stdout
    assert (work_dir / 'test_predictions.pkl').is_file()   # implied dump
    for name in ('report.json', 'report.md', 'predictions.csv',
                 'predictions.pkl', 'confusion_normalized.png',
                 'group_confusion_counts.png'):
        assert (work_dir / 'report' / name).stat().st_size > 0
    report = json.loads((work_dir / 'report' / 'report.json').read_text())
    metrics = json.loads((work_dir / 'test_metrics.json').read_text())
    summary = report['metrics']['summary']
    # the same predictions as MMAction2's AccMetric saw during the test
    for ours, theirs in (('top1', 'acc/top1'), ('top5', 'acc/top5'),
                         ('mean_class_accuracy_mmaction', 'acc/mean1')):
        assert summary[ours] == pytest.approx(metrics['metrics'][theirs])
    assert summary['num_samples'] == 6
    assert report['label_space']['model_classes'][:2] == ['walking',
                                                          'jogging']
    assert report['groups']['names'] == ['legs', 'arms']
    ids = [line.split(',')[1] for line in
           (work_dir / 'report' / 'predictions.csv').read_text().splitlines()]
    assert ids[1:3] == ['walking_s03_c0', 'jogging_s03_c0']


def test_report_tool_on_the_dump(tested, tiny_pose_config, tmp_path,
                                 capsys):
    work_dir, _ = tested
    out = tmp_path / 'again'
    html = load_tool('analysis', 'report.py').main([
        str(work_dir / 'test_predictions.pkl'), '--config', tiny_pose_config,
        '--out', str(out)])
    assert html == str(out / 'report.html')
    assert f'report: {html}' in capsys.readouterr().out
    ours = json.loads((out / 'report.json').read_text())['metrics']
    first = json.loads(
        (work_dir / 'report' / 'report.json').read_text())['metrics']
    assert ours == first


def test_report_links_attachments(tested, tiny_pose_config, tmp_path,
                                  capsys):
    """Related files (the demo's Grad-CAM video and contact sheet) are
    linked from the report, images embedded; a missing one is an error."""
    import base64
    import struct
    import zlib
    work_dir, _ = tested
    files = tmp_path / 'cam'
    files.mkdir()
    video = files / 'gradcam.mp4'
    video.write_bytes(b'not decoded by the report')
    raw = b'\x00\xff\x00\x00'  # one red pixel, filter byte first

    def chunk(kind, data):
        return (struct.pack('>I', len(data)) + kind + data +
                struct.pack('>I', zlib.crc32(kind + data)))
    png = (b'\x89PNG\r\n\x1a\n' +
           chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 2, 0, 0, 0)) +
           chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
    sheet = files / 'gradcam.png'
    sheet.write_bytes(png)
    out = tmp_path / 'report'
    tool = load_tool('analysis', 'report.py')
    html = tool.main([str(work_dir / 'test_predictions.pkl'), '--config',
                      tiny_pose_config, '--out', str(out), '--attach',
                      str(video), '--attach', str(sheet)])
    page = open(html).read()
    assert '<a href="../cam/gradcam.mp4">gradcam.mp4</a>' in page
    assert base64.b64encode(png).decode() in page
    assert '- [gradcam.png](../cam/gradcam.png)' in (out / 'report.md'
                                                     ).read_text()
    missing = tmp_path / 'nope.mp4'
    assert tool_error(tool, [str(work_dir / 'test_predictions.pkl'),
                             '--config', tiny_pose_config, '--out',
                             str(tmp_path / 'r2'), '--attach', str(missing)],
                      capsys) == f'error: report attachment not found: ' \
        f'{missing}'


def test_tool_errors(tiny_pose_config, tmp_path, capsys):
    tool = load_tool('analysis', 'report.py')
    missing = tmp_path / 'none.pkl'
    assert tool_error(tool, [str(missing), '--config', tiny_pose_config],
                      capsys) == f'error: prediction dump not found: {missing}'
    with pytest.raises(HarError, match='--groups needs --report'):
        cli_test_main([tiny_pose_config, 'x.pth', '--groups', 'g.csv'])
