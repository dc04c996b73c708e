"""The table of bad inputs run through the real tools (``test_matrix``).

Every case builds its inputs in its own folder and returns the tool, its
arguments and the fragments the single ``error:`` line must contain (the
offending file, and ``file:line`` where the input has lines). The test
then checks exit status 1, exactly one ``error:`` line with the
fragments, no traceback, and that nothing in the case's folder changed
(an importer's earlier outputs, which some cases put there, included).
"""
import json
import os.path as osp
import pickle
import shutil
from dataclasses import dataclass
from typing import Callable

import numpy as np

REPO = osp.dirname(osp.dirname(osp.dirname(osp.abspath(__file__))))
TRAIN = 'tools/train.py'
TEST = 'tools/test.py'

#: A tiny SlowOnly on 32x32 clips (VideoDataset or KTHSubsequenceDataset).
VIDEO_CONFIG = """
_base_ = ['mmaction::_base_/models/slowonly_r50.py',
          {runtime!r}]
custom_imports = dict(imports=['mmaction_har'], allow_failed_imports=False)
model = dict(backbone=dict(depth=18, base_channels=8, pretrained=None),
             cls_head=dict(in_channels=64, num_classes=3))
pipe = [dict(type='DecordInit')] + {extra!r} + [
    dict(type='SampleFrames', clip_len=4, frame_interval=1, num_clips=1),
    dict(type='DecordDecode'),
    dict(type='Resize', scale=(32, 32), keep_ratio=False),
    dict(type='FormatShape', input_format='NCTHW'),
    dict(type='PackActionInputs')]
def loader(ann):
    return dict(batch_size=2, num_workers=0,
                sampler=dict(type='DefaultSampler', shuffle=False),
                dataset=dict(type={dataset!r}, ann_file=ann,
                             data_prefix=dict(video={videos!r}),
                             pipeline=pipe))
train_dataloader = loader({train!r})
val_dataloader = loader({val!r})
test_dataloader = loader({test!r})
val_evaluator = dict(type='AccMetric')
test_evaluator = val_evaluator
train_cfg = dict(type='EpochBasedTrainLoop', max_epochs=1, val_interval=1)
val_cfg = dict(type='ValLoop')
test_cfg = dict(type='TestLoop')
optim_wrapper = dict(optimizer=dict(type='SGD', lr=0.01, momentum=0.9))
param_scheduler = []
"""

POSE_CONFIG = """
_base_ = [{base!r}]
ann_file = {ann!r}
model = dict(backbone=dict(base_channels=8, stage_blocks=(1, 1, 1)),
             cls_head=dict(in_channels=32))
train_dataloader = dict(num_workers=0, persistent_workers=False,
                        dataset=dict(ann_file=ann_file))
val_dataloader = dict(num_workers=0, persistent_workers=False,
                      dataset=dict(ann_file=ann_file))
test_dataloader = dict(num_workers=0, persistent_workers=False,
                       dataset=dict(ann_file=ann_file))
"""


@dataclass
class Case:
    id: str
    build: Callable  # (folder, resources) -> dict(tool, args, names)


CASES = []


def case(name):
    def register(fn):
        CASES.append(Case(name, fn))
        return fn
    return register


# --- helpers ---------------------------------------------------------------

def clips(d, res, names=('a', 'b', 'c')):
    """Good clips ``NAME.avi`` (12 frames) in ``d/videos``."""
    videos = d / 'videos'
    videos.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(res.good_video, videos / f'{name}.avi')
    return videos


def video_config(d, res, train='a.avi 0\nb.avi 1\n', val='c.avi 2\n',
                 test='c.avi 2\n', dataset='VideoDataset', extra=()):
    videos = clips(d, res)
    paths = {}
    for split, text in (('train', train), ('val', val), ('test', test)):
        paths[split] = str(d / f'{split}.txt')
        (d / f'{split}.txt').write_text(text)
    cfg = d / 'config.py'
    cfg.write_text(VIDEO_CONFIG.format(
        runtime=osp.join(REPO, 'configs', '_base_', 'default_runtime.py'),
        dataset=dataset, extra=list(extra), videos=str(videos), **paths))
    return str(cfg), paths, videos


def pose_config(d, res, edit=None, raw=None):
    """A tiny PoseC3D config on a copy of the tiny corpus' pickle, edited
    by ``edit(data)`` or replaced by ``raw`` bytes."""
    ann = d / 'pose.pkl'
    if raw is not None:
        ann.write_bytes(raw)
    else:
        with open(res.pose_pkl, 'rb') as f:
            data = pickle.load(f)
        data = edit(data) if edit else data
        ann.write_bytes(pickle.dumps(data))
    cfg = d / 'config.py'
    cfg.write_text(POSE_CONFIG.format(
        base=osp.join(REPO, 'configs', 'posec3d', 'demo.py'), ann=str(ann)))
    return str(cfg), str(ann)


def train(cfg, d, *args):
    return [cfg, '--work-dir', str(d / 'work'), *args]


def weights(path):
    """A loadable checkpoint of weights (passes the content check)."""
    import torch
    torch.save(dict(state_dict={'w': torch.ones(2)}), str(path))
    return str(path)


def runner_checkpoint(path):
    import torch
    torch.save(dict(meta=dict(epoch=1, iter=2), state_dict={
        'w': torch.ones(2)}, message_hub={}), str(path))
    return str(path)


def truncated(path):
    data = open(runner_checkpoint(path), 'rb').read()
    path.write_bytes(data[:len(data) // 2])


def plain_pickle(path):
    path.write_bytes(pickle.dumps({'a': 1}))


def pickled_list(path):
    import torch
    torch.save([1, 2, 3], str(path))


def zip_without_data(path):
    import zipfile
    with zipfile.ZipFile(path, 'w') as z:
        z.writestr('readme.txt', 'hello')


def first_train_line(d, videos, line, name):
    return [f'{d / "train.txt"}:{line}', str(videos / name)]


# --- tools/train.py: media and lists --------------------------------------

@case('train: text file named .mp4')
def _(d, res):
    cfg, paths, videos = video_config(d, res, train='a.avi 0\nx.mp4 1\n')
    (videos / 'x.mp4').write_text('this is not a video\n' * 3)
    return dict(tool=TRAIN, args=train(cfg, d),
                names=first_train_line(d, videos, 2, 'x.mp4'))


@case('train: 0-byte video')
def _(d, res):
    cfg, paths, videos = video_config(d, res, train='a.avi 0\nz.avi 1\n')
    (videos / 'z.avi').write_bytes(b'')
    return dict(tool=TRAIN, args=train(cfg, d),
                names=first_train_line(d, videos, 2, 'z.avi'))


@case('train: truncated mp4')
def _(d, res):
    cfg, paths, videos = video_config(d, res, train='t.mp4 0\na.avi 1\n')
    data = open(res.good_mp4, 'rb').read()
    (videos / 't.mp4').write_bytes(data[:len(data) // 2])
    return dict(tool=TRAIN, args=train(cfg, d),
                names=first_train_line(d, videos, 1, 't.mp4'))


@case('train: missing video')
def _(d, res):
    cfg, paths, videos = video_config(d, res, train='a.avi 0\ngone.avi 1\n')
    return dict(tool=TRAIN, args=train(cfg, d),
                names=first_train_line(d, videos, 2, 'gone.avi'))


def _list_case(name, lists, split, line, *fragments):
    """A train.py case on the video lists ``lists`` (split -> text, and
    ``video_config``'s other arguments) whose error must name ``split``'s
    list at ``line`` and ``fragments`` (``{videos}``: the video folder)."""
    def build(d, res):
        cfg, paths, videos = video_config(d, res, **lists)
        where = f'{paths[split]}:{line}' if line else paths[split]
        return dict(tool=TRAIN, args=train(cfg, d), names=[
            where, *(f.format(videos=videos) for f in fragments)])
    CASES.append(Case(name, build))


_list_case('train: empty video list', dict(train=''), 'train', None,
           'no samples')
_list_case('train: list line with a non-integer label',
           dict(train='a.avi 0\nb.avi one\n'), 'train', 2,
           'expected "path label"')
_list_case('train: empty line in a list', dict(train='a.avi 0\n\nb.avi 1\n'),
           'train', 2, 'empty line')
_list_case('train: train label >= num_classes',
           dict(train='a.avi 0\nb.avi 9\n'), 'train', 2,
           'label 9 outside 0..2')
_list_case('train: val label >= num_classes', dict(val='c.avi 3\n'), 'val',
           1, 'label 3 outside 0..2')
_list_case('train: negative label', dict(train='a.avi -1\nb.avi 1\n'),
           'train', 1, 'label -1 outside 0..2')


KTH = dict(val='c.avi 1 12 2\n', test='c.avi 1 12 2\n',
           dataset='KTHSubsequenceDataset',
           extra=[dict(type='SubsequenceRange')])
_list_case('train: KTH range past the end of the video',
           dict(KTH, train='a.avi 1 6 0\nb.avi 5 40 1\n'), 'train', 2,
           'frames 5-40', '{videos}/b.avi')
_list_case('train: KTH range with start after end',
           dict(KTH, train='a.avi 1 6 0\nb.avi 9 3 1\n'), 'train', 2,
           'frame range 9-3')


@case('train: three bad clips, all listed, the first named')
def _(d, res):
    cfg, paths, videos = video_config(
        d, res, train='a.avi 0\nbad1.avi 1\nb.avi 1\nbad2.mp4 0\nbad3.avi 2\n')
    (videos / 'bad1.avi').write_bytes(b'')
    (videos / 'bad2.mp4').write_text('text')
    (videos / 'bad3.avi').write_bytes(b'RIFF' + b'\0' * 40)
    return dict(tool=TRAIN, args=train(cfg, d),
                names=['3 problems', f'{paths["train"]}:2',
                       str(videos / 'bad1.avi')])


# --- tools/train.py: pose pickles -----------------------------------------

@case('train: pose pickle is a list of numbers')
def _(d, res):
    cfg, ann = pose_config(d, res, raw=pickle.dumps([1, 2, 3]))
    return dict(tool=TRAIN, args=train(cfg, d),
                names=[ann, "split 'train' but the pickle has no splits"])


def _drop_keypoint(data):
    del data['annotations'][0]['keypoint']


def _three_dims(data):
    ann = data['annotations'][0]
    ann['keypoint'] = ann['keypoint'][0]


def _first_train_label(data):
    first = data['split']['train'][0]
    next(a for a in data['annotations'] if a['frame_dir'] == first)[
        'label'] = 6


def _pose_case(name, edit, *names):
    """A train.py case on the tiny pose pickle changed in place by edit."""
    def build(d, res):
        def apply(data):
            edit(data)
            return data
        cfg, ann = pose_config(d, res, apply)
        return dict(tool=TRAIN, args=train(cfg, d),
                    names=[n.format(ann=ann) for n in names])
    CASES.append(Case(name, build))


_pose_case('train: pose annotation without keypoint', _drop_keypoint,
           '{ann} annotations[', "missing keys ['keypoint']")
_pose_case('train: pose keypoint (T, V, 2)', _three_dims,
           '{ann} annotations[', 'expected an array (M, T, V, C)')
_pose_case('train: pose split missing from the pickle',
           lambda data: data['split'].pop('train'), '{ann}',
           "no split 'train'")
_pose_case('train: pose split names a missing entry',
           lambda data: data['split']['train'].append('nobody/nothing'),
           '{ann}', "['nobody/nothing']")
_pose_case('train: empty pose split',
           lambda data: data['split'].update(val=[]), '{ann}',
           "split 'val' holds no samples")
_pose_case('train: pose label >= num_classes', _first_train_label,
           '{ann} annotations[', 'label 6 outside 0..5')
_pose_case('train: NaN keypoints',
           lambda data: data['annotations'][0]['keypoint'].__setitem__(
               (0, 1, 2, 0), np.nan), '{ann} annotations[0]', 'NaN/inf')


@case('train: truncated pose pickle')
def _(d, res):
    data = open(res.pose_pkl, 'rb').read()
    cfg, ann = pose_config(d, res, raw=data[:len(data) // 3])
    return dict(tool=TRAIN, args=train(cfg, d),
                names=[ann, 'cannot unpickle'])


@case('train: pose pickle is a text file')
def _(d, res):
    cfg, ann = pose_config(d, res, raw=b'frame_dir,label\nx,1\n')
    return dict(tool=TRAIN, args=train(cfg, d),
                names=[ann, 'cannot unpickle'])


# --- config mistakes ------------------------------------------------------

@case('train: --cfg-options train_cfg.max_epoch')
def _(d, res):
    cfg, _ = pose_config(d, res)
    return dict(tool=TRAIN, args=train(cfg, d, '--cfg-options',
                                       'train_cfg.max_epoch=3'),
                names=['train_cfg.max_epoch',
                       'did you mean `train_cfg.max_epochs`?'])


@case('train: --cfg-options optim_wrapper.optimizer.lrr')
def _(d, res):
    cfg, _ = pose_config(d, res)
    return dict(tool=TRAIN, args=train(cfg, d, '--cfg-options',
                                       'optim_wrapper.optimizer.lrr=0.1'),
                names=['`optim_wrapper.optimizer.lr`'])


@case('train: unknown head type via --cfg-options')
def _(d, res):
    cfg, _ = pose_config(d, res)
    return dict(tool=TRAIN, args=train(cfg, d, '--cfg-options',
                                       'model.cls_head.type=I3DHeadd'),
                names=["model.cls_head.type = 'I3DHeadd'", '`I3DHead`'])


@case('train: unknown transform type in the config file')
def _(d, res):
    cfg, _ = pose_config(d, res)
    with open(cfg, 'a') as f:
        f.write("train_dataloader['dataset']['pipeline'] = "
                "[dict(type='UniformSampleFrame', clip_len=8)]\n")
    return dict(tool=TRAIN, args=train(cfg, d),
                names=['train_dataloader.dataset.pipeline.0.type',
                       '`UniformSampleFrames`'])


@case('experiments: typo in a spec cfg_options key fails --dry-run')
def _(d, res):
    cfg, _ = pose_config(d, res)
    spec = d / 'spec.yaml'
    spec.write_text(f'grid:\n  - configs:\n      - {cfg}\n    '
                    'cfg_options:\n      train_cfg.max_epoch: 2\n')
    return dict(tool='tools/experiments/run.py',
                args=[str(spec), '--work-root', str(d / 'runs'),
                      '--dry-run'],
                names=['train_cfg.max_epoch', '`train_cfg.max_epochs`'])


# --- checkpoints ------------------------------------------------------------

@case('train: --resume with only broken checkpoints in the work dir')
def _(d, res):
    cfg, _ = pose_config(d, res)
    work = d / 'work'
    work.mkdir()
    truncated(work / 'epoch_2.pth')
    (work / 'epoch_1.pth').write_bytes(b'')
    (work / 'last_checkpoint').write_text(str(work / 'epoch_2.pth'))
    return dict(tool=TRAIN, args=train(cfg, d, '--resume'),
                names=[f'no complete checkpoint in {work}',
                       str(work / 'epoch_2.pth')])


def _checkpoint_case(name, make, how, *fragments):
    """A case whose checkpoint, made by ``make(path)``, is given to
    ``train.py --resume``, ``train.py`` as ``load_from`` or ``test.py``."""
    def build(d, res):
        cfg, _ = pose_config(d, res)
        ckpt = d / 'checkpoint.pth'
        make(ckpt)
        args = dict(
            resume=[TRAIN, train(cfg, d, '--resume', ckpt)],
            load_from=[TRAIN, train(cfg, d, '--cfg-options',
                                    f'load_from={ckpt}')],
            test=[TEST, [cfg, ckpt, '--work-dir', d / 'w']])[how]
        return dict(tool=args[0], args=args[1], names=[str(ckpt),
                                                       *fragments])
    CASES.append(Case(name, build))


for _how in ('resume', 'load_from', 'test'):
    _checkpoint_case(f'{_how}: truncated checkpoint', truncated, _how,
                     'is truncated', 'expected')
_checkpoint_case('resume: empty checkpoint', lambda p: p.write_bytes(b''),
                 'resume', '(0 bytes) is empty')
_checkpoint_case('resume: foreign file (JSON)', lambda p: p.write_text(
    '{"weights": [1, 2, 3]}\n'), 'resume', 'is not a PyTorch file')
_checkpoint_case('resume: weights without training state', weights,
                 'resume', 'lacks meta', 'which --resume needs')
_checkpoint_case('load_from: a pickled list', pickled_list, 'load_from',
                 'holds a list, not a dict')
_checkpoint_case('test: empty checkpoint', lambda p: p.write_bytes(b''),
                 'test', 'is empty')
_checkpoint_case('test: plain pickle as checkpoint', plain_pickle, 'test',
                 'plain pickle')
_checkpoint_case('test: zip archive that is not a checkpoint',
                 zip_without_data, 'test', 'without data.pkl')


# --- tools/test.py ----------------------------------------------------------

@case('test: test label >= num_classes (was: wrong metrics, exit 0)')
def _(d, res):
    cfg, paths, _ = video_config(d, res, test='c.avi 2\na.avi 5\n')
    ckpt = weights(d / 'best.pth')
    return dict(tool=TEST, args=[cfg, ckpt, '--work-dir', str(d / 'w')],
                names=[f'{paths["test"]}:2', 'label 5 outside 0..2'])


@case('test: corrupt clip in the test list')
def _(d, res):
    cfg, paths, videos = video_config(d, res, test='c.avi 2\nbad.avi 1\n')
    (videos / 'bad.avi').write_text('nope')
    ckpt = weights(d / 'best.pth')
    return dict(tool=TEST, args=[cfg, ckpt, '--work-dir', str(d / 'w')],
                names=[f'{paths["test"]}:2', str(videos / 'bad.avi')])


@case('test: pose test split missing')
def _(d, res):
    def edit(data):
        del data['split']['test']
        return data
    cfg, ann = pose_config(d, res, edit)
    ckpt = weights(d / 'best.pth')
    return dict(tool=TEST, args=[cfg, ckpt, '--work-dir', str(d / 'w')],
                names=[ann, "no split 'test'"])


# --- importers -------------------------------------------------------------

def previous_output(out_dir, names):
    """Files an earlier, good import left: must survive a failed one."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in names:
        (out_dir / name).write_text(f'earlier good output: {name}\n')


@case('prepare_ntu: every file unparseable (was: 0-sample pickle, exit 0)')
def _(d, res):
    src = d / 'skeletons'
    src.mkdir()
    (src / 'S001C001P001R001A001.skeleton').write_text('garbage\n')
    (src / 'S001C001P002R001A002.skeleton').write_text('3\n1\n')
    previous_output(d / 'out', ['ntu60_3d.pkl', 'ntu60_3d_summary.md'])
    return dict(tool='tools/data/prepare_ntu.py',
                args=[str(src), str(d / 'out')],
                names=[f'{src / "S001C001P001R001A001.skeleton"}:1',
                       'no usable sample', 'nothing written'])


@case('prepare_ntu: no .skeleton files')
def _(d, res):
    (d / 'empty').mkdir()
    return dict(tool='tools/data/prepare_ntu.py',
                args=[str(d / 'empty'), str(d / 'out')],
                names=[str(d / 'empty'), 'NTU .skeleton files not found'])


@case('prepare_kth: only val persons (was: empty train/test lists, exit 0)')
def _(d, res):
    videos = d / 'videos' / 'boxing'
    videos.mkdir(parents=True)
    shutil.copy(res.good_video, videos / 'person01_boxing_d1_uncomp.avi')
    seq = d / '00sequences.txt'
    seq.write_text('person01_boxing_d1\tframes\t1-6, 7-12\n')
    previous_output(d / 'out', ['kth_train_videos.txt'])
    return dict(tool='tools/data/prepare_kth.py',
                args=[str(seq), str(d / 'videos'), str(d / 'out')],
                names=[str(seq), 'split train, test would be empty'])


@case('prepare_kth: unparseable sequences line')
def _(d, res):
    (d / 'videos').mkdir()
    seq = d / '00sequences.txt'
    seq.write_text('header\n\nperson01_boxing_d1\tframes\t1-6, x-12\n')
    return dict(tool='tools/data/prepare_kth.py',
                args=[str(seq), str(d / 'videos'), str(d / 'out')],
                names=[f'{seq}:3', "'x-12'"])


def utd_root(d, frames=5):
    from scipy.io import savemat
    skel = d / 'utd' / 'skeleton'
    skel.mkdir(parents=True)
    rng = np.random.default_rng(0)
    for subject in (1, 2):
        savemat(str(skel / f'a1_s{subject}_t1_skeleton.mat'),
                dict(d_skel=rng.normal(size=(20, 3, frames))))
    return skel


@case('prepare_utd_mhad: truncated .mat')
def _(d, res):
    skel = utd_root(d)
    (skel / 'a1_s2_t1_skeleton.mat').unlink()
    path = skel / 'a1_s1_t1_skeleton.mat'
    path.write_bytes(path.read_bytes()[:120])
    previous_output(d / 'out', ['utd_mhad_xsub.pkl'])
    return dict(tool='tools/data/prepare_utd_mhad.py',
                args=[str(d / 'utd'), str(d / 'out')],
                names=[str(path), 'not a readable .mat file'])


@case('prepare_utd_mhad: output folder is a file')
def _(d, res):
    utd_root(d)
    (d / 'out.pkl').write_text('an earlier pickle\n')
    return dict(tool='tools/data/prepare_utd_mhad.py',
                args=[str(d / 'utd'), str(d / 'out.pkl')],
                names=[str(d / 'out.pkl'), 'a file of that name'])


@case('prepare_utd_mhad: one subject only (empty test split)')
def _(d, res):
    skel = utd_root(d)
    (skel / 'a1_s2_t1_skeleton.mat').unlink()
    return dict(tool='tools/data/prepare_utd_mhad.py',
                args=[str(d / 'utd'), str(d / 'out')],
                names=[str(skel), 'split test would be empty'])


@case('prepare_penn_action: every label file unreadable')
def _(d, res):
    labels = d / 'labels'
    labels.mkdir()
    (labels / '0001.mat').write_bytes(b'MATLAB 5.0 MAT-file, cut')
    (labels / '0002.mat').write_bytes(b'')
    previous_output(d / 'out', ['penn_action.pkl'])
    return dict(tool='tools/data/prepare_penn_action.py',
                args=[str(labels), str(d / 'out')],
                names=[str(labels / '0001.mat'), 'no usable sample'])


@case('prepare_child: OpenPose clips where nobody is detected')
def _(d, res):
    for child in ('c1', 'c2', 'c3'):
        folder = d / 'json' / child / 'box' / 'clip1'
        folder.mkdir(parents=True)
        for t in range(3):
            (folder / f'clip_{t:012d}_keypoints.json').write_text(
                json.dumps(dict(version=1.3, people=[])))
    previous_output(d / 'out', ['child_7cls_24kp.pkl'])
    return dict(tool='tools/data/prepare_child.py',
                args=[str(d / 'json'), str(d / 'out')],
                names=[str(d / 'json'), 'no usable sample',
                       str(d / 'json' / 'c1' / 'box' / 'clip1')])


@case('prepare_child: CSV cell that is not a number')
def _(d, res):
    header = 'frame,child_id,label,' + ','.join(
        f'x{j},y{j},c{j}' for j in range(18))
    row = '0,k1,wave,' + ','.join('1.0,2.0,0.9' for _ in range(18))
    bad = row.replace('1.0', 'abc', 1)
    (d / 'clips.csv').write_text(f'{header}\n{row}\n{bad}\n')
    return dict(tool='tools/data/prepare_child.py',
                args=[str(d / 'clips.csv'), str(d / 'out')],
                names=[f'{d / "clips.csv"}:3', "'abc'"])


@case('prepare_ucf101: every listed video unusable')
def _(d, res):
    splits = d / 'ucfTrainTestlist'
    splits.mkdir()
    (splits / 'classInd.txt').write_text('1 Archery\n')
    (splits / 'trainlist01.txt').write_text(
        'Archery/v_Archery_g08_c01.avi 1\n')
    (splits / 'testlist01.txt').write_text('Archery/v_Archery_g01_c01.avi\n')
    videos = d / 'videos' / 'Archery'
    videos.mkdir(parents=True)
    (videos / 'v_Archery_g08_c01.avi').write_bytes(b'')
    (videos / 'v_Archery_g01_c01.avi').write_text('not a video')
    return dict(tool='tools/data/prepare_ucf101.py',
                args=[str(splits), str(d / 'videos'), str(d / 'out'),
                      '--media', 'open'],
                names=[str(d / 'videos'), 'no usable sample',
                       'v_Archery_g'])


@case('prepare_hmdb51: split file with an unknown flag')
def _(d, res):
    splits = d / 'splits'
    splits.mkdir()
    path = splits / 'brush_hair_test_split1.txt'
    path.write_text('a.avi 1\nb.avi 7\n')
    (d / 'videos').mkdir()
    return dict(tool='tools/data/prepare_hmdb51.py',
                args=[str(splits), str(d / 'videos'), str(d / 'out')],
                names=[f'{path}:2', "'b.avi 7'"])


@case('prepare_bast: malformed ELAN file')
def _(d, res):
    raw = d / 'raw'
    raw.mkdir()
    shutil.copy(res.good_video, raw / 'rec1.avi')
    (raw / 'rec1.eaf').write_text('<?xml version="1.0"?>\n'
                                  '<ANNOTATION_DOCUMENT>\n<TIER>\n')
    return dict(tool='tools/data/prepare_bast.py',
                args=[str(raw), str(d / 'out')],
                names=[str(raw / 'rec1.eaf'), 'malformed ELAN XML'])


@case('prepare_binary: no validation clip')
def _(d, res):
    for kind in ('positive', 'negative'):
        folder = d / 'clips' / kind
        folder.mkdir(parents=True)
        shutil.copy(res.good_video, folder / f'{kind}1.avi')
    return dict(tool='tools/data/prepare_binary.py',
                args=['archery', str(d / 'out'), '--root', str(d / 'clips'),
                      '--val-fraction', '0'],
                names=[str(d / 'clips'), 'split val would be empty'])


@case('validate: all-zero keypoint sequence (was: passed)')
def _(d, res):
    with open(res.pose_pkl, 'rb') as f:
        data = pickle.load(f)
    data['annotations'][1]['keypoint'][:] = 0
    name = data['annotations'][1]['frame_dir']
    (d / 'pose.pkl').write_bytes(pickle.dumps(data))
    return dict(tool='tools/data/validate.py', args=[str(d / 'pose.pkl')],
                names=[str(d / 'pose.pkl'), f'annotations[1] ({name})',
                       'zero-pose'])


@case('validate: missing video in a list')
def _(d, res):
    videos = clips(d, res)
    (d / 'list.txt').write_text('a.avi 0\ngone.avi 1\n')
    return dict(tool='tools/data/validate.py',
                args=[str(d / 'list.txt'), '--data-prefix', str(videos)],
                names=[f'{d / "list.txt"}:2', str(videos / 'gone.avi')])
