"""Missing data: the error says how to make it."""
import pytest
from mmengine.config import Config

from mmaction_har.config import check_data_files
from mmaction_har.errors import MissingFileError


def test_missing_demo_corpus_names_the_demo_tool(tmp_path):
    ann = str(tmp_path / 'data' / 'demo' / 'pose.pkl')
    cfg = Config(dict(test_dataloader=dict(dataset=dict(ann_file=ann))))
    with pytest.raises(MissingFileError) as err:
        check_data_files(cfg, ('test_dataloader', ))
    assert str(err.value) == (
        f'annotation file of test_dataloader not found: {ann} (generate it '
        'with: python tools/demo.py --prepare-only)')
