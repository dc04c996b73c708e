"""Property tests: every importer's parser, fed mutated inputs, either
parses or raises the project's own error naming the file.

One test per input format; each starts from a valid file (generated, or a
real one from the shared data when present) and mutates it at byte or line
level (:mod:`.mutations`), or builds structurally odd content. Any
exception other than :class:`~mmaction_har.errors.HarError` fails the
test, as does a ``HarError`` that does not name the file. Budget:
:data:`.mutations.FUZZ` (60 derandomized examples per test).
"""
import json
import os
import os.path as osp
import pickle
import tempfile

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from mmaction_har.errors import HarError

from ..conftest import shared_data_dir
from ..fixtures.kth import SEQUENCES
from ..importers.ntu.test_prepare import body_joints, write_skeleton
from ..importers.test_penn_action import write_label
from .mutations import FUZZ, mutated_bytes, mutated_lines

WORK = tempfile.mkdtemp(prefix='har_fuzz_')


def _file(name, data):
    path = osp.join(WORK, name)
    os.makedirs(osp.dirname(path), exist_ok=True)
    with open(path, 'wb' if isinstance(data, bytes) else 'w',
              **({} if isinstance(data, bytes) else
                 dict(encoding='utf-8', errors='surrogatepass'))) as f:
        f.write(data)
    return path


def parses_or_names_the_file(parse, path, *args):
    """Run ``parse(path, *args)``; a HarError must name ``path``."""
    try:
        return parse(path, *args)
    except HarError as err:
        assert path in str(err) or osp.dirname(path) in str(err), str(err)
        return None


# --- NTU .skeleton ---------------------------------------------------------

def _ntu_seed():
    rng = np.random.default_rng(0)
    path = osp.join(WORK, 'seed.skeleton')
    write_skeleton(path, [[('1', body_joints(rng, 0.0)),
                           ('2', body_joints(rng, 1.0))] for _ in range(3)])
    with open(path, 'rb') as f:
        return f.read()


NTU_SEED = _ntu_seed()


@FUZZ
@given(data=st.one_of(mutated_bytes(NTU_SEED),
                      mutated_lines(NTU_SEED.decode()).map(str.encode)))
def test_ntu_skeleton(data):
    from mmaction_har.importers.ntu.skeleton import COORDS, read_skeleton
    from mmaction_har.importers.ntu.skeleton import to_arrays
    path = _file('S001C001P001R001A001.skeleton', data)
    skeleton = parses_or_names_the_file(read_skeleton, path)
    if skeleton is not None and skeleton.bodies:
        for coords in COORDS:
            keypoint, score, _ = to_arrays(skeleton, coords)
            assert keypoint.shape[:3] == score.shape


# --- OpenPose JSON ---------------------------------------------------------

def _openpose_seed():
    real = osp.join(shared_data_dir(), 'openpose_body25', 'json',
                    'video_000000000000_keypoints.json')
    if osp.isfile(real):
        with open(real, 'rb') as f:
            return f.read()
    people = [dict(person_id=[-1], pose_keypoints_2d=[
        float(v) for v in np.arange(75) % 7]) for _ in range(2)]
    return json.dumps(dict(version=1.3, people=people)).encode()


OPENPOSE_SEED = _openpose_seed()
keypoint_lists = st.integers(0, 4).flatmap(lambda k: st.lists(
    st.one_of(st.floats(), st.integers(), st.text(max_size=3), st.none(),
              st.lists(st.integers(), max_size=2)),
    min_size=(18, 24, 25, 1, 0)[k] * 3, max_size=(18, 24, 25, 1, 0)[k] * 3))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(
        max_size=5), lambda inner: st.lists(inner, max_size=80) | st.
    dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=100)


@FUZZ
@given(data=st.one_of(
    mutated_bytes(OPENPOSE_SEED),
    st.one_of(json_values, keypoint_lists).map(lambda v: json.dumps(dict(
        people=[dict(pose_keypoints_2d=v)])).encode()),
    json_values.map(lambda v: json.dumps(dict(people=v)).encode())))
def test_openpose_json(data):
    from mmaction_har.importers.child.sources import read_json_clip
    folder = osp.join(WORK, 'openpose', 'c1', 'box', 'clip1')
    path = _file(osp.join(folder, 'x_000000000000_keypoints.json'), data)
    clip = parses_or_names_the_file(
        lambda p: read_json_clip(osp.dirname(p), 'c1/box/clip1', 'c1',
                                 'box'), path)
    if clip is not None:
        assert all(f.ndim == 3 and f.shape[2] == 3 for f in clip.frames)


# --- ELAN .eaf -------------------------------------------------------------

#: A small ELAN file with what the real ones hold (aligned and reference
#: annotations, a slot without a time, two tiers); the real samples in the
#: shared data are 2.4 MB, too slow to parse 60 times.
EAF_SEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<ANNOTATION_DOCUMENT AUTHOR="" FORMAT="3.0" VERSION="3.0">
 <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds">
  <MEDIA_DESCRIPTOR MEDIA_URL="file:///rec1.mp4" MIME_TYPE="video/mp4"/>
 </HEADER>
 <TIME_ORDER>
  <TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="0"/>
  <TIME_SLOT TIME_SLOT_ID="ts2" TIME_VALUE="1200"/>
  <TIME_SLOT TIME_SLOT_ID="ts3"/>
  <TIME_SLOT TIME_SLOT_ID="ts4" TIME_VALUE="4000"/>
 </TIME_ORDER>
 <TIER LINGUISTIC_TYPE_REF="default" TIER_ID="task">
  <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1"
    TIME_SLOT_REF2="ts2"><ANNOTATION_VALUE>walk</ANNOTATION_VALUE>
  </ALIGNABLE_ANNOTATION></ANNOTATION>
  <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a2" TIME_SLOT_REF1="ts3"
    TIME_SLOT_REF2="ts4"><ANNOTATION_VALUE>jump</ANNOTATION_VALUE>
  </ALIGNABLE_ANNOTATION></ANNOTATION>
 </TIER>
 <TIER LINGUISTIC_TYPE_REF="ref" PARENT_REF="task" TIER_ID="rating">
  <ANNOTATION><REF_ANNOTATION ANNOTATION_ID="a3" ANNOTATION_REF="a1">
   <ANNOTATION_VALUE>3</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>
 </TIER>
</ANNOTATION_DOCUMENT>
"""


@FUZZ
@given(data=st.one_of(mutated_bytes(EAF_SEED),
                      mutated_lines(EAF_SEED.decode()).map(str.encode)))
@example(data=EAF_SEED.replace(b'UTF-8', b'TF-8'))  # found: LookupError
def test_elan_eaf(data):
    from mmaction_har.importers.bast.eaf import parse_eaf
    parses_or_names_the_file(parse_eaf, _file('recording.eaf', data))


# --- KTH sequences file ----------------------------------------------------

@FUZZ
@given(data=st.one_of(mutated_lines(SEQUENCES).map(
    lambda t: t.encode('latin-1', errors='replace')),
    mutated_bytes(SEQUENCES.encode())))
def test_kth_sequences(data):
    from mmaction_har.importers.kth.sequences import parse_sequences
    recs = parses_or_names_the_file(parse_sequences,
                                    _file('00sequences.txt', data))
    for rec in recs or []:
        assert all(1 <= a <= b for a, b in rec.ranges)


# --- UTD-MHAD and Penn Action .mat -----------------------------------------

def _mat_bytes(name, **fields):
    from scipy.io import savemat
    path = osp.join(WORK, name)
    savemat(path, fields)
    with open(path, 'rb') as f:
        return f.read()


UTD_SEED = _mat_bytes('utd_seed.mat', d_skel=np.random.default_rng(0).normal(
    size=(20, 3, 5)))
odd_arrays = st.one_of(
    st.sampled_from(('abc', '1', '-1', '', 'squat')).map(np.array),
    st.sampled_from(((6, 13), (6, 0), (0, 13), (20, 3, 4))).map(
        lambda shape: np.full(shape, 'a')),
    st.sampled_from((np.nan, np.inf, -1, 0, 7, 1e30)).map(
        lambda v: np.array([[v]])),
    hnp.arrays(st.sampled_from((np.float64, np.int16, np.uint8, np.bool_,
                                np.complex64)),
               hnp.array_shapes(min_dims=0, max_dims=4, max_side=21)),
    st.text(max_size=10).map(np.array),
    st.lists(st.text(max_size=3), max_size=5).map(
        lambda v: np.array(v, dtype=object)))


@FUZZ
@given(data=st.one_of(
    mutated_bytes(UTD_SEED),
    odd_arrays.map(lambda a: _mat_bytes('utd_odd.mat', d_skel=a)),
    odd_arrays.map(lambda a: _mat_bytes('utd_key.mat', other=a))))
def test_utd_mhad_mat(data):
    from mmaction_har.importers.utd_mhad import load_skeleton
    skel = parses_or_names_the_file(load_skeleton,
                                    _file('a1_s1_t1_skeleton.mat', data))
    if skel is not None:
        assert skel.ndim == 3 and skel.shape[1:] == (20, 3)


def _penn_seed():
    path = osp.join(WORK, 'penn_seed.mat')
    write_label(path, 'squat', 1, 6)
    with open(path, 'rb') as f:
        return f.read()


PENN_SEED = _penn_seed()


def _flip(data, *offsets):
    data = bytearray(data)
    for offset in offsets:
        data[offset] ^= 0x20
    return bytes(data)


#: Found by this test: scipy 1.17.1's reader crashed the interpreter
#: (segmentation fault, not every time) on these two flipped bytes.
PENN_CRASH = _flip(PENN_SEED, 1109, 2081)
PENN_FIELDS = ('x', 'y', 'visibility', 'action', 'train', 'dimensions',
               'nframes', 'bbox', 'pose')


@st.composite
def penn_odd(draw):
    from scipy.io import loadmat
    mat = {k: v for k, v in loadmat(osp.join(WORK, 'penn_seed.mat')).items()
           if not k.startswith('__')}
    for key in draw(st.lists(st.sampled_from(PENN_FIELDS), min_size=1,
                             max_size=2, unique=True)):
        if draw(st.booleans()):
            mat.pop(key)
        else:
            mat[key] = draw(odd_arrays)
    return _mat_bytes('penn_odd.mat', **mat)


@FUZZ
@given(data=st.one_of(mutated_bytes(PENN_SEED), penn_odd()))
@example(data=PENN_CRASH)
def test_penn_action_mat(data):
    from mmaction_har.importers.penn_action import read_label
    got = parses_or_names_the_file(read_label, _file('0001.mat', data))
    if got is not None:
        record, _ = got
        assert record['keypoint'].shape[1:] == (13, 2)


# --- video lists -----------------------------------------------------------

LIST_SEED = 'a.avi 0\nsub/b.mp4 1\nc.avi 2\n'
RANGE_SEED = 'a.avi 1 10 0\nsub/b.mp4 11 20 1\n'


@FUZZ
@given(data=st.one_of(mutated_lines(LIST_SEED), mutated_lines(RANGE_SEED),
                      mutated_bytes(RANGE_SEED.encode())))
def test_video_lists(data):
    """The list checks never raise; the KTH list reader parses or names
    the file and line."""
    from mmaction.utils import register_all_modules

    from mmaction_har.datasets.kth import KTHSubsequenceDataset
    register_all_modules(init_default_scope=False)
    from mmaction_har.importers.validate import (FORMATS, detect_format,
                                                 validate_list)
    path = _file('list.txt', data)
    detect_format(path)
    for fmt in FORMATS[:3]:
        report = validate_list(path, fmt, media='none', num_classes=3)
        assert all(p.where.startswith(path) for p in report.problems)
    parses_or_names_the_file(
        lambda p: KTHSubsequenceDataset(p, [], lazy_init=True).
        load_data_list(), path)


UCF_CLASSES = '1 ApplyEyeMakeup\n2 Archery\n'
UCF_LIST = ('ApplyEyeMakeup/v_ApplyEyeMakeup_g08_c01.avi 1\n'
            'Archery/v_Archery_g09_c02.avi 2\n')
HMDB_SPLIT = 'a.avi 1\nb.avi 2\nc.avi 0\n'


@FUZZ
@given(classes=mutated_lines(UCF_CLASSES), listed=mutated_lines(UCF_LIST),
       hmdb=mutated_lines(HMDB_SPLIT))
def test_split_files(classes, listed, hmdb):
    from mmaction_har.importers.hmdb51 import read_split_file
    from mmaction_har.importers.ucf101 import read_class_ind, read_split_list
    names = parses_or_names_the_file(read_class_ind,
                                     _file('classInd.txt', classes))
    parses_or_names_the_file(read_split_list, _file('trainlist01.txt',
                                                    listed),
                             names or ['ApplyEyeMakeup', 'Archery'])
    parses_or_names_the_file(read_split_file,
                             _file('brush_hair_test_split1.txt', hmdb))


# --- pose pickles ----------------------------------------------------------

def _pose(name, label):
    return dict(frame_dir=name, label=label, total_frames=4,
                keypoint=np.ones((1, 4, 17, 2), np.float32),
                keypoint_score=np.ones((1, 4, 17), np.float32))


POSE_SEED = pickle.dumps(dict(split=dict(train=['a'], val=['b']),
                              annotations=[_pose('a', 0), _pose('b', 1)],
                              classes=['x', 'y']), protocol=4)
odd_values = st.one_of(st.none(), st.integers(), st.floats(), st.text(
    max_size=4), odd_arrays, st.lists(st.integers(), max_size=3))
odd_annotation = st.dictionaries(
    st.sampled_from(('frame_dir', 'filename', 'label', 'total_frames',
                     'keypoint', 'keypoint_score', 'img_shape')),
    odd_values, max_size=7)
odd_pickle = st.one_of(
    st.lists(odd_annotation, max_size=3),
    st.builds(lambda anns, split: dict(annotations=anns, split=split),
              st.lists(odd_annotation, max_size=3),
              st.one_of(odd_values, st.dictionaries(
                  st.sampled_from(('train', 'val')), st.lists(
                      st.one_of(st.text(max_size=2), st.integers()),
                      max_size=3)))),
    odd_values)


@FUZZ
@given(data=st.one_of(mutated_bytes(POSE_SEED),
                      odd_pickle.map(lambda o: pickle.dumps(o, protocol=4))))
# found by the test: an infinite label, names of mixed types in two splits
@example(data=pickle.dumps([dict(frame_dir='a', label=np.array([[np.inf]]),
                                 total_frames=4, keypoint=None)]))
@example(data=pickle.dumps(dict(annotations=[], split=dict(
    train=['', 0], val=['', 0]))))
def test_pose_pickles(data):
    """Validation and the pre-flight report problems, never raise."""
    from mmaction_har.importers.validate import validate_pose
    from mmaction_har.preflight.annotations import check_pose
    from mmaction_har.preflight.sources import DataSource
    path = _file('pose.pkl', data)
    validate_pose(path, num_classes=2)
    for split in ('train', None):
        check_pose(DataSource('train_dataloader', 'PoseDataset', path,
                              'pose', split=split, num_classes=2), {})


@pytest.fixture(scope='module', autouse=True)
def _cleanup():
    yield
    import shutil
    shutil.rmtree(WORK, ignore_errors=True)
