"""``report.md`` and a self-contained ``report.html`` from the report dict.

The HTML has no external resources: figures are base64 PNGs in ``<img>``
tags. Headline numbers sit in ``<td id="metric-KEY" data-value="...">``
(``KEY`` as in ``report.json``'s summary, e.g. ``metric-top1``; group-level
numbers ``group-metric-KEY``), so a browser test or a script finds them.
"""
import base64
import html
import os.path as osp
from typing import List

from . import tables

_CSS = """
body{font-family:sans-serif;margin:2em;max-width:1400px;color:#222}
table{border-collapse:collapse;margin:0.5em 0 1.5em}
th,td{border:1px solid #ccc;padding:3px 8px;text-align:left}
td.num{text-align:right}
img{max-width:100%;border:1px solid #eee;margin:0.5em 0}
code{background:#f4f4f4;padding:1px 3px}
"""


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


def _html_table(header, rows, ids=None) -> str:
    out = ['<table>', '<tr>' + ''.join(f'<th>{html.escape(h)}</th>'
                                       for h in header) + '</tr>']
    for i, row in enumerate(rows):
        cells = []
        for j, cell in enumerate(row):
            attrs = ids[i][j] if ids and ids[i][j] else ''
            cells.append(f'<td{attrs}>{html.escape(cell)}</td>')
        out.append('<tr>' + ''.join(cells) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def _headline_html(summary: dict, prefix: str) -> str:
    rows, ids = [], []
    for key, label, text in tables.headline_rows(summary):
        rows.append([label, text])
        value = summary[key]
        ids.append([None, f' id="{prefix}{key}" class="num" '
                    f'data-value="{value!r}"'])
    return _html_table(['metric', 'value (%, or count)'], rows, ids)


def _attachments_html(attachments) -> List[str]:
    """Links to related files; images also embedded (the page stays
    readable when moved without them), videos played from their file (the
    project writes browser-playable H.264)."""
    if not attachments:
        return []
    esc = html.escape
    body = ['<h2>Related files</h2>', '<ul id="attachments">']
    for a in attachments:
        body.append(f'<li><a href="{esc(a["file"])}">{esc(a["title"])}</a>'
                    '</li>')
    body.append('</ul>')
    for a in attachments:
        if a['image']:
            path = a['source']
            kind = osp.splitext(path)[1].lower().lstrip('.')
            kind = 'jpeg' if kind == 'jpg' else kind
            with open(path, 'rb') as f:
                data = base64.b64encode(f.read()).decode('ascii')
            body.append(f'<h3>{esc(a["title"])}</h3>\n<img alt="'
                        f'{esc(a["title"])}" src="data:image/{kind};base64,'
                        f'{data}">')
        elif a.get('video'):
            body.append(f'<h3>{esc(a["title"])}</h3>\n<video controls '
                        f'preload="auto" src="{esc(a["file"])}"></video>')
    return body


def to_html(report: dict, out_dir: str) -> str:
    """The self-contained HTML page; reads the PNGs from ``out_dir``."""
    esc = html.escape
    body = ['<h1>Test report</h1>', '<ul>']
    body += [f'<li>{esc(k)}: <code>{esc(str(v))}</code></li>'
             for k, v in _inputs(report)]
    body.append('</ul>')
    if report['metrics']:
        body += ['<h2>Headline</h2>',
                 _headline_html(report['metrics']['summary'], 'metric-')]
    if report['ood']:
        s = report['ood']['summary']
        body.append(
            f'<p id="ood-summary">{s["num_samples"]} samples of '
            f'{s["num_present_classes"]} test classes; the model predicted '
            f'{s["num_predicted_classes"]} of its {s["num_model_classes"]} '
            'classes.</p>')
    for title, header, rows in _sections(report):
        body.append(f'<h2>{esc(title)}</h2>')
        if title == 'Groups: headline':
            body.append(_headline_html(report['groups']['metrics']['summary'],
                                       'group-metric-'))
        else:
            body.append(_html_table(header, rows))
    body.append('<h2>Figures</h2>')
    for fig in report['figures']:
        with open(osp.join(out_dir, fig['file']), 'rb') as f:
            data = base64.b64encode(f.read()).decode('ascii')
        body.append(f'<h3>{esc(fig["title"])}</h3>\n<img id="fig-{fig["key"]}"'
                    f' alt="{esc(fig["title"])}" '
                    f'src="data:image/png;base64,{data}">')
    body += _attachments_html(report.get('attachments'))
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">'
            f'\n<title>Test report</title>\n<style>{_CSS}</style>\n</head>\n'
            '<body>\n' + '\n'.join(body) + '\n</body>\n</html>\n')
