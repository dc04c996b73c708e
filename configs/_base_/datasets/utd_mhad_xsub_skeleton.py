# UTD-MHAD (Chen, Jafari and Kehtarnavaz, ICIP 2015), cross-subject, for the
# graph and sequence models: Kinect v1 skeletons (20 joints x (x, y, z) in
# metres, 27 actions), subjects 1,3,5,7 train (431) / 2,4,6,8 test (430) in
# data/utd_mhad/utd_mhad_xsub.pkl, written by
#   python tools/data/prepare_utd_mhad.py ../shared/data/utd_mhad
# Loading as in skeleton_loaders.py (no validation split: "val" is test).
#
# Graph (MMAction2 has no Kinect v1 layout): joints 0 head, 1 shoulder
# centre, 2 spine, 3 hip centre, 4-7 left shoulder/elbow/wrist/hand, 8-11
# right arm, 12-15 left hip/knee/ankle/foot, 16-19 right leg; a tree
# centred on the shoulder centre. Steps: origin at the hip centre of the
# first frame (global motion kept), unit = median hip-centre to
# shoulder-centre length (as configs/gru_attention); training adds a
# rotation (up to 10/30/10 degrees about x/y/z: larger turns about the
# vertical axis), per-axis scaling (0.9-1.1) and a temporal crop to 50-100%
# of the frames. `pipelines[stream][split]` for the four streams (joint j,
# bone b, joint motion jm, bone motion bm: GenSkeFeatGraph); the loaders use
# the joint stream's.
_base_ = ['./skeleton_loaders.py']

ann_file = 'data/utd_mhad/utd_mhad_xsub.pkl'
num_classes = 27
kinect_v1_layout = dict(
    num_node=20,
    center=1,
    inward=[(0, 1), (2, 1), (3, 2), (4, 1), (5, 4), (6, 5), (7, 6), (8, 1),
            (9, 8), (10, 9), (11, 10), (12, 3), (13, 12), (14, 13),
            (15, 14), (16, 3), (17, 16), (18, 17), (19, 18)])

normalize = [
    dict(type='DiscardKeys', keys=['keypoint_score']),
    dict(type='NormalizeSkeleton', center_joints=3, center_mode='first',
         scale_joints=(3, 1))
]
augment = [
    dict(type='RandomRotateScaleSkeleton', max_angles=(10, 30, 10),
         scale_range=(0.9, 1.1)),
    dict(type='RandomTemporalCropSkeleton', ratio_range=(0.5, 1.))
]
pipelines = {
    stream: {
        split: normalize + (augment if split == 'train' else []) + [
            dict(type='GenSkeFeatGraph', layout=kinect_v1_layout,
                 feats=[stream]), sampler
        ] + _base_.to_input
        for split, sampler in _base_.samplers.items()
    }
    for stream in ('j', 'b', 'jm', 'bm')
}

train_dataloader = dict(
    dataset=dict(ann_file=ann_file, pipeline=pipelines['j']['train']))
val_dataloader = dict(
    dataset=dict(ann_file=ann_file, pipeline=pipelines['j']['val']))
test_dataloader = dict(
    dataset=dict(ann_file=ann_file, pipeline=pipelines['j']['test']))
