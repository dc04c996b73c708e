"""write_report end to end on a hand-built dump and a real PoseDataset config:
files, numbers, figure sizes, the HTML (headless Chromium when installed),
out-of-domain tables, label remapping, errors and atomic output."""
import csv
import json
import os
import os.path as osp
import pickle
import shutil
import subprocess
from html.parser import HTMLParser

import mmengine
import numpy as np
import pytest
import torch
from PIL import Image

from mmaction_har.errors import HarError
from mmaction_har.evaluation.report import render, write_report
from mmaction_har.evaluation.report.figures import figure_pixels

from .test_report_metrics import LABELS, NAMES, RANKS, scores_from_ranks

CONFIG = """
test_dataloader = dict(dataset=dict(
    type='PoseDataset', ann_file={test!r}, split='test', pipeline=[]))
train_dataloader = dict(dataset=dict(
    type='PoseDataset', ann_file={train!r}, split='train', pipeline=[]))
"""


def _pose_pkl(path, labels, classes, prefix='clip'):
    """A minimal MMAction2 pose pickle: ``len(labels)`` test samples."""
    names = [f'{prefix}_{i:02d}' for i in range(len(labels))]
    anns = [dict(frame_dir=n, label=int(label), total_frames=4,
                 img_shape=(64, 64),
                 keypoint=np.zeros((1, 4, 17, 2), np.float32),
                 keypoint_score=np.ones((1, 4, 17), np.float32))
            for n, label in zip(names, labels)]
    with open(path, 'wb') as f:
        pickle.dump(dict(split=dict(train=names, test=names),
                         annotations=anns, classes=classes), f)
    return str(path)


def _dump(path, scores, labels):
    """A list like ``tools/test.py --dump`` writes (DumpResults)."""
    mmengine.dump([dict(pred_score=torch.tensor(s, dtype=torch.float32),
                        pred_label=torch.tensor([int(np.argmax(s))]),
                        gt_label=torch.tensor([int(label)]),
                        num_classes=len(s), img_shape=(32, 32))
                   for s, label in zip(scores, labels)], str(path))
    return str(path)


def _case(tmp_path, test_classes=NAMES, test_labels=LABELS):
    train = _pose_pkl(tmp_path / 'train.pkl', LABELS, NAMES)
    test = _pose_pkl(tmp_path / 'test.pkl', test_labels, test_classes)
    cfg = tmp_path / 'cfg.py'
    cfg.write_text(CONFIG.format(test=test, train=train))
    preds = _dump(tmp_path / 'preds.pkl', scores_from_ranks(RANKS),
                  test_labels)
    return preds, str(cfg)


@pytest.fixture(scope='module')
def report_dir(tmp_path_factory):
    tmp = tmp_path_factory.mktemp('report')
    preds, cfg = _case(tmp)
    groups = tmp / 'groups.csv'
    groups.write_text('a,first\nb,first\nc,second\nd,second\n')
    html = write_report(preds, cfg, str(tmp / 'out'), groups=str(groups))
    assert html == str(tmp / 'out' / 'report.html')
    return tmp / 'out'


def test_files_and_json_numbers(report_dir):
    assert sorted(os.listdir(report_dir)) == sorted([
        'class_distribution.png', 'confusion_counts.png',
        'confusion_normalized.png', 'group_class_distribution.png',
        'group_confusion_counts.png', 'group_confusion_normalized.png',
        'group_per_class_accuracy.png', 'per_class.csv',
        'per_class_accuracy.png', 'predictions.csv', 'predictions.pkl',
        'report.html', 'report.json', 'report.md'])
    report = json.loads((report_dir / 'report.json').read_text())
    s = report['metrics']['summary']
    assert s['top1'] == pytest.approx(3 / 7)
    assert s['mean_class_accuracy'] == pytest.approx(7 / 18)
    assert s['mean_class_accuracy_mmaction'] == pytest.approx(7 / 24)
    assert s['macro_f1'] == pytest.approx(16 / 45)
    assert report['groups']['metrics']['summary']['top1'] == \
        pytest.approx(4 / 7)
    assert report['label_space']['model_classes'] == NAMES
    assert report['label_space']['ood'] is False
    assert report['sample_ids'] == 'test dataset (PoseDataset)'


def test_per_sample_predictions(report_dir):
    with open(report_dir / 'predictions.csv', newline='') as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 7
    assert rows[4]['sample_id'] == 'clip_04'
    assert (rows[4]['true_name'], rows[4]['pred_name']) == ('b', 'd')
    assert rows[4]['correct'] == '0' and rows[3]['correct'] == '1'
    assert [rows[4][f'top{k}_name'] for k in (1, 2, 3, 4)] == \
        ['d', 'b', 'a', 'c']
    assert float(rows[4]['top1_score']) == pytest.approx(0.4)
    assert 'top5_name' not in rows[4]       # only 4 classes
    with open(report_dir / 'predictions.pkl', 'rb') as f:
        samples = pickle.load(f)
    assert samples[6]['topk_names'] == ['b', 'a', 'd', 'c']
    assert samples[6]['scores'].shape == (4, )


def test_figures_are_png_of_the_expected_size(report_dir):
    for name in ('confusion_counts', 'confusion_normalized'):
        image = Image.open(report_dir / f'{name}.png')
        assert image.format == 'PNG'
        assert image.size == figure_pixels('matrix', NAMES)
        assert len(set(image.convert('L').getdata())) > 10   # not blank
    bars = Image.open(report_dir / 'per_class_accuracy.png')
    # classes with test samples only, named with their support
    assert bars.size == figure_pixels('bars', ['a (n=3)', 'b (n=2)',
                                               'c (n=2)'])


def test_figure_size_grows_with_classes():
    small = figure_pixels('matrix', [f'c{i}' for i in range(6)])
    bast = figure_pixels('matrix', [f'class_{i:02d}' for i in range(42)])
    assert bast[0] >= 42 * 30 and bast[1] >= 42 * 30
    assert small[0] < bast[0]


def test_markdown(report_dir):
    md = (report_dir / 'report.md').read_text()
    assert '| top-1 accuracy | 42.86 |' in md
    assert '| mean class accuracy (present classes) | 38.89 |' in md
    assert '| b | d | 1 | 50.00 |' in md            # most confused
    assert '![class confusion matrix (counts)](confusion_counts.png)' in md


class _Cells(HTMLParser):
    """Collect the elements that have an id: text, data-value, src."""

    def __init__(self):
        super().__init__()
        self.found, self._open = {}, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if 'id' in attrs:
            self.found[attrs['id']] = dict(attrs, tag=tag, text='')
            self._open = attrs['id']

    def handle_data(self, data):
        if self._open:
            self.found[self._open]['text'] += data

    def handle_endtag(self, tag):
        self._open = None


def _check_html(text):
    cells = _Cells()
    cells.feed(text)
    found = cells.found
    assert found['metric-top1']['text'] == '42.86'
    assert float(found['metric-top1']['data-value']) == pytest.approx(3 / 7)
    assert found['metric-mean_class_accuracy']['text'] == '38.89'
    assert found['metric-macro_f1']['text'] == '35.56'
    assert found['metric-num_samples']['text'] == '7'
    assert found['group-metric-top1']['text'] == '57.14'
    img = found['fig-confusion_normalized']
    assert img['tag'] == 'img' and img['src'].startswith(
        'data:image/png;base64,iVBORw0KGgo')


def test_html_is_self_contained(report_dir):
    text = (report_dir / 'report.html').read_text()
    assert 'src="data:image/png;base64,' in text
    assert 'src="http' not in text and '<link' not in text
    _check_html(text)


def _chromium():
    for name in (os.environ.get('HAR_CHROMIUM'), 'chromium-headless-shell',
                 'chromium', 'chromium-browser', 'google-chrome',
                 'headless_shell'):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


@pytest.mark.skipif(_chromium() is None, reason='no Chromium binary (apt-get '
                    'install chromium-headless-shell, or set HAR_CHROMIUM)')
def test_html_in_headless_chromium(report_dir, tmp_path):
    """Chromium parses and lays out the page; read back its DOM."""
    result = subprocess.run(
        [_chromium(), '--headless', '--no-sandbox', '--disable-gpu',
         f'--user-data-dir={tmp_path}', '--dump-dom',
         (report_dir / 'report.html').as_uri()],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    _check_html(result.stdout)


def test_out_of_domain_automatic(tmp_path):
    test_labels = np.array([0, 0, 0, 1, 1, 1, 0])
    preds, cfg = _case(tmp_path, ['x', 'y', 'z'], test_labels)
    write_report(preds, cfg, str(tmp_path / 'out'))
    out = tmp_path / 'out'
    report = json.loads((out / 'report.json').read_text())
    assert report['metrics'] is None and report['label_space']['ood']
    assert report['ood']['table'][0]['predictions'][0] == dict(
        pred='a', count=2, fraction=0.5)
    table = (out / 'ood_table.csv').read_text().splitlines()
    assert table[:3] == ['ground_truth,support,predicted,count,fraction',
                         'x,4,a,2,0.5', 'x,4,b,2,0.5']
    assert '| x | 4 | a 2 (50.00%); b 2 (50.00%) |' in \
        (out / 'ood_table.md').read_text()
    image = Image.open(out / 'ood_predictions.png')
    assert image.size == figure_pixels('matrix', ['x', 'y', 'z'], NAMES)
    with open(out / 'predictions.csv', newline='') as f:
        rows = list(csv.DictReader(f))
    assert (rows[3]['true_name'], rows[3]['pred_name']) == ('y', 'b')
    assert 'correct' not in rows[3]
    assert 'id="ood-summary"' in (out / 'report.html').read_text()


def test_out_of_domain_option_and_remap_by_name(tmp_path):
    # same names in another order: labels are mapped onto the model's
    test_labels = np.array([1, 1, 1, 0, 0, 2, 2])     # b a c d order
    preds, cfg = _case(tmp_path, ['b', 'a', 'c', 'd'], test_labels)
    write_report(preds, cfg, str(tmp_path / 'out'))
    report = json.loads((tmp_path / 'out' / 'report.json').read_text())
    assert report['metrics']['summary']['top1'] == pytest.approx(3 / 7)
    # --ood forces the out-of-domain report with the given names
    classes = tmp_path / 'test_classes.txt'
    classes.write_text('B\nA\nC\n')
    write_report(preds, cfg, str(tmp_path / 'ood'), ood=str(classes))
    report = json.loads((tmp_path / 'ood' / 'report.json').read_text())
    assert [r['true'] for r in report['ood']['table']] == ['B', 'A', 'C']


def test_label_map_dataset_labels_index_its_target(tmp_path):
    """A LabelMapDataset test set (e.g. KTH model on child data) is in the
    model's label space although the wrapped pickle has other names."""
    preds, _ = _case(tmp_path)
    # a, b, c are 'A', 'B', 'C' at indices 1, 0, 2 of the wrapped pickle
    _pose_pkl(tmp_path / 'other.pkl', [[1, 0, 2][label] for label in LABELS],
              ['B', 'A', 'C'])
    cfg = tmp_path / 'mapped.py'
    cfg.write_text(CONFIG.format(test='', train=str(tmp_path / 'train.pkl'))
                   + f"""
test_dataloader = dict(dataset=dict(
    type='LabelMapDataset', source=['B', 'A', 'C'],
    target={NAMES!r}, mapping=dict(B='b', A='a', C='c'),
    dataset=dict(type='PoseDataset', ann_file={str(tmp_path / 'other.pkl')!r},
                 split='test', pipeline=[])))
""")
    write_report(preds, str(cfg), str(tmp_path / 'out'))
    report = json.loads((tmp_path / 'out' / 'report.json').read_text())
    assert not report['label_space']['ood']
    assert report['label_space']['test_source'] == (
        'test_dataloader: LabelMapDataset target (list)')
    assert report['metrics']['summary']['top1'] == pytest.approx(3 / 7)
    assert report['sample_ids'] == 'test dataset (LabelMapDataset)'


def test_label_outside_the_model_classes(tmp_path):
    preds, cfg = _case(tmp_path)
    _dump(preds, scores_from_ranks(RANKS), [0, 1, 2, 3, 4, 0, 1])
    with pytest.raises(HarError, match='sample 4 has label 4.*--ood'):
        write_report(preds, cfg, str(tmp_path / 'out'))


def test_dump_and_config_disagree(tmp_path):
    preds, cfg = _case(tmp_path)
    _dump(preds, scores_from_ranks(RANKS[:5]), LABELS[:5])
    with pytest.raises(HarError, match='the dump has 5 samples but the test '
                       'dataset of the config has 7'):
        write_report(preds, cfg, str(tmp_path / 'out'))
    _dump(preds, np.ones((7, 3)) / 3, [0] * 7)
    with pytest.raises(HarError, match='scores 3 classes but its class list'):
        write_report(preds, cfg, str(tmp_path / 'out'))
    mmengine.dump([dict(pred_score=torch.ones(4))], preds)
    with pytest.raises(HarError, match='sample 0 has no pred_score/gt_label'):
        write_report(preds, cfg, str(tmp_path / 'out'))


def test_failure_leaves_previous_report(report_dir, tmp_path, monkeypatch):
    out = report_dir
    before = {p: (out / p).read_bytes() for p in os.listdir(out)}
    preds, cfg = _case(tmp_path)

    def broken(report, folder):
        raise RuntimeError('interrupted')

    monkeypatch.setattr(render, 'to_html', broken)
    _dump(preds, scores_from_ranks(RANKS[::-1]), LABELS)
    with pytest.raises(RuntimeError):
        write_report(preds, cfg, str(out))
    assert {p: (out / p).read_bytes() for p in os.listdir(out)} == before


def test_sample_ids_fall_back_to_indices(tmp_path):
    preds, cfg = _case(tmp_path)
    os.remove(tmp_path / 'test.pkl')
    with pytest.warns(UserWarning, match='sample ids are indices'):
        write_report(preds, cfg, str(tmp_path / 'out'))
    report = json.loads((tmp_path / 'out' / 'report.json').read_text())
    assert report['sample_ids'].startswith('index (test dataset not built')
    assert report['label_space']['model_source'].endswith('train.pkl '
                                                          '(classes)')
    assert osp.isfile(tmp_path / 'out' / 'report.html')
