"""Datasets of :mod:`mmaction_har`.

Sub-packages:

* :mod:`mmaction_har.datasets.demo` -- the deterministic synthetic demo corpus
  (articulated figures doing the six KTH actions) behind ``make demo``.

This module stays import-light on purpose: importing it must not pull in
torch, OpenCV or MMAction2.
"""
