# ST-GCN++, joint stream, on Penn Action (15 actions, 13 annotated 2D
# joints + visibility, official split; configs/_base_/datasets/
# penn_action_skeleton.py) with the small-data augmentation (rotation,
# scaling, temporal crop). CPU-sized against upstream's
# stgcnpp_8xb16-joint-u100-80e_ntu60-xsub-keypoint-2d in two keys only:
# 32 frames (upstream 100; Penn Action clips have 18-663 frames, median 56)
# and the training set repeated 2 times per epoch (upstream 5).
#   python tools/train.py configs/stgcnpp/penn-action.py --auto-scale-lr
_base_ = ['./_base_/stgcnpp.py', '../_base_/datasets/penn_action_skeleton.py']

model = dict(
    backbone=dict(graph_cfg=dict(layout=_base_.penn_action_layout)),
    cls_head=dict(num_classes=15))
train_dataloader = dict(dataset=dict(
    _delete_=True, type='RepeatDataset', times=2,
    dataset=_base_.train_dataloader.dataset))
