# TIN ResNet-50 on BAST evaluation protocol (42 classes) with the background
# stripped (the background-stripping tool's output; same lists, labels and
# splits). Compare with bast_eval.py.
_base_ = ['./bast_eval.py']

data_root = 'data/bast_nobg/clips'
ann_file_train = 'data/bast_nobg/eval/train.txt'
ann_file_val = 'data/bast_nobg/eval/val.txt'
ann_file_test = 'data/bast_nobg/eval/test.txt'

train_dataloader = dict(dataset=dict(ann_file=ann_file_train,
                                     data_prefix=dict(video=data_root)))
val_dataloader = dict(dataset=dict(ann_file=ann_file_val,
                                   data_prefix=dict(video=data_root)))
test_dataloader = dict(dataset=dict(ann_file=ann_file_test,
                                    data_prefix=dict(video=data_root)))
