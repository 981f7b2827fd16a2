"""Build hook for the compiled install: with GROUPPULSE_COMPILE=1 the moderator's hot path is
compiled with mypyc and the model's C gram table is built (``streams/detect/compiled.py`` says
which modules and why); without it (the default, and every editable install) the package is
pure Python.

    pip install setuptools wheel mypy pydantic    # pydantic: mypy's plugin (pyproject.toml)
    GROUPPULSE_COMPILE=1 pip install --no-build-isolation .
"""

import os
import sys

from setuptools import setup

ext_modules = []
if os.environ.get("GROUPPULSE_COMPILE") == "1":
    try:
        from mypyc.build import mypycify
    except ImportError as exc:
        raise SystemExit("GROUPPULSE_COMPILE=1 needs mypy in the build environment: "
                         "pip install setuptools wheel mypy pydantic, then "
                         "pip install --no-build-isolation .") from exc

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # the module list's home
    from streams.detect.compiled import COMPILED, c_extensions

    ext_modules = [*mypycify(list(COMPILED), opt_level="3"), *c_extensions()]

setup(ext_modules=ext_modules)
