# BAST evaluation protocol (42 classes, heavily imbalanced: see
# docs/configs.md for ClassBalancedSampler / class weights). Lists
# data/bast/eval/{train,val,test}.txt under data/bast/clips; the domain test
# lists data/bast/eval/test_{avatar,kinesphere}.txt are selected with
#   --cfg-options \
#       test_dataloader.dataset.ann_file=data/bast/eval/test_avatar.txt
_base_ = ['./bast_base_rgb.py']

ann_file_train = 'data/bast/eval/train.txt'
ann_file_val = 'data/bast/eval/val.txt'
ann_file_test = 'data/bast/eval/test.txt'
num_classes = 42

train_dataloader = dict(dataset=dict(ann_file=ann_file_train))
val_dataloader = dict(dataset=dict(ann_file=ann_file_val))
test_dataloader = dict(dataset=dict(ann_file=ann_file_test))
