# The UCF101 study's setting on the full dataset, split 1 (101 classes), with
# the lists written by
#   python tools/data/prepare_ucf101.py data/ucf101/ucfTrainTestlist \
#       data/ucf101/videos data/ucf101
# Same frozen, cached ResNet-18 + LSTM as the subset config.
_base_ = ['resnet18-frozen_lstm_ucf101-subset.py']

data_root = 'data/ucf101/videos'
ann_file_train = 'data/ucf101/ucf101_train_split_1_videos.txt'
ann_file_test = 'data/ucf101/ucf101_val_split_1_videos.txt'
model = dict(cls_head=dict(num_classes=101))
train_dataloader = dict(batch_size=16, dataset=dict(
    ann_file=ann_file_train, data_prefix=dict(video=data_root)))
val_dataloader = dict(dataset=dict(ann_file=ann_file_test,
                                   data_prefix=dict(video=data_root)))
test_dataloader = val_dataloader
val_evaluator = [dict(type='AccMetric',
                      metric_options=dict(top_k_accuracy=dict(topk=(1, 5))))]
test_evaluator = val_evaluator
auto_scale_lr = dict(base_batch_size=16)
