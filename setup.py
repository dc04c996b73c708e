import os.path as osp

from setuptools import find_packages, setup


def read_requirements(name):
    path = osp.join(osp.dirname(__file__), 'requirements', name)
    with open(path) as f:
        lines = (line.split('#')[0].strip() for line in f)
        return [line for line in lines if line]


version = {}
with open(osp.join('mmaction_har', 'version.py')) as f:
    exec(f.read(), version)

setup(
    name='mmaction_har',
    version=version['__version__'],
    description='MMAction2 1.x plugin: datasets, pipelines, models and tools '
    'for human action recognition research on BAST, child and KTH data',
    long_description=open('README.md').read() if osp.exists('README.md') else '',
    long_description_content_type='text/markdown',
    packages=find_packages(exclude=('configs', 'tools', 'tests', 'benchmarks')),
    # Jinja2 page templates beside the modules that render them
    # (mmaction_har/**/templates/, see mmaction_har/utils/templates.py).
    package_data={'': ['templates/*.html']},
    python_requires='>=3.9',
    # torch is installed first, on its own (Makefile, TORCH_SPEC), so that a
    # resolver never swaps in another build; it is a requirement of mmaction2.
    install_requires=read_requirements('runtime.txt'),
    extras_require={
        'tests': read_requirements('tests.txt'),
        'mmcv_full': read_requirements('optional.txt'),
    },
    license='Apache License 2.0',
    zip_safe=False)
