"""One process of the plugin-overhead benchmark (see :mod:`.plugin`).

    python -m benchmarks.suite.plugin_worker CONFIG [--plugin] ...

Prints one JSON line: per-iteration seconds of each block, and how long
``import mmaction_har`` took (``--plugin``).
"""
import argparse
import importlib.util
import json
import os.path as osp
import sys
import time
import types

from .common import REPO


def _drn_fix_only():
    """The one fix stock MMAction2 1.2.0 needs to import its models, loaded
    without running ``mmaction_har/__init__`` (nor ``compat/__init__``)."""
    folder = osp.join(REPO, 'mmaction_har', 'compat')
    package = types.ModuleType('_stock_compat')
    package.__path__ = [folder]
    sys.modules['_stock_compat'] = package
    spec = importlib.util.spec_from_file_location(
        '_stock_compat.drn', osp.join(folder, 'drn.py'))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    module.install()


def main():
    p = argparse.ArgumentParser()
    p.add_argument('config')
    p.add_argument('--plugin', action='store_true')
    p.add_argument('--iterations', type=int, default=5)
    p.add_argument('--repeats', type=int, default=3)
    p.add_argument('--threads', type=int, default=1)
    args = p.parse_args()
    import torch
    torch.set_num_threads(args.threads)
    import_s = 0.0
    if args.plugin:
        start = time.perf_counter()
        import mmaction_har  # noqa: F401
        import_s = time.perf_counter() - start
    else:
        _drn_fix_only()
    import mmaction.models  # noqa: F401
    from mmengine.config import Config

    from .train_iter import iteration_seconds
    cfg = Config.fromfile(args.config, import_custom_modules=False)
    seconds = iteration_seconds(cfg, 1, args.iterations, args.repeats)
    print(json.dumps(dict(seconds=seconds, import_s=import_s)))


if __name__ == '__main__':
    main()
