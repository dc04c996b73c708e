"""2D CNN per frame + LSTM, with an optional frozen and cached CNN."""
from typing import Dict, List, Optional, Tuple

import torch
import torch.nn as nn

from mmaction.models.recognizers import Recognizer2D
from mmaction.registry import MODELS
from mmaction.utils import SampleList


@MODELS.register_module()
class RecognizerCNNLSTM(Recognizer2D):
    """``Recognizer2D`` for CNN + LSTM models, e.g. ``ResNet`` + ``LSTMHead``.

    With ``freeze_backbone=False`` it is exactly ``Recognizer2D``: the 2D
    backbone runs on ``N * num_segs`` frames and the head sees
    ``num_segs``. With ``freeze_backbone=True`` the backbone is kept in eval
    mode without gradients and its globally pooled frame features
    ``(C, )`` are computed under ``torch.no_grad``; with
    ``cache_features=True`` they are also memoised per frame, so each frame
    goes through the CNN once per run and later epochs train only the LSTM.

    The cache key is ``(filename, frame index, flip)`` from each data
    sample's metainfo: pack ``meta_keys=('filename', 'frame_inds', 'flip')``
    in ``PackActionInputs``, sample with ``clip_len=1``, and keep the
    spatial pipeline deterministic (``Resize``/``CenterCrop``; ``Flip`` is
    part of the key). Samples without those keys are not cached.

    Args:
        freeze_backbone (bool): Defaults to False.
        cache_features (bool): Only with ``freeze_backbone``. Defaults to
            False.
        **kwargs: ``Recognizer2D`` arguments (backbone, cls_head, ...).

    Inputs: ``(N, num_segs, C, H, W)`` frames. Features to the head:
    ``(N * num_segs, C_feat[, h, w])``.
    """

    def __init__(self, freeze_backbone: bool = False,
                 cache_features: bool = False, **kwargs) -> None:
        super().__init__(**kwargs)
        assert freeze_backbone or not cache_features, \
            'cache_features needs freeze_backbone=True'
        self.freeze_backbone = freeze_backbone
        self.cache_features = cache_features
        self._cache: Dict[tuple, torch.Tensor] = {}
        if freeze_backbone:
            for param in self.backbone.parameters():
                param.requires_grad = False

    def train(self, mode: bool = True) -> nn.Module:
        super().train(mode)
        if self.freeze_backbone:
            self.backbone.eval()
        return self

    @staticmethod
    def _frame_keys(data_samples: Optional[SampleList],
                    num_segs: int) -> List[Optional[tuple]]:
        """One cache key per frame (``None``: do not cache)."""
        keys = []
        for sample in data_samples or []:
            meta = sample.metainfo
            inds = meta.get('frame_inds')
            if 'filename' not in meta or inds is None or \
                    len(inds) != num_segs:
                keys += [None] * num_segs
                continue
            flip = bool(meta.get('flip', False))
            keys += [(meta['filename'], int(i), flip) for i in inds]
        return keys

    @torch.no_grad()
    def _frozen_features(self, frames: torch.Tensor,
                         keys: List[Optional[tuple]]) -> torch.Tensor:
        """Pooled backbone features ``(F, C_feat)`` of ``(F, C, H, W)``."""
        if not self.cache_features or len(keys) != len(frames):
            keys = [None] * len(frames)
        todo = [i for i, k in enumerate(keys)
                if k is None or k not in self._cache]
        feats = [None] * len(frames)
        if todo:
            out = self.backbone(frames[todo])
            out = out.flatten(2).mean(-1) if out.dim() > 2 else out
            for i, feat in zip(todo, out):
                feats[i] = feat
                if keys[i] is not None:
                    self._cache[keys[i]] = feat.cpu()
        for i, key in enumerate(keys):
            if feats[i] is None:
                feats[i] = self._cache[key].to(frames.device)
        return torch.stack(feats)

    def extract_feat(self,
                     inputs: torch.Tensor,
                     stage: str = 'neck',
                     data_samples: SampleList = None,
                     test_mode: bool = False) -> Tuple:
        """Backbone features and ``dict(num_segs=...)`` for the head."""
        if not self.freeze_backbone:
            return super().extract_feat(inputs, stage, data_samples,
                                        test_mode)
        num_segs = inputs.shape[1]
        frames = inputs.reshape((-1, ) + inputs.shape[2:])
        feats = self._frozen_features(
            frames, self._frame_keys(data_samples, num_segs))
        kwargs = dict(num_segs=num_segs)
        if stage == 'head':
            return self.cls_head(feats, **kwargs), kwargs
        return feats, kwargs

    def predict(self, inputs: torch.Tensor, data_samples: SampleList,
                **kwargs) -> SampleList:
        """Like ``BaseRecognizer.predict`` but passes the data samples on,
        so that test frames are cached too."""
        feats, predict_kwargs = self.extract_feat(
            inputs, data_samples=data_samples, test_mode=True)
        return self.cls_head.predict(feats, data_samples, **predict_kwargs)
