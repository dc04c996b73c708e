# bast_eval with the background stripped: the same lists, written by the
# background-stripping tool under data/bast_nobg/eval/, clips under
# data/bast_nobg/clips (labels and splits unchanged).
_base_ = ['./bast_eval_rgb.py']

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
