# Quick start: `make demo` and `make test` do all the set-up themselves.
PYTHON ?= python3
VENV ?= .venv
# Installed first and on its own: a bare `torch` would pull the newest CUDA
# build. Elsewhere set e.g. TORCH_SPEC='torch==2.5.1' PIP_TORCH_ARGS='--index-url ...'.
TORCH_SPEC ?= torch==2.13.*
PIP_TORCH_ARGS ?=
PY := $(VENV)/bin/python
STAMP := $(VENV)/.mmaction_har-installed
DEMO_WORK ?= work_dirs/demo
PYTEST_ARGS ?=

.PHONY: install demo demo-experiments test clean-demo help

help:
	@echo "make install  create $(VENV) and install the project (torch first: $(TORCH_SPEC))"
	@echo "make demo     install, generate the demo corpus, train + test PoseC3D and SlowOnly"
	@echo "make test     install, run the test suite"
	@echo "make demo-experiments  install, prepare the demo corpus, strip its backgrounds, run configs/experiments/demo.yaml"

install: $(STAMP)

# requirements/no_deps.txt: packages whose declared requirements would break
# the stack, installed last without them (the file says why, runtime.txt has
# what they import).
$(STAMP): setup.py requirements/runtime.txt requirements/tests.txt requirements/no_deps.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet "$(TORCH_SPEC)" $(PIP_TORCH_ARGS)
	$(PY) -m pip install --quiet -e ".[tests]"
	$(PY) -m pip install --quiet --no-deps -r requirements/no_deps.txt
	$(PY) -c "import mmaction_har, mmaction.models, mmpose.apis, torch; print('installed mmaction_har', mmaction_har.__version__, 'torch', torch.__version__)"
	touch $(STAMP)

demo: $(STAMP)
	$(PY) tools/demo.py --work-dir $(DEMO_WORK)

# The demo experiment spec: PoseC3D learning rates and SlowOnly on original vs
# background-stripped videos (person segmentation of the KTH-layout videos).
demo-experiments: $(STAMP)
	$(PY) tools/demo.py --prepare-only
	for split in train val test; do \
	  $(PY) tools/data/strip_background.py data/demo/kth/kth_$${split}_videos.txt \
	    --data-root data/demo/raw/kth/videos --out-root data/demo_nobg/videos \
	    --out-list data/demo_nobg/kth_$${split}_videos.txt --method seg --workers 2 || exit 1; \
	done
	$(PY) tools/experiments/run.py configs/experiments/demo.yaml --work-root $(DEMO_WORK)/experiments

test: $(STAMP)
	$(PY) -m pytest tests $(PYTEST_ARGS)

clean-demo:
	rm -rf data/demo data/demo_nobg $(DEMO_WORK)
