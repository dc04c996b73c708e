# As child_24kp.py on the five actions left without run and go (the study's
# 5-action set; labels box, clap, jog, walk, wave):
#   python tools/data/prepare_child.py SOURCE data/child --keypoints 24 \
#       --actions no-run-go
_base_ = ['child_24kp.py']

ann_file = 'data/child/child_5cls_24kp.pkl'
train_dataloader = dict(dataset=dict(ann_file=ann_file))
val_dataloader = dict(dataset=dict(ann_file=ann_file))
test_dataloader = dict(dataset=dict(ann_file=ann_file))
model = dict(cls_head=dict(num_classes=5))
