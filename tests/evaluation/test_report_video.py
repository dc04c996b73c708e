"""The report's videos play in a browser: headless Chromium loads
``report.html`` and every ``<video>`` reaches ``readyState >= 2`` (it has
the current frame) with a duration > 0.

The attached video is written by the Grad-CAM writer (H.264, odd-sized
frames cropped to even sides). An OpenCV ``mp4v`` file, as the project
wrote before, fails here with ``MEDIA_ERR_SRC_NOT_SUPPORTED``.
"""
import json
import os
import re
import subprocess

import numpy as np
import pytest

from mmaction_har.evaluation.report import write_report
from mmaction_har.visualization.writers import write_video

from .test_report_build import _case, _chromium

# Polls the page's videos; when each has data (or failed) it writes their
# state into the title, which --dump-dom prints.
PROBE = """<script>
function probe() {
  const videos = Array.from(document.querySelectorAll('video'));
  if (videos.every(v => v.readyState >= 2 || v.error)) {
    document.title = 'VIDEOS ' + JSON.stringify(videos.map(v => ({
      src: v.getAttribute('src'), readyState: v.readyState,
      duration: v.duration, error: v.error && v.error.code})));
  } else {
    setTimeout(probe, 50);
  }
}
probe();
</script>
"""


def _browser():
    browser = _chromium()
    if browser is None:
        if os.environ.get('CI'):
            pytest.fail('no Chromium in CI: .ci/run installs '
                        'chromium-headless-shell')
        pytest.skip('no Chromium binary (apt-get install '
                    'chromium-headless-shell, or set HAR_CHROMIUM)')
    return browser


def _cam_frames(num=12, height=57, width=75):
    """A moving gradient of odd size, like a CAM overlay of a crop."""
    x = np.arange(width)[None, :] + np.arange(height)[:, None]
    return np.stack([np.stack([(x + 9 * t) % 256, (3 * x) % 256,
                               np.full_like(x, 20 * t)], -1)
                     for t in range(num)]).astype(np.uint8)


def test_report_videos_play_in_chromium(tmp_path):
    browser = _browser()
    preds, cfg = _case(tmp_path)
    video = tmp_path / 'cam' / 'gradcam.mp4'
    write_video(str(video), _cam_frames(), fps=4)
    out = tmp_path / 'report'
    html = write_report(preds, cfg, str(out), attachments=[str(video)])
    page = open(html).read()
    assert page.count('<video') == 1
    assert '<video controls preload="auto" src="../cam/gradcam.mp4">' in page
    # The probe runs in a copy next to report.html (same relative paths).
    harness = out / 'probe.html'
    harness.write_text(page.replace('</body>', PROBE + '</body>'))
    result = subprocess.run(
        [browser, '--headless', '--no-sandbox', '--disable-gpu',
         f'--user-data-dir={tmp_path / "profile"}',
         '--virtual-time-budget=20000', '--dump-dom', harness.as_uri()],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    found = re.search(r'<title>VIDEOS (.*?)</title>', result.stdout)
    assert found, 'the videos did not load: ' + result.stdout[-500:]
    videos = json.loads(found.group(1).replace('&quot;', '"'))
    assert len(videos) == 1
    for v in videos:
        assert v['error'] is None, v
        assert v['readyState'] >= 2 and v['duration'] == pytest.approx(3.0)
