# Penn Action (Zhang, Zhu and Derpanis, ICCV 2013), skeleton flavour: 2,326
# clips of 15 sports and exercise actions with 13 hand-annotated 2D joints
# and visibility flags, the official split (1,258 train / 1,068 test) in
# data/penn_action/penn_action.pkl, written by
#   python tools/data/prepare_penn_action.py \
#       ../shared/data/penn_action/labels data/penn_action
# Loading as in skeleton_loaders.py (no validation split: "val" is test).
#
# Graph: joints 0 head, 1/2 left/right shoulder, 3/4 elbow, 5/6 wrist, 7/8
# hip, 9/10 knee, 11/12 ankle; COCO's tree without eyes and ears (limbs to
# the shoulders and hips, shoulders to the head), centred on the head.
# Steps: joints out of the frame (written at about (1, 1) px, 9% of all,
# in a third of the clips) are interpolated from the frames where they are
# in view, or zeroed if never; origin at the centre of the joints' bounding
# box in the first frame (global motion kept), unit = median longer side of
# that box (a fifth of the clips never show both hips, so no joint pair
# serves as origin or unit); training adds an in-plane rotation
# (up to 15 degrees), per-axis scaling (0.9-1.1) and a temporal crop to
# 50-100% of the frames; the visibility flag is the third channel, as the
# confidence is in MMAction2's 2D skeleton recipes. `pipelines[stream]
# [split]` for the four streams (joint j, bone b, joint motion jm, bone
# motion bm: GenSkeFeatGraph); the loaders use the joint stream's.
_base_ = ['./skeleton_loaders.py']

ann_file = 'data/penn_action/penn_action.pkl'
num_classes = 15
penn_action_layout = dict(
    num_node=13,
    center=0,
    inward=[(1, 0), (2, 0), (3, 1), (4, 2), (5, 3), (6, 4), (7, 1), (8, 2),
            (9, 7), (10, 8), (11, 9), (12, 10)])

normalize = [
    dict(type='RemoveUndetectedKeypoints', mode='interpolate', eps=2.),
    dict(type='NormalizeSkeleton', center_joints=None, center_mode='first',
         scale_joints='box', eps=2.)
]
augment = [
    dict(type='RandomRotateScaleSkeleton', max_angles=(0, 0, 15),
         scale_range=(0.9, 1.1)),
    dict(type='RandomTemporalCropSkeleton', ratio_range=(0.5, 1.))
]
pipelines = {
    stream: {
        split: normalize + (augment if split == 'train' else []) + [
            dict(type='GenSkeFeatGraph', layout=penn_action_layout,
                 feats=[stream], with_score=True), sampler
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
