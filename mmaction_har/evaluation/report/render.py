"""``report.md`` and a self-contained ``report.html`` from the report dict.

The HTML (markup in ``templates/report.html``) has no external resources:
figures are base64 PNGs in ``<img>`` tags. Headline numbers sit in
``<td id="metric-KEY" data-value="...">`` (``KEY`` as in ``report.json``'s
summary, e.g. ``metric-top1``; group-level numbers ``group-metric-KEY``),
so a browser test or a script finds them.
"""
import base64
import os.path as osp
from typing import List

from ...utils.templates import render_template
from . import tables


def _sections(report: dict) -> List[tables.Table]:
    out = []
    metrics, groups, ood = report['metrics'], report['groups'], report['ood']
    if metrics:
        out.append(tables.per_class_table(metrics, 'Per class'))
        out.append(tables.confused_table(metrics, 'Most confused pairs'))
    if groups:
        out.append(tables.summary_table(groups['metrics']['summary'],
                                        'Groups: headline'))
        out.append(tables.per_class_table(groups['metrics'], 'Per group',
                                          'group'))
        out.append(tables.confused_table(groups['metrics'],
                                         'Most confused groups'))
    if ood:
        out.append(tables.ood_table(
            ood, 'Out of domain: ground truth -> most frequent predictions'))
    return out


def _inputs(report: dict) -> List[tuple]:
    space = report['label_space']
    rows = [('predictions', report['inputs']['predictions']),
            ('config', report['inputs']['config']),
            ('model classes', space['model_source']),
            ('test classes', space['test_source']),
            ('sample ids', report['sample_ids'])]
    if report['groups']:
        rows.append(('groups', report['groups']['file']))
    if space['ood']:
        rows.append(('out of domain', 'yes: the test classes are not the '
                     "model's; accuracy is not computed"))
    return rows


def md_table(header, rows) -> str:
    """A Markdown table; ``|`` in cells is escaped."""
    def line(cells):
        return '| ' + ' | '.join(c.replace('|', '\\|') for c in cells) + ' |'
    return '\n'.join([line(header), line(['---'] * len(header))] +
                     [line(r) for r in rows])


def markdown(report: dict) -> str:
    """The report as Markdown; figures are linked by file name."""
    parts = ['# Test report', '']
    parts += [f'- {k}: `{v}`' for k, v in _inputs(report)]
    if report['metrics']:
        parts += ['', '## Headline', '',
                  md_table(*tables.summary_table(
                      report['metrics']['summary'], '')[1:])]
    elif report['ood']:
        s = report['ood']['summary']
        parts += ['', f'{s["num_samples"]} samples of '
                  f'{s["num_present_classes"]} test classes; the model '
                  f'predicted {s["num_predicted_classes"]} of its '
                  f'{s["num_model_classes"]} classes.']
    for title, header, rows in _sections(report):
        parts += ['', f'## {title}', '', md_table(header, rows)]
    parts += ['', '## Figures', '']
    for fig in report['figures']:
        parts += [f'![{fig["title"]}]({fig["file"]})', '']
    if report.get('attachments'):
        parts += ['## Related files', '']
        parts += [f'- [{a["title"]}]({a["file"]})'
                  for a in report['attachments']]
    return '\n'.join(parts).rstrip() + '\n'


def _headline_rows(summary: dict) -> List[tuple]:
    """``(key, label, text, value)`` of the headline numbers."""
    return [(key, label, text, summary[key])
            for key, label, text in tables.headline_rows(summary)]


def _base64(path: str) -> str:
    with open(path, 'rb') as f:
        return base64.b64encode(f.read()).decode('ascii')


def _attachments(attachments) -> List[dict]:
    """Links to related files; images also embedded (``data``), so the page
    stays readable when moved without them; videos (``video``) are played
    from their file (the project writes browser-playable H.264)."""
    out = []
    for a in attachments or []:
        kind = data = None
        if a['image']:
            kind = osp.splitext(a['source'])[1].lower().lstrip('.')
            kind = 'jpeg' if kind == 'jpg' else kind
            data = _base64(a['source'])
        out.append(dict(file=a['file'], title=a['title'], kind=kind,
                        data=data, video=bool(a.get('video'))))
    return out


def to_html(report: dict, out_dir: str) -> str:
    """The self-contained HTML page (``templates/report.html``); reads the
    PNGs from ``out_dir``."""
    sections = [dict(title=title, header=header, rows=rows,
                     headline_rows=None)
                for title, header, rows in _sections(report)]
    for section in sections:
        if section['title'] == 'Groups: headline':
            section['headline_rows'] = _headline_rows(
                report['groups']['metrics']['summary'])
    return render_template(
        __package__, 'report.html',
        inputs=[(k, str(v)) for k, v in _inputs(report)],
        headline_rows=report['metrics'] and _headline_rows(
            report['metrics']['summary']),
        ood=report['ood'] and report['ood']['summary'],
        sections=sections,
        figures=[dict(key=fig['key'], title=fig['title'],
                      data=_base64(osp.join(out_dir, fig['file'])))
                 for fig in report['figures']],
        attachments=_attachments(report.get('attachments')))
