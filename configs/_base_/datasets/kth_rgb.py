# KTH (6 actions, split by person as in the KTH paper): subsequence lists
# data/kth/kth_{train,val,test}_videos.txt (`path start end label`) written by
# tools/data/prepare_kth.py, videos under data/kth/videos. SubsequenceRange
# keeps the sampled frames inside the annotated subsequence.
_base_ = ['./bast_base_rgb.py']

dataset_type = 'KTHSubsequenceDataset'
data_root = 'data/kth/videos'
ann_file_train = 'data/kth/kth_train_videos.txt'
ann_file_val = 'data/kth/kth_val_videos.txt'
ann_file_test = 'data/kth/kth_test_videos.txt'
num_classes = 6

train_pipeline = _base_.train_pipeline
val_pipeline = _base_.val_pipeline
test_pipeline = _base_.test_pipeline
train_pipeline.insert(1, dict(type='SubsequenceRange'))
val_pipeline.insert(1, dict(type='SubsequenceRange'))
test_pipeline.insert(1, dict(type='SubsequenceRange'))

train_dataloader = dict(dataset=dict(
    type=dataset_type, ann_file=ann_file_train,
    data_prefix=dict(video=data_root), pipeline=train_pipeline))
val_dataloader = dict(dataset=dict(
    type=dataset_type, ann_file=ann_file_val,
    data_prefix=dict(video=data_root), pipeline=val_pipeline))
test_dataloader = dict(dataset=dict(
    type=dataset_type, ann_file=ann_file_test,
    data_prefix=dict(video=data_root), pipeline=test_pipeline))
