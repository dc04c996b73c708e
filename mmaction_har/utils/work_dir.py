"""What a run leaves in its work dir: the files ``tools/test.py`` writes and
the checkpoint to test or continue from (read by the demo and the
experiment runner)."""
import glob
import os.path as osp

from ..errors import HarError

#: Written into the work dir after each test run: config, checkpoint, metrics.
METRICS_FILE = 'test_metrics.json'
#: ``tools/test.py --report``: the report's folder and its per-sample dump.
REPORT_DIR = 'report'
REPORT_DUMP = 'test_predictions.pkl'


def find_checkpoint(work_dir):
    """The best checkpoint of a run, else its last one."""
    best = sorted(glob.glob(osp.join(work_dir, 'best_*.pth')),
                  key=osp.getmtime)
    if best:
        return best[-1]
    last = osp.join(work_dir, 'last_checkpoint')
    if osp.isfile(last):
        with open(last) as f:
            return f.read().strip()
    raise HarError(f'no checkpoint found in {work_dir}')
