"""Fixtures of the visualization tests: a real clip (tiny models are in
:mod:`tests.fixtures.models`)."""
import os.path as osp

import pytest


@pytest.fixture(scope='session')
def clip(shared_data):
    """A real 340x256 clip (Kinetics style)."""
    return osp.join(shared_data, 'videos', 'arm_wrestling.mp4')
