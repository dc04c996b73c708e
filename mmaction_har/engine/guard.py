"""Put a built Runner's dataloaders behind ``GuardedDataset``.

Done on the Runner, not the config: the config the Runner dumps into the
work dir and stores in checkpoints stays the user's, so later tools that
read ``test_dataloader.dataset.ann_file`` from it keep working. The Runner
builds its dataloaders lazily from ``_train_dataloader`` /
``_val_dataloader`` / ``_test_dataloader``, which are still dicts then.
"""
import os.path as osp

_LOADERS = ('_train_dataloader', '_val_dataloader', '_test_dataloader')
SKIP_LOG = 'skipped_samples.jsonl'


def guard_dataloaders(runner, skip_bad=False):
    """Wrap the datasets of ``runner``'s dataloaders; returns the skip log.

    Args:
        skip_bad (bool): Skip training samples that fail to load (reported
            per epoch by ``SkippedSamplesHook``); val and test samples never
            are (their metrics would silently change).
    """
    skip_log = osp.join(runner.work_dir, SKIP_LOG)
    for attr in _LOADERS:
        loader = getattr(runner, attr, None)
        if not isinstance(loader, dict) or \
                not isinstance(loader.get('dataset'), dict):
            continue
        dataset = loader['dataset']
        if dataset.get('type') == 'GuardedDataset':
            dataset = dataset['dataset']
        skip = skip_bad and attr == '_train_dataloader'
        loader['dataset'] = dict(type='GuardedDataset', dataset=dataset,
                                 skip_bad=skip,
                                 skip_log=skip_log if skip else None)
    if skip_bad:
        from .hooks import SkippedSamplesHook
        runner.register_hook(SkippedSamplesHook(skip_log))
    return skip_log
