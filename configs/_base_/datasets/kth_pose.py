# KTH, skeleton flavour: data/kth/kth_pose.pkl written by
#   python tools/data/extract_pose.py --out data/kth/kth_pose.pkl --lists \
#       train=data/kth/kth_train_videos.txt val=data/kth/kth_val_videos.txt \
#       test=data/kth/kth_test_videos.txt
# (COCO-17 keypoints, splits train / val / test, the person split of KTH).
_base_ = ['./bast_base_pose.py']

ann_file = 'data/kth/kth_pose.pkl'
num_classes = 6

train_dataloader = dict(dataset=dict(dataset=dict(ann_file=ann_file)))
val_dataloader = dict(dataset=dict(ann_file=ann_file))
test_dataloader = dict(dataset=dict(ann_file=ann_file))
