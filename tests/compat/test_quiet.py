"""Known-harmless warnings of the stack are silenced, others are not."""
import warnings

import mmaction_har  # noqa: F401  (installs the filters)
from mmaction_har.compat.quiet import HARMLESS


def _shown(message, category, module):
    with warnings.catch_warnings(record=True) as caught:
        # keep the package's filters, show everything else
        warnings.filterwarnings('always')
        from mmaction_har.compat import quiet
        quiet.install()
        warnings.warn_explicit(message, category, 'x.py', 1, module=module)
    return len(caught)


def test_harmless_warnings_are_silenced():
    assert _shown('pkg_resources is deprecated as an API. See ...',
                  UserWarning, 'mmengine.utils.package_utils') == 0
    assert _shown('`torch.cuda.amp.autocast(args...)` is deprecated. Please '
                  "use `torch.amp.autocast('cuda', args...)` instead.",
                  FutureWarning, 'mmdet.models.layers.se_layer') == 0
    assert len(HARMLESS) == 2


def test_other_warnings_still_show():
    assert _shown('something else', UserWarning, 'mmengine.runner') == 1
    # the autocast message from our own code is not silenced
    assert _shown('`torch.cuda.amp.autocast(args...)` is deprecated.',
                  FutureWarning, 'mmaction_har.models') == 1
