# MMAction2's runtime (hooks, logging, nccl dist_cfg, visualizer) plus the
# plugin import that applies the compatibility fixes and registers our
# modules. Every config of this repository inherits this file.
_base_ = ['mmaction::_base_/default_runtime.py']

custom_imports = dict(imports=['mmaction_har'], allow_failed_imports=False)

default_hooks = dict(logger=dict(interval=10))
