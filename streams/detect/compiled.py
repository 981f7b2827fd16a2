"""The moderator's hot path compiled with mypyc, the way mypy and black ship themselves.

Reading a new message (normalisation, lexicon, contacts, drainage, the model, the rules and
the flood windows: the modules in ``COMPILED``) is plain, fully annotated Python; mypyc
compiles those same sources to C extensions, which run the reading about 1.4x as fast
(``bench/RESULTS.md``, stop 29) and read every labelled line exactly as the interpreted code
does (``tests/integration/test_compiled.py``).  Nothing else changes: a compiled module sits
beside its source and Python imports it first.  Beside them the build makes the one module
written in C (``C_EXTENSIONS``: the model's gram table), which the model uses when it is there
(about 1.7x the interpreted reading together, stop 45).

mypyc compiles the methods written in a class, not the ``__init__`` that ``dataclass`` or
``NamedTuple`` generate at run time, which stay interpreted.  So the classes made for every
message (``Verdict``, ``Hit``, ``LexiconHit``, ``Contact``, ``TextReading``, ``FloodVerdict``,
the flood member and the normaliser's state) write their ``__init__`` out (stop 30: 1.11-1.17x
the reading), and those that were frozen are not (a frozen dataclass cannot set its own fields
in a written-out ``__init__``): they are never changed once made.

- ``GROUPPULSE_COMPILE=1 pip install --no-build-isolation .`` installs the package compiled
  (``setup.py``; the Dockerfile builds the image's wheel so).
- ``python -m streams.detect.compiled DIR`` builds a compiled copy of the package in ``DIR``
  (about three minutes on two cores; skipped when ``DIR`` holds a build of the same sources),
  for the benchmark and the equivalence test beside the interpreted checkout:
  ``PYTHONPATH=DIR python bench/moderation_eval.py``.
"""

from __future__ import annotations

import hashlib
import importlib
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

COMPILED = (
    "streams/detect/normalize.py",
    "streams/detect/model.py",
    "streams/detect/contacts.py",
    "streams/detect/drainage.py",
    "streams/detect/lexicon.py",
    "streams/detect/moderation.py",
    "streams/detect/flood.py",
)
# Hand-written C beside them: the model's gram table (``_grams.c``: every head's weights in one
# row per gram; the dict look-ups it replaces were a quarter of reading a new text, stop 45).
# Without it the model adds up the same integers through its dicts.
C_EXTENSIONS = {"streams.detect._grams": "streams/detect/_grams.c"}
SOURCE_ROOT = Path(__file__).resolve().parents[2]  # the checkout that holds ``streams``
STAMP = "grouppulse-compiled.sha256"  # the hash of the sources a build was made from


def is_compiled() -> bool:
    """Whether every module in ``COMPILED`` this process imports is the compiled one, and the
    ``C_EXTENSIONS`` are there."""
    modules = [importlib.import_module(name[:-3].replace("/", ".")) for name in COMPILED]
    try:
        for name in C_EXTENSIONS:
            importlib.import_module(name)
    except ImportError:
        return False
    return all(not (module.__file__ or "").endswith(".py") for module in modules)


def build_name() -> str:
    """How this process reads messages, for the worker's start-up log: an operator running
    the interpreted code (a checkout, not the image) sees why it is slower."""
    if is_compiled():
        return "compiled (mypyc, C gram table)"
    return "interpreted (the image's compiled build reads about 1.7x as fast)"


def sources_hash(root: Path = SOURCE_ROOT) -> str:
    """One hash over what a build is made from: every file of the ``streams`` package (the
    compiled modules import the others), mypy's settings, and the mypy and Python that compile
    it (a build for another Python cannot be imported)."""
    import mypy.version

    digest = hashlib.sha256()
    digest.update(f"{mypy.version.__version__} {sys.implementation.cache_tag}".encode())
    digest.update((root / "pyproject.toml").read_bytes())
    for path in sorted((root / "streams").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".so":
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def is_built(target: Path, root: Path = SOURCE_ROOT) -> bool:
    """Whether ``target`` holds a build of the sources in ``root`` as they are now."""
    stamp = target / STAMP
    return stamp.exists() and stamp.read_text().strip() == sources_hash(root)


def build(target: Path, root: Path = SOURCE_ROOT) -> Path:
    """A compiled copy of the package in ``target`` (kept when it was built from the same
    sources); returns ``target``, the directory to put first on ``PYTHONPATH`` (for a script:
    ``python -c`` and ``python -m`` put the current directory first, so run those elsewhere).
    One build at a time per ``target``: a second one would remove the first one's files."""
    if is_built(target, root):
        return target
    wanted = sources_hash(root)  # what is copied next
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copytree(root / "streams", target / "streams",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    shutil.copy2(root / "pyproject.toml", target / "pyproject.toml")  # mypy's settings
    print(f"compiling {len(COMPILED)} modules with mypyc into {target} "
          "(about three minutes on two cores) ...", file=sys.stderr, flush=True)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "mypyc", *COMPILED], cwd=target,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"mypyc failed ({done.returncode}):\n{done.stdout[-4000:]}"
                           f"\n{done.stderr[-4000:]}")
    done = subprocess.run([sys.executable, "-c", _BUILD_C_EXTENSIONS],
                          cwd=target, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"building {', '.join(C_EXTENSIONS)} failed ({done.returncode}):\n"
                           f"{done.stdout[-4000:]}\n{done.stderr[-4000:]}")
    (target / STAMP).write_text(wanted + "\n")
    print(f"compiled in {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    return target


# (a bare Distribution: ``setup()`` would read pyproject.toml's [project], which names files the
# copy does not hold)
_BUILD_C_EXTENSIONS = (
    "from setuptools import Distribution\n"
    "from streams.detect.compiled import c_extensions\n"
    "dist = Distribution({'name': 'grouppulse-c-extensions', 'ext_modules': c_extensions()})\n"
    "dist.get_command_obj('build_ext').inplace = True\n"
    "dist.run_command('build_ext')\n")


def c_extensions() -> list[Any]:
    """The ``C_EXTENSIONS`` as setuptools builds them (``setup.py``, ``build``)."""
    from setuptools import Extension

    return [Extension(name, [source]) for name, source in C_EXTENSIONS.items()]


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: python -m streams.detect.compiled DIR")
    print(build(Path(sys.argv[1]).resolve()))


if __name__ == "__main__":
    main()
