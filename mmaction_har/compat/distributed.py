"""CPU distributed training (gloo) with mmengine 0.10.7.

mmengine's ``init_dist(launcher='pytorch')`` calls ``torch.cuda.set_device``
unconditionally, so ``torchrun --nproc_per_node=2`` dies on a CPU-only torch,
and the Runner builds ``MMDistributedDataParallel`` with
``device_ids=[LOCAL_RANK]``, which DDP rejects for a module on the CPU.

With CUDA present nothing changes (nccl, one GPU per process). Without it:

* the pytorch launcher initialises the process group with gloo from the
  torchrun environment (``RANK``, ``WORLD_SIZE``, ``MASTER_ADDR/PORT``);
* DDP wrappers of CPU modules are built with ``device_ids=None``.
"""
import torch
import torch.distributed as torch_dist
from mmengine.dist import utils as dist_utils
from mmengine.logging import print_log
from mmengine.model.wrappers import MMDistributedDataParallel

_PATCHED = '_mmaction_har_cpu_dist'


def _has_accelerator():
    return torch.cuda.is_available() or dist_utils.is_npu_available() or \
        dist_utils.is_mlu_available() or dist_utils.is_musa_available()


def _wrap_init_dist_pytorch(original):

    def init_dist_pytorch(backend='nccl', init_backend='torch', **kwargs):
        if _has_accelerator():
            return original(backend, init_backend=init_backend, **kwargs)
        if backend != 'gloo':
            print_log(f'No GPU found: using the gloo backend instead of '
                      f'{backend} for CPU distributed training.',
                      logger='current')
        torch_dist.init_process_group(backend='gloo', **kwargs)

    setattr(init_dist_pytorch, _PATCHED, True)
    return init_dist_pytorch


def _wrap_ddp_init(original):

    def __init__(self, module, *args, **kwargs):
        on_cpu = all(not p.is_cuda for p in module.parameters())
        if on_cpu:
            kwargs['device_ids'] = None
            kwargs.pop('output_device', None)
        original(self, module, *args, **kwargs)

    setattr(__init__, _PATCHED, True)
    return __init__


def install():
    if not getattr(dist_utils._init_dist_pytorch, _PATCHED, False):
        dist_utils._init_dist_pytorch = _wrap_init_dist_pytorch(
            dist_utils._init_dist_pytorch)
    if not getattr(MMDistributedDataParallel.__init__, _PATCHED, False):
        MMDistributedDataParallel.__init__ = _wrap_ddp_init(
            MMDistributedDataParallel.__init__)
