# UTD-MHAD cross-subject (27 actions; subjects 1, 3, 5, 7 train, 2, 4, 6, 8
# test: 431 / 430 sequences), skeleton flavour for PoseC3D in Penn Action's
# layout, so that a Penn Action PoseC3D transfers to it: the Kinect joints
# mapped to Penn Action's 13 and projected onto the image
# (mmaction_har/importers/utd_mhad_2d.py), written by
#   python tools/data/prepare_utd_mhad.py UTD-MHAD data/utd_mhad \
#       --layout penn-action-2d
# Pipelines, flip pairs and the PoseC3D recipe are penn_action_pose.py's;
# validation reads the test split (UTD-MHAD has no validation split).
_base_ = ['./penn_action_pose.py']

ann_file = 'data/utd_mhad/utd_mhad_xsub_penn-action-2d.pkl'
num_classes = 27

train_dataloader = dict(dataset=dict(dataset=dict(ann_file=ann_file)))
val_dataloader = dict(dataset=dict(ann_file=ann_file))
test_dataloader = dict(dataset=dict(ann_file=ann_file))
