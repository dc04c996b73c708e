# TIN ResNet-50 on the child action dataset (7 actions) with the background
# stripped (the background-stripping tool's output; same lists, labels and
# splits). Compare with child.py.
_base_ = ['./child.py']

data_root = 'data/child_nobg/videos'
ann_file_train = 'data/child_nobg/child_7cls_train_videos.txt'
ann_file_val = 'data/child_nobg/child_7cls_val_videos.txt'
ann_file_test = 'data/child_nobg/child_7cls_test_videos.txt'

train_dataloader = dict(dataset=dict(ann_file=ann_file_train,
                                     data_prefix=dict(video=data_root)))
val_dataloader = dict(dataset=dict(ann_file=ann_file_val,
                                   data_prefix=dict(video=data_root)))
test_dataloader = dict(dataset=dict(ann_file=ann_file_test,
                                    data_prefix=dict(video=data_root)))
