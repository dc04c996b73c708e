"""Parent parsers of the options that several tools share.

Each function returns an ``argparse.ArgumentParser(add_help=False)`` to pass
as ``parents=[...]`` to a tool's parser. The flag name, type, choices and
default of an option that more than one tool takes live here once; only
the words that say what it acts on in one tool are arguments (``help``,
``what``). Example::

    parser = argparse.ArgumentParser(
        description='...',
        parents=[parsers.work_dir('where logs go'), parsers.launcher()])
"""
import argparse
import os

from mmengine.config import DictAction

from ..engine.safeguards import SKIP_KEY
from ..importers.validate import MEDIA_LEVELS
from ..visualization.layers import PATHWAYS

LAUNCHERS = ('none', 'pytorch', 'slurm', 'mpi')
CODECS = ('h264', 'ffv1')
SHARES = (0.7, 0.15, 0.15)


def _parent():
    return argparse.ArgumentParser(add_help=False)


def work_dir(help, default=None):
    """``--work-dir``: the run's output folder."""
    parser = _parent()
    parser.add_argument('--work-dir', default=default, help=help)
    return parser


def cfg_options(example, default=None):
    """``--cfg-options key=value ...``, merged into the config."""
    parser = _parent()
    parser.add_argument(
        '--cfg-options', nargs='+', action=DictAction, default=default,
        help=f'override config settings, e.g. {example} (key=value, lists '
        'as key="[a,b]")')
    return parser


def launcher():
    """``--launcher`` and ``--local-rank`` of MMAction2's train/test."""
    parser = _parent()
    parser.add_argument('--launcher', choices=LAUNCHERS, default='none',
                        help='job launcher')
    parser.add_argument('--local_rank', '--local-rank', type=int, default=0)
    return parser


def parse_launched(parser, argv=None):
    """Parse the arguments of a tool with :func:`launcher` options.

    Exports ``--local-rank`` as ``LOCAL_RANK`` unless the launcher has set
    it (``torch.distributed.launch`` passes the flag, torchrun the variable).
    """
    args = parser.parse_args(argv)
    if 'LOCAL_RANK' not in os.environ:
        os.environ['LOCAL_RANK'] = str(args.local_rank)
    return args


def seed(help, default=0):
    """``--seed``: an integer seed."""
    parser = _parent()
    parser.add_argument('--seed', type=int, default=default, help=help)
    return parser


def workers():
    """``--workers``: parallel processes, one video each at a time."""
    parser = _parent()
    parser.add_argument('--workers', type=int, default=1,
                        help='parallel processes, one video each at a time '
                        '(default 1)')
    return parser


def overwrite(done):
    """``--overwrite``: redo finished outputs instead of skipping them.

    Args:
        done (str): What marks a video as finished, e.g. ``'timeline.json
            exists'``.
    """
    parser = _parent()
    parser.add_argument('--overwrite', action='store_true',
                        help=f'redo videos whose {done} (default: skip '
                        'them, so a rerun resumes)')
    return parser


def no_progress():
    """``--no-progress``: no progress bars."""
    parser = _parent()
    parser.add_argument('--no-progress', action='store_true',
                        help='hide progress bars')
    return parser


def media(what='each video', default='decode'):
    """``--media``: how hard an importer checks the videos it lists."""
    parser = _parent()
    parser.add_argument('--media', choices=MEDIA_LEVELS, default=default,
                        help=f'how hard to check {what}: none, exists (a '
                        'non-empty file), open (decord opens it) or decode '
                        f'(and decodes its last frame); default {default}')
    return parser


def codec(what):
    """``--codec``: the codec of the videos a tool writes."""
    parser = _parent()
    parser.add_argument('--codec', choices=CODECS, default='h264',
                        help=f'{what} codec: h264 (.mp4, browser-playable, '
                        'lossy; '
                        'default) or ffv1 (.mkv, lossless, larger)')
    return parser


def allow_empty_split(what='the outputs'):
    """``--allow-empty-split``: write even if a split ends up empty (an
    importer otherwise stops: an empty split is usually a wrong layout)."""
    parser = _parent()
    parser.add_argument('--allow-empty-split', action='store_true',
                        help=f'write {what} even if a split is empty')
    return parser


def shares(unit):
    """``--split TRAIN VAL TEST``: shares of a seeded random split."""
    parser = _parent()
    parser.add_argument('--split', type=float, nargs=3, default=SHARES,
                        metavar=('TRAIN', 'VAL', 'TEST'),
                        help=f'shares of {unit} (default 0.7 0.15 0.15)')
    return parser


def split_files(split_dir, video_root):
    """``SPLIT_DIR VIDEO_ROOT OUT_DIR [--splits] [--media]`` of the
    importers of official split files (UCF101, HMDB51)."""
    parser = argparse.ArgumentParser(add_help=False, parents=[media()])
    parser.add_argument('split_dir', help=split_dir)
    parser.add_argument('video_root', help=video_root)
    parser.add_argument('out_dir', help='where to write the lists')
    parser.add_argument('--splits', type=int, nargs='+', choices=(1, 2, 3),
                        help='which splits (default: all found)')
    return parser


def cam_layers():
    """``--target-layer`` and ``--pathway``: what Grad-CAM explains."""
    parser = _parent()
    parser.add_argument('--target-layer', action='append',
                        dest='target_layers', metavar='NAME',
                        help='module to explain (repeatable; default: last '
                        'block, see vis_cam.py --list-layers)')
    parser.add_argument('--pathway', choices=PATHWAYS, default='slow',
                        help='SlowFast: default layer of which pathway(s)')
    return parser


def ann_file_reading(mode=''):
    """How a tool reads an annotation file given on its command line.

    Args:
        mode (str): Prefix of the help texts naming when the options apply,
            e.g. ``'batch mode: '``.
    """
    parser = _parent()
    parser.add_argument('--data-prefix', help=f'{mode}video folder of a '
                        'video list (default: the config\'s test '
                        'data_prefix)')
    parser.add_argument('--dataset-type', help='read the annotation file '
                        'with this dataset class (e.g. VideoDataset for '
                        '"path label" lists) instead of the config\'s')
    parser.add_argument('--split', help=f'{mode}pose pkl: split to use')
    parser.add_argument('--max-samples', type=int,
                        help=f'{mode}at most N samples')
    return parser


def add_preflight_flag(parser):
    parser.add_argument(
        '--skip-preflight', action='store_true',
        help='do not check the annotation files and videos before the run '
        '(the check opens every video once; results are cached by path, '
        'size and mtime in $HAR_PREFLIGHT_CACHE or '
        '~/.cache/mmaction_har/media_probes.json)')


def add_skip_flag(parser):
    parser.add_argument(
        '--skip-bad-samples', action='store_true',
        help=f'skip training samples whose video cannot be loaded and report '
        f'them at the end of each epoch, instead of stopping (config key '
        f'{SKIP_KEY} = True)')
