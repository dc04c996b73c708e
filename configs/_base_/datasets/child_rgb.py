# Child action dataset, RGB: VideoDataset lists data/child/{train,val,test}
# _videos.txt (`clip label`, labels in the order box, clap, go, jog, run,
# walk, wave) under data/child/videos. tools/data/prepare_child.py writes
# the pose pickle only: these lists must be written alongside it with the
# same child split (see docs/configs.md).
_base_ = ['./bast_base_rgb.py']

data_root = 'data/child/videos'
ann_file_train = 'data/child/train_videos.txt'
ann_file_val = 'data/child/val_videos.txt'
ann_file_test = 'data/child/test_videos.txt'
num_classes = 7

train_dataloader = dict(dataset=dict(ann_file=ann_file_train,
                                     data_prefix=dict(video=data_root)))
val_dataloader = dict(dataset=dict(ann_file=ann_file_val,
                                   data_prefix=dict(video=data_root)))
test_dataloader = dict(dataset=dict(ann_file=ann_file_test,
                                    data_prefix=dict(video=data_root)))
