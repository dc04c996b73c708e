# Child action dataset, RGB: VideoDataset lists
# data/child/child_7cls_{train,val,test}_videos.txt (`clip label`, labels in
# the order box, clap, go, jog, run, walk, wave) under data/child/videos,
# written with the pose pickle's child split by
#   python tools/data/prepare_child.py SOURCE data/child --keypoints 17 \
#       --video-root data/child/videos
_base_ = ['./bast_base_rgb.py']

data_root = 'data/child/videos'
ann_file_train = 'data/child/child_7cls_train_videos.txt'
ann_file_val = 'data/child/child_7cls_val_videos.txt'
ann_file_test = 'data/child/child_7cls_test_videos.txt'
num_classes = 7

train_dataloader = dict(dataset=dict(ann_file=ann_file_train,
                                     data_prefix=dict(video=data_root)))
val_dataloader = dict(dataset=dict(ann_file=ann_file_val,
                                   data_prefix=dict(video=data_root)))
test_dataloader = dict(dataset=dict(ann_file=ann_file_test,
                                    data_prefix=dict(video=data_root)))
