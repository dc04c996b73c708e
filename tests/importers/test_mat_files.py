"""``.mat`` files read in a helper process: a crash of scipy's reader is
an error naming the file, and the next file is read by a fresh helper."""
import os
import signal

import numpy as np
import pytest
from scipy.io import savemat

from mmaction_har.errors import HarError
from mmaction_har.importers import mat_files


def _segfault(path, keys):
    import faulthandler
    faulthandler.disable()
    os.kill(os.getpid(), signal.SIGSEGV)


@pytest.mark.skipif(not hasattr(os, 'fork'), reason='needs fork')
def test_a_crashing_reader_names_the_file(tmp_path, monkeypatch):
    path = tmp_path / 'a.mat'
    savemat(str(path), dict(d_skel=np.ones((20, 3, 2))))
    mat_files._shutdown()
    monkeypatch.setattr(mat_files, '_load', _segfault)  # in the next helper
    with pytest.raises(HarError, match=f'{path}: not a readable .mat file '
                       r'\(the MAT-file reader crashed on it\)'):
        mat_files.read_mat(str(path))
    monkeypatch.undo()
    mat = mat_files.read_mat(str(path), ['d_skel'])
    assert list(mat) == ['d_skel'] and mat['d_skel'].shape == (20, 3, 2)
    (tmp_path / 'b.mat').write_bytes(b'MATLAB 5.0 cut')
    with pytest.raises(HarError, match='b.mat: not a readable .mat file'):
        mat_files.read_mat(str(tmp_path / 'b.mat'))
