"""The Jinja2 pages: values are escaped, a missing variable is an error,
and the templates ship inside the package."""
import glob
import os.path as osp
from html.parser import HTMLParser

import jinja2
import pytest

import mmaction_har
from mmaction_har.evaluation.report.render import to_html
from mmaction_har.utils.templates import render_template
from mmaction_har.visualization.cam import write_summary_pages


class _Text(HTMLParser):
    """Text of every element, and ``href``/``src`` attributes, decoded."""

    def __init__(self, page):
        super().__init__()
        self.text, self.links = [], []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.links += [v for k, v in attrs if k in ('href', 'src')]

    def handle_data(self, data):
        if data.strip():
            self.text.append(data)


def test_report_values_are_escaped(tmp_path):
    report = dict(
        metrics=None, groups=None, ood=None, figures=[], attachments=[],
        inputs=dict(predictions='<script>x</script>.pkl', config='a&b.py'),
        label_space=dict(model_source='m', test_source='t', ood=False),
        sample_ids='ids "quoted"')
    page = to_html(report, str(tmp_path))
    assert '<script>' not in page
    text = _Text(page).text
    assert '<script>x</script>.pkl' in text and 'a&b.py' in text
    assert 'ids "quoted"' in text


def test_gradcam_index_values_are_escaped(tmp_path):
    result = dict(model='pose<x>', sample='s&1', label=1, label_name='wave',
                  pred=1, pred_name='wave', prob=0.91)
    write_summary_pages([dict(video='s1 <a>.mp4', sheet='s1.png',
                              results=[result])], str(tmp_path), 'a"b.pkl')
    page = (tmp_path / 'index.html').read_text()
    parsed = _Text(page)
    assert '<x>' not in page and '<a>' not in page
    assert ['Grad-CAM', 'Grad-CAM on a"b.pkl', 'pose<x>: 1/1 correct'] == \
        parsed.text[:3]
    assert 's&1' in parsed.text and 'wave (0.91) ✓' in parsed.text
    assert parsed.links == ['s1 <a>.mp4', 's1.png']


def test_a_missing_variable_is_an_error():
    with pytest.raises(jinja2.UndefinedError, match="'rows' is undefined"):
        render_template('mmaction_har.visualization', 'gradcam_index.html',
                        ann_file='a', accuracy='b', models=[])


def test_templates_are_package_data():
    """setup.py's ``package_data`` pattern covers every template file."""
    root = osp.dirname(mmaction_har.__file__)
    files = glob.glob(osp.join(root, '**', 'templates', '*'), recursive=True)
    assert len(files) >= 2
    assert all(f.endswith('.html') for f in files)
    setup = osp.join(osp.dirname(root), 'setup.py')
    with open(setup) as f:
        assert "package_data={'': ['templates/*.html']}" in f.read()
