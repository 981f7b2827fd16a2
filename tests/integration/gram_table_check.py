"""The compiled build's C gram table (``streams/detect/_grams.c``) scores every text exactly as
the heads' dicts do: every labelled line, the simulated traffic and the hostile inputs of
``compiled_snapshot.py`` as the moderator hands them to the model (normalised; the hostile ones
raw too) give every head's sum of weights and the count of grams Python adds up, and every
fiftieth every probability equal to the last bit.  Bad input to the table is a clear error.

    PYTHONPATH=build/compiled python gram_table_check.py OUT    # writes: same N
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from compiled_snapshot import HOSTILE, texts

from streams.detect import model as model_module
from streams.detect.normalize import normalize


def _raises(error: type[Exception], call: object, *args: object) -> str:
    try:
        call(*args)  # type: ignore[operator]
    except error as exc:
        return str(exc)
    raise AssertionError(f"{call}{args} did not raise {error.__name__}")


def main() -> None:
    from streams.detect._grams import GramTable

    data = json.loads(model_module.model_file_text())
    native, by_dicts = model_module.from_json(data), model_module.from_json(data, native=False)
    assert native.table is not None and by_dicts.table is None
    assert native.table.grams() == len(data["grams"])  # type: ignore[attr-defined]
    heads = [by_dicts.ad, by_dicts.risk, *by_dicts.categories.values()]
    # every gram's weights in one row, as the table holds them, to add up in Python
    rows = {code: tuple(head.weights.get(code, 0) for head in heads)
            for code in set().union(*(head.weights for head in heads))}
    forms = [*HOSTILE, *(normalize(text).text for text in texts())]  # what the model reads
    read = 0
    for form in dict.fromkeys(forms):
        codes = model_module.features(form)
        found = [rows[code] for code in codes if code in rows]
        want = (len(codes), tuple(map(sum, zip(*found, strict=True))) if found
                else (0,) * len(heads))
        assert native.table.sums(model_module._scored_text(form)) == want, form[:80]
        if read % 50 == 0:  # and the probabilities, every head's, to the last bit
            assert native.scores(form) == by_dicts.scores(form), form[:80]
        read += 1
    # a text longer than the model reads (it scores its first 300 characters) is added up
    # whole when given directly: the table's own buffer for long texts
    long_text = "^" + "".join(chr(0x4E00 + i % 5_000) + str(i % 7) for i in range(6_000)) + "$"
    grams = model_module.scored_gram_codes(long_text)
    found = [rows[code] for code in grams if code in rows]
    assert native.table.sums(long_text) == (len(grams), tuple(map(sum, zip(*found, strict=True))))
    # bad input is refused with a clear error, not read wrongly
    assert "twice" in _raises(ValueError, GramTable, [5, 5], [[1, 2]])
    assert "out of range" in _raises(ValueError, GramTable, [5], [[40_000]])
    assert "weights for" in _raises(ValueError, GramTable, [5, 6], [[1]])
    assert "code 0" in _raises(ValueError, GramTable, [0], [[1]])
    assert "heads" in _raises(ValueError, GramTable, [5], [])
    assert "str" in _raises(TypeError, GramTable([5], [[1]]).sums, b"abc")
    assert "not filled" in _raises(RuntimeError, GramTable.__new__(GramTable).sums, "a")
    assert "not an int" in _raises(TypeError, GramTable, [5], [[1.5]])
    assert "not an int" in _raises(TypeError, GramTable, [5.0], [[1]])
    assert "at most" in _raises(ValueError, native.table.sums, "a" * 100_001)
    assert "not filled" in _raises(RuntimeError, GramTable.__new__(GramTable).grams)
    failed = GramTable.__new__(GramTable)
    _raises(ValueError, failed.__init__, [5, 5], [[1, 2]])
    assert "not filled" in _raises(RuntimeError, failed.sums, "a")  # nothing half-built
    Path(sys.argv[1]).write_text(f"same {read}\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
