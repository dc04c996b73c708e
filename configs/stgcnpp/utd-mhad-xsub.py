# ST-GCN++, joint stream, on UTD-MHAD cross-subject (27 actions, Kinect v1
# skeletons, 20 joints x (x, y, z); configs/_base_/datasets/
# utd_mhad_xsub_skeleton.py) with the small-data augmentation (rotation,
# scaling, temporal crop). As upstream's
# stgcnpp_8xb16-joint-u100-80e_ntu60-xsub-keypoint-3d (training set
# repeated 5 times per epoch) but for 32 frames (upstream 100; UTD-MHAD
# sequences have 41-125 frames) and one person.
#   python tools/train.py configs/stgcnpp/utd-mhad-xsub.py --auto-scale-lr
_base_ = [
    './_base_/stgcnpp.py', '../_base_/datasets/utd_mhad_xsub_skeleton.py'
]

model = dict(
    backbone=dict(graph_cfg=dict(layout=_base_.kinect_v1_layout)),
    cls_head=dict(num_classes=27))
train_dataloader = dict(dataset=dict(
    _delete_=True, type='RepeatDataset', times=5,
    dataset=_base_.train_dataloader.dataset))
