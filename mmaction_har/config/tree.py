"""Walking a config's dataloaders down to the datasets that hold pipelines."""

#: The dataloader keys of an MMAction2 config.
SPLITS = ('train_dataloader', 'val_dataloader', 'test_dataloader')


def dataset_cfgs(dataset):
    """Yield the leaf dataset configs of (possibly wrapped) dataset configs."""
    if dataset is None:
        return
    if isinstance(dataset, (list, tuple)):
        for item in dataset:
            yield from dataset_cfgs(item)
    elif 'dataset' in dataset:
        yield from dataset_cfgs(dataset['dataset'])
    elif 'datasets' in dataset:
        yield from dataset_cfgs(dataset['datasets'])
    else:
        yield dataset
