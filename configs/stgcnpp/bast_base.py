# ST-GCN++ (joint stream) on the BAST base protocol (9 classes): COCO-17 2D
# keypoints of data/bast/base/pose.pkl, MMAction2's NTU60 2D recipe
# (stgcnpp_8xb16-joint-u100-80e_ntu60-xsub-keypoint-2d: 100 uniformly
# sampled frames, `coco` graph, 16 epochs over the training split repeated
# 5 times, SGD 0.1 nesterov, cosine) with the steps that took Penn Action
# to 96.72% top-1 (README.md): skeletons centred on the box of their
# detected joints in the first frame and scaled by its median size (instead
# of PreNormalize2D's image frame), and the small-data augmentation
# (in-plane rotation up to 15 degrees, scaling 0.9-1.1, temporal crops to
# 50-100% of the frames). The skeleton baseline PoseC3D is compared with.
#   python tools/train.py configs/stgcnpp/bast_base.py --auto-scale-lr
_base_ = [
    'mmaction::skeleton/stgcnpp/'
    'stgcnpp_8xb16-joint-u100-80e_ntu60-xsub-keypoint-2d.py'
]

custom_imports = dict(imports=['mmaction_har'], allow_failed_imports=False)

ann_file = 'data/bast/base/pose.pkl'
model = dict(cls_head=dict(num_classes=9))

normalize = [
    dict(type='NormalizeSkeleton', center_joints=None, center_mode='first',
         scale_joints='box')
]
augment = [
    dict(type='RandomRotateScaleSkeleton', max_angles=(0, 0, 15),
         scale_range=(0.9, 1.1)),
    dict(type='RandomTemporalCropSkeleton', ratio_range=(0.5, 1.))
]
to_input = [
    dict(type='PoseDecode'),
    dict(type='FormatGCNInput', num_person=2),
    dict(type='PackActionInputs')
]
samplers = dict(
    train=dict(type='UniformSampleFrames', clip_len=100),
    val=dict(type='UniformSampleFrames', clip_len=100, num_clips=1,
             test_mode=True),
    test=dict(type='UniformSampleFrames', clip_len=100, num_clips=10,
              test_mode=True))
# `pipelines[stream][split]` for the four streams (joint j, bone b, joint
# motion jm, bone motion bm: GenSkeFeat); this config trains the joint
# stream, the *_bone, *_joint-motion and *_bone-motion variants the others.
pipelines = {
    stream: {
        split: normalize + (augment if split == 'train' else []) +
        [dict(type='GenSkeFeat', dataset='coco', feats=[stream]), sampler] +
        to_input
        for split, sampler in samplers.items()
    }
    for stream in ('j', 'b', 'jm', 'bm')
}
train_pipeline = pipelines['j']['train']
val_pipeline = pipelines['j']['val']
test_pipeline = pipelines['j']['test']
train_dataloader = dict(dataset=dict(
    dataset=dict(ann_file=ann_file, split='train', pipeline=train_pipeline)))
val_dataloader = dict(
    dataset=dict(ann_file=ann_file, split='val', pipeline=val_pipeline))
test_dataloader = dict(
    dataset=dict(ann_file=ann_file, split='test', pipeline=test_pipeline))

val_evaluator = [dict(type='AccMetric',
                      metric_list=('top_k_accuracy', 'mean_class_accuracy'),
                      metric_options=dict(top_k_accuracy=dict(topk=(1, 2, 3,
                                                                    5))))]
test_evaluator = val_evaluator
