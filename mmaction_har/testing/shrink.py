"""Shrink a full-size config to seconds on a CPU, without editing it.

The config test (``tests/configs/test_zoo.py``) loads every config of the
zoo and runs one train and one test step. Full-size recipes (ResNet-50 to
152 backbones, 32-48 frames at 224 px, batches of 8-16) would take minutes
per config, so :func:`shrink_config` returns a copy in which

* every backbone keeps its architecture type, block type, stem, strides and
  inflation pattern, but has one block per stage and 8 base channels
  (``shrink_model``); the head's ``in_channels`` follows. 2D ResNets (TIN)
  have fixed widths: they keep their block type at its smallest depth;
* every pipeline samples 8 frames (at most 2 clips; the fewest that leave
  SlowFast's slow pathway and I3D's strided stem a frame), 2D models their
  one-frame segments (TIN's backbone needs all of them), and crops 32 px
  (``shrink_pipeline``); everything else in the pipeline is untouched;
* every dataloader has batch size 2 (or 1 where it was 1: CSN's
  ``max_testing_views`` needs it), no worker processes, and a
  ``RepeatDataset`` repeats once;
* ``load_from`` and backbone ``pretrained`` weights are dropped: a
  full-size checkpoint does not fit the shrunk model.

What the test then checks is the wiring of the real config: the registered
types, the pipelines' keys and shapes, the head's class count, the optimizer
and its paramwise options. Accuracy is not a property of a shrunk config.
"""
import copy

from ..errors import HarError

#: Frames per clip and crop size after shrinking.
CLIP_LEN = 8
SIZE = 32
BATCH = 2
BASE_CHANNELS = 8

_RESNETS = ('ResNet3d', 'ResNet3dSlowOnly', 'ResNet2Plus1d', 'ResNet3dCSN')
#: 2D ResNets (MMAction2's ResNet has no width or stage-blocks option).
_RESNETS_2D = ('ResNet', 'ResNetTSM', 'ResNetTIN')


def shrink_pipeline(pipeline, clip_len=CLIP_LEN, size=SIZE):
    """A copy of ``pipeline`` sampling ``clip_len`` frames at ``size`` px."""""
    out = []
    for t in copy.deepcopy(list(pipeline)):
        kind = t['type']
        if kind == 'SampleFrames' and t.get('clip_len', 1) == 1:
            pass  # 2D segments (TSN/TSM/TIN): the backbone needs them all
        elif kind in ('SampleFrames', 'UniformSampleFrames'):
            t['clip_len'] = clip_len
            t['num_clips'] = min(t.get('num_clips', 1), 2)
            if kind == 'SampleFrames':
                t['frame_interval'] = 1
        elif kind == 'Resize':
            w, h = t['scale']
            t['scale'] = (-1, size + size // 8) if w == -1 else (size, size)
        elif kind == 'CenterCrop':
            t['crop_size'] = size
        elif kind == 'ThreeCrop':
            t['crop_size'] = size + size // 8
        out.append(t)
    return out


def _shrink_resnet(backbone, base_channels=BASE_CHANNELS):
    num_stages = backbone.get('num_stages', 4)
    backbone['stage_blocks'] = (1, ) * num_stages
    backbone['base_channels'] = base_channels
    backbone['pretrained'] = None
    inflate = backbone.get('inflate')
    if isinstance(inflate, (list, tuple)):
        # one block per stage: keep each stage's first inflation flag
        backbone['inflate'] = tuple(
            tuple(i[:1]) if isinstance(i, (list, tuple)) else i
            for i in inflate)
    depth = backbone.get('depth', 50)
    expansion = 1 if depth in (18, 34) else 4
    out_stage = max(backbone.get('out_indices', (num_stages - 1, )))
    return base_channels * 2**out_stage * expansion


def shrink_model(model):
    """A copy of a recognizer config with a small backbone and fitted head.

    Raises:
        HarError: an unknown backbone type (add a rule here).
    """
    model = copy.deepcopy(model)
    backbone = model['backbone']
    kind = backbone['type']
    if kind in _RESNETS:
        channels = _shrink_resnet(backbone)
    elif kind == 'ResNet3dSlowFast':
        backbone['pretrained'] = None
        ratio = backbone.get('channel_ratio', 8)
        slow = _shrink_resnet(backbone['slow_pathway'], 2 * ratio)
        fast = _shrink_resnet(backbone['fast_pathway'], 2)
        channels = slow + fast
    elif kind == 'OmniResNet':  # SlowOnly-R50 layout, 64 base channels
        backbone['layers'] = [1, 1, 1, 1]
        channels = 2048
    elif kind in _RESNETS_2D:
        # fixed widths per depth: the smallest of its block type
        backbone['pretrained'] = None
        if kind != 'ResNet':  # TSM/TIN would convert ImageNet weights
            backbone['pretrained2d'] = False
        depth = 50 if backbone.get('depth', 50) >= 50 else 18
        backbone['depth'] = depth
        channels = 2048 if depth == 50 else 512
    elif kind == 'STGCN':
        backbone.update(base_channels=BASE_CHANNELS, num_stages=3,
                        inflate_stages=[2], down_stages=[2])
        channels = BASE_CHANNELS * backbone.get('ch_ratio', 2)
    else:
        raise HarError(f'shrink_model: no rule for backbone {kind!r}')
    model['cls_head']['in_channels'] = channels
    return model


def _dataset_leaves(dataset):
    """The innermost dataset configs (through wrappers such as
    ``RepeatDataset`` or ``LabelMapDataset``)."""
    if 'dataset' in dataset:
        return _dataset_leaves(dataset['dataset'])
    if 'datasets' in dataset:
        return [d for sub in dataset['datasets'] for d in _dataset_leaves(sub)]
    return [dataset]


def shrink_config(cfg):
    """A shrunk copy of ``cfg`` (an mmengine ``Config``); see the module."""
    cfg = copy.deepcopy(cfg)
    cfg.model = shrink_model(cfg.model)
    cfg.load_from = None
    for name in ('train_dataloader', 'val_dataloader', 'test_dataloader'):
        loader = cfg.get(name)
        if not loader:
            continue
        loader.update(batch_size=min(loader.get('batch_size', 1), BATCH),
                      num_workers=0,
                      persistent_workers=False)
        if loader['dataset'].get('type') == 'RepeatDataset':
            loader['dataset']['times'] = 1
        for dataset in _dataset_leaves(loader['dataset']):
            dataset['pipeline'] = shrink_pipeline(dataset['pipeline'])
    return cfg


def pipelines(cfg):
    """``{split: pipeline}`` of the innermost train/val/test datasets."""
    return {
        split: _dataset_leaves(cfg[f'{split}_dataloader']['dataset'])[0]
        ['pipeline']
        for split in ('train', 'val', 'test')
        if cfg.get(f'{split}_dataloader')
    }


def use_demo_corpus(cfg, root='data/demo', samples=8):
    """Point a (shrunk) config at the demo corpus, for a train smoke test.

    The demo corpus (``make demo``: 6 classes, 112 px videos and a COCO-17
    pose pickle) stands in for the config's dataset: RGB configs read its
    video lists, heatmap and GCN configs its pose pickle. Each split keeps
    its first ``samples`` clips (``indices``), so an epoch is a few
    iterations.

    Raises:
        HarError: a relabelling wrapper (``LabelMapDataset``) or a skeleton
            layout the COCO-17 demo pickle cannot feed.
    """
    cfg = copy.deepcopy(cfg)
    model = cfg.model
    model.cls_head.num_classes = 6
    loss = model.cls_head.get('loss_cls', {})
    if loss.get('class_weight'):
        loss.class_weight = [1.0] * 6
    if 'num_classes' in loss:  # ClassWeightedCrossEntropyLoss
        loss.num_classes = 6
    if model.backbone.get('in_channels') not in (None, 3):
        model.backbone.in_channels = 17  # one heatmap per COCO-17 point
    layout = model.backbone.get('graph_cfg', {}).get('layout')
    if layout not in (None, 'coco'):
        raise HarError(f'use_demo_corpus: graph layout {layout!r}; the demo '
                       'pickle holds COCO-17 2D keypoints')
    for split in ('train', 'val', 'test'):
        loader = cfg.get(f'{split}_dataloader')
        if not loader:
            continue
        outer = loader['dataset']
        if outer['type'] == 'LabelMapDataset':
            raise HarError('use_demo_corpus: relabelled datasets '
                           '(LabelMapDataset) need their own data')
        for dataset in _dataset_leaves(outer):
            kinds = [t['type'] for t in dataset['pipeline']]
            if 'DecordInit' in kinds:
                dataset.update(type='VideoDataset',
                               ann_file=f'{root}/{split}_list.txt',
                               data_prefix=dict(video=f'{root}/videos'))
                dataset['pipeline'] = [
                    t for t in dataset['pipeline']
                    if t['type'] != 'SubsequenceRange'
                ]
            else:
                dataset.update(type='PoseDataset',
                               ann_file=f'{root}/pose.pkl', split=split)
                dataset.pop('data_prefix', None)
            dataset['indices'] = samples
    return cfg


def main(argv=None):
    """``python -m mmaction_har.testing.shrink CONFIG OUT [--demo DIR]``:
    write the shrunk config (optionally on the demo corpus) to OUT."""
    import argparse

    from ..config import load_config
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument('config')
    parser.add_argument('out', help='where to write the shrunk config (.py)')
    parser.add_argument('--demo', metavar='DIR',
                        help='train on the demo corpus in DIR (data/demo)')
    parser.add_argument('--samples', type=int, default=8,
                        help='clips per split with --demo (default 8)')
    args = parser.parse_args(argv)
    cfg = shrink_config(load_config(args.config))
    if args.demo:
        cfg = use_demo_corpus(cfg, args.demo, args.samples)
    cfg.dump(args.out)
    print(f'wrote {args.out}')


if __name__ == '__main__':
    main()
