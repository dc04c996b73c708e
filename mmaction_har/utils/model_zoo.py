"""Remote checkpoints: which MMAction2 model-zoo config a URL belongs to,
and one clear error when a checkpoint cannot be downloaded.

mmengine fetches a ``load_from`` (or a backbone ``pretrained``) URL on first
use into torch's hub cache (``$TORCH_HOME/hub/checkpoints``). Without
network the download fails deep inside the Runner, with a traceback.
:func:`install` routes ``http(s)://`` checkpoints through
:func:`load_remote`, which turns that failure into an
:class:`OfflineCheckpointError`: the file to fetch, the command that fetches
it elsewhere (``mim download mmaction2 --config NAME --dest checkpoints``
for a model-zoo checkpoint, the URL otherwise) and how to pass the copy.
"""
import functools
import glob
import os
import os.path as osp
from urllib.parse import urlparse

import mmaction
import torch
import yaml
from mmengine.dist import get_dist_info
from mmengine.logging import print_log
from mmengine.runner.checkpoint import CheckpointLoader, load_from_http

from ..errors import HarError

#: Where MMAction2's wheel keeps its configs and metafiles.
UPSTREAM_CONFIGS = osp.join(osp.dirname(mmaction.__file__), '.mim', 'configs')
#: Where the fetch hint tells users to download to.
DEST = 'checkpoints'


class OfflineCheckpointError(HarError):
    """A remote checkpoint could not be downloaded (no network, bad URL)."""


@functools.lru_cache(maxsize=None)
def zoo_checkpoints():
    """``{checkpoint URL: upstream config name}`` from MMAction2's
    metafiles (the name is what ``mim download --config`` takes)."""
    urls = {}
    for meta in sorted(glob.glob(osp.join(UPSTREAM_CONFIGS, '**',
                                          'metafile.yml'), recursive=True)):
        with open(meta) as f:
            models = yaml.safe_load(f).get('Models') or []
        for model in models:
            if isinstance(model.get('Weights'), str):
                urls[model['Weights']] = model['Name']
    return urls


def file_name(url):
    return osp.basename(urlparse(url).path)


def fetch_hint(url):
    """The shell command that fetches ``url`` into :data:`DEST`."""
    name = zoo_checkpoints().get(url)
    if name:
        return f'mim download mmaction2 --config {name} --dest {DEST}'
    return f'wget -P {DEST} {url}'


def _remote(value):
    return isinstance(value, str) and value.startswith(('http://',
                                                        'https://'))


def remote_weights(cfg, load_from_option='--cfg-options load_from={file}'):
    """``{URL: how to pass a local copy}`` for the config's remote weights.

    Args:
        cfg (Config): The config (``load_from`` and the model's
            ``pretrained`` / ``init_cfg.checkpoint`` keys are read).
        load_from_option (str): How to pass a local ``load_from``; ``{file}``
            is replaced by the local path.
    """
    sources = {}
    if _remote(cfg.get('load_from')):
        sources[cfg.load_from] = load_from_option

    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ('pretrained', 'checkpoint') and _remote(value):
                    sources[value] = f'--cfg-options {path}{key}={{file}}'
                walk(value, f'{path}{key}.')
        elif isinstance(node, (list, tuple)):
            for i, value in enumerate(node):
                walk(value, f'{path}{i}.')

    walk(cfg.get('model', {}), 'model.')
    return sources


def load_remote(url, map_location=None, sources=None):
    """mmengine's ``http(s)://`` checkpoint loader with a clear error.

    Raises:
        OfflineCheckpointError: the download failed; the message names the
            file, the command that fetches it and how to pass it.
    """
    cached = osp.join(torch.hub.get_dir(), 'checkpoints', file_name(url))
    rank, _ = get_dist_info()
    try:
        if rank == 0 and not osp.isfile(cached):
            print_log(f'downloading {url} to {cached}', logger='current')
            os.makedirs(osp.dirname(cached), exist_ok=True)
            torch.hub.download_url_to_file(url, cached, progress=False)
        return load_from_http(url, map_location=map_location)
    except OSError as err:  # URLError, refused, timed out, unwritable cache
        local = f'{DEST}/{file_name(url)}'
        option = (sources or {}).get(url, 'the local file in place of the URL')
        raise OfflineCheckpointError(
            f'cannot download checkpoint {file_name(url)} from {url} '
            f'({err}); fetch it where the internet is reachable with '
            f'`{fetch_hint(url)}`, copy {local} here and pass '
            f'{option.format(file=local)} (or put the file in '
            f'{osp.dirname(cached)}/)') from None


def install(sources):
    """Load ``http(s)://`` checkpoints with :func:`load_remote`.

    Args:
        sources (dict): ``{URL: how to pass a local copy}``, as
            :func:`remote_weights` returns.
    """
    def load_from_remote(url, map_location=None):  # mmengine logs the name
        return load_remote(url, map_location, sources)

    CheckpointLoader.register_scheme(prefixes=('http://', 'https://'),
                                     loader=load_from_remote, force=True)
