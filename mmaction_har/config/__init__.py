"""Configs: loading, checking, and the switches applied when loading.

* :mod:`.loading` -- :func:`load_config` (every tool and API), input-file
  checks, the default work dir;
* :mod:`.check` -- ``--cfg-options`` keys and registry types that do not
  exist ("did you mean ...?");
* :mod:`.pose_heatmaps` -- the ``pose_heatmaps`` key (where PoseC3D
  heatmaps are made);
* :mod:`.schedule` -- schedules left at an old length by ``--cfg-options``;
* :mod:`.tree` -- walking dataloaders down to their leaf datasets.
"""
from .loading import (check_checkpoint, check_data_files, default_work_dir,
                      explain_failed_downloads, is_remote, load_config)
from .tree import SPLITS, dataset_cfgs

__all__ = ['SPLITS', 'check_checkpoint', 'check_data_files',
           'dataset_cfgs', 'default_work_dir', 'explain_failed_downloads',
           'is_remote', 'load_config']
