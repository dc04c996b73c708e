# SlowOnly-R50 on the BAST evaluation protocol (42 classes), fine-tuned from
# MMAction2's OmniSource checkpoint
# (slowonly_r50_8xb16-8x8x1-256e_imagenet-kinetics400-rgb: ImageNet images and
# Kinetics-400 clips trained jointly), the start of the thesis' best SlowOnly;
# otherwise as bast_eval.py. The checkpoint holds upstream's OmniResNet, a
# SlowOnly-R50 (1x7x7 stem, temporal kernels from the third stage) whose layer
# names differ from ResNet3dSlowOnly's, so the backbone is OmniResNet here
# (Grad-CAM: --target-layer backbone.layer4).
_base_ = ['./bast_eval.py']

model = dict(backbone=dict(_delete_=True, type='OmniResNet'))
load_from = 'https://download.openmmlab.com/mmaction/v1.0/recognition/omnisource/slowonly_r50_8xb16-8x8x1-256e_imagenet-kinetics400-rgb_20230208-61c4be0d.pth'  # noqa: E501
