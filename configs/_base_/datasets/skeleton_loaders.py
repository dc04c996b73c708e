# Loading shared by the skeleton datasets without a validation split (Penn
# Action, UTD-MHAD): PoseDataset over a pose pickle with `train` and `test`
# splits, "val" during training on the test split (so results are those of
# the last epoch, never the best one), one person, clip_len frames sampled
# over each sequence by UniformSampleFrames (one clip in training and
# validation, 10 averaged at test time). A dataset base builds one pipeline
# per split and stream as its steps + `samplers[split]` + `to_input`, and
# points the loaders at its pickle.
dataset_type = 'PoseDataset'
clip_len = 32
samplers = dict(
    train=dict(type='UniformSampleFrames', clip_len=clip_len),
    val=dict(type='UniformSampleFrames', clip_len=clip_len, num_clips=1,
             test_mode=True),
    test=dict(type='UniformSampleFrames', clip_len=clip_len, num_clips=10,
              test_mode=True))
to_input = [
    dict(type='PoseDecode'),
    dict(type='FormatGCNInput', num_person=1),
    dict(type='PackActionInputs')
]

train_dataloader = dict(
    batch_size=16,
    num_workers=1,
    persistent_workers=True,
    sampler=dict(type='DefaultSampler', shuffle=True),
    dataset=dict(type=dataset_type, split='train'))
val_dataloader = dict(
    batch_size=32,
    num_workers=1,
    persistent_workers=True,
    sampler=dict(type='DefaultSampler', shuffle=False),
    dataset=dict(type=dataset_type, split='test', test_mode=True))
test_dataloader = dict(
    batch_size=8,
    num_workers=1,
    persistent_workers=True,
    sampler=dict(type='DefaultSampler', shuffle=False),
    dataset=dict(type=dataset_type, split='test', test_mode=True))

val_evaluator = [dict(type='AccMetric',
                      metric_list=('top_k_accuracy', 'mean_class_accuracy'))]
test_evaluator = val_evaluator
