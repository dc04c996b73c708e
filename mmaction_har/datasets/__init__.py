"""What :mod:`mmaction_har` registers into MMAction2's dataset registries.

* :mod:`.kth` -- ``KTHSubsequenceDataset`` (one sample per subsequence).
* :mod:`.guarded` -- ``GuardedDataset`` (load errors name the file and list
  line; optional skipping of bad samples).
* :mod:`.label_map` -- ``LabelMapDataset`` (relabel, merge or drop classes
  of a wrapped dataset, for cross-domain and class-exclusion runs).
* :mod:`.samplers` -- ``ClassBalancedSampler``.
* :mod:`.transforms` -- the pipeline transforms.

Raw layouts are turned into the annotation files these read by
:mod:`mmaction_har.importers`; the synthetic demo corpus lives in
:mod:`mmaction_har.demo`.
"""
