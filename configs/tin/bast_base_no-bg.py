# TIN ResNet-50 on BAST base protocol (9 classes) with the background
# stripped (the background-stripping tool's output; same lists, labels and
# splits). Compare with bast_base.py.
_base_ = ['./bast_base.py']

data_root = 'data/bast_nobg/clips'
ann_file_train = 'data/bast_nobg/base/train.txt'
ann_file_val = 'data/bast_nobg/base/val.txt'
ann_file_test = 'data/bast_nobg/base/test.txt'

train_dataloader = dict(dataset=dict(ann_file=ann_file_train,
                                     data_prefix=dict(video=data_root)))
val_dataloader = dict(dataset=dict(ann_file=ann_file_val,
                                   data_prefix=dict(video=data_root)))
test_dataloader = dict(dataset=dict(ann_file=ann_file_test,
                                    data_prefix=dict(video=data_root)))
