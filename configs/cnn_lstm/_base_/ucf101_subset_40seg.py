# The 4-class UCF101 subset (ApplyEyeMakeup, Archery, BabyCrawling,
# BaseballPitch), split 1: groups 8-25 train (here g08-g11, 91 videos),
# groups 1-7 test (here g01-g02, 44 videos). 40 frames per video, one from
# each of 40 equal segments over the whole video (random offset in training,
# segment centre in testing), resized to 128 px and centre-cropped to 112.
# The list files and the video link are made as described in README.md.
dataset_type = 'VideoDataset'
data_root = 'data/ucf101_subset/videos'
ann_file_train = 'data/ucf101_subset/ucf101_subset_train_split_1_videos.txt'
ann_file_test = 'data/ucf101_subset/ucf101_subset_val_split_1_videos.txt'
num_classes = 4
num_segments = 40
# frame identity for RecognizerCNNLSTM's feature cache
meta_keys = ('filename', 'frame_inds', 'flip')

train_pipeline = [
    dict(type='DecordInit'),
    dict(type='SampleFrames', clip_len=1, frame_interval=1,
         num_clips=num_segments),
    dict(type='DecordDecode'),
    dict(type='Resize', scale=(-1, 128)),
    dict(type='CenterCrop', crop_size=112),
    dict(type='FormatShape', input_format='NCHW'),
    dict(type='PackActionInputs', meta_keys=meta_keys)
]
val_pipeline = [
    dict(type='DecordInit'),
    dict(type='SampleFrames', clip_len=1, frame_interval=1,
         num_clips=num_segments, test_mode=True),
    dict(type='DecordDecode'),
    dict(type='Resize', scale=(-1, 128)),
    dict(type='CenterCrop', crop_size=112),
    dict(type='FormatShape', input_format='NCHW'),
    dict(type='PackActionInputs', meta_keys=meta_keys)
]
test_pipeline = val_pipeline

train_dataloader = dict(
    batch_size=8,
    num_workers=1,
    persistent_workers=True,
    sampler=dict(type='DefaultSampler', shuffle=True),
    dataset=dict(type=dataset_type, ann_file=ann_file_train,
                 data_prefix=dict(video=data_root), pipeline=train_pipeline))
val_dataloader = dict(
    batch_size=8,
    num_workers=1,
    persistent_workers=True,
    sampler=dict(type='DefaultSampler', shuffle=False),
    dataset=dict(type=dataset_type, ann_file=ann_file_test,
                 data_prefix=dict(video=data_root), pipeline=val_pipeline,
                 test_mode=True))
test_dataloader = val_dataloader

val_evaluator = [dict(type='AccMetric',
                      metric_options=dict(top_k_accuracy=dict(topk=(1, 2))))]
test_evaluator = val_evaluator
