/* The moderation model's gram table in C: the compiled build's way of adding up a text's
 * weights (``model.py`` says what the model is; this only makes reading it cheaper).
 *
 * The interpreted model looks each of a text's distinct character 1-3-grams up in one Python
 * dict per head: some forty look-ups per head per text, each a few cache misses into a
 * dictionary of 20,000-130,000 boxed integers (about a third of reading a new message in the
 * compiled moderator, bench/RESULTS.md, stop 45).  Here every gram's weights for all heads
 * sit in one row, found through one open-addressing table of 64-bit gram codes, so a text
 * costs one probe per distinct gram for every head at once.
 *
 * Weights are whole hundredths (the model file's own unit) and are added as integers, so the
 * sums do not depend on the order the grams are visited in and are exactly what the
 * interpreted code adds up (tests/integration/test_compiled.py holds the two to it).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define MAX_HEADS 64
#define MAX_CHARS 100000  /* sums() of a longer text is refused */
#define SEEN_ON_STACK 4096  /* slots: 32 KB, a set for texts of up to 682 characters */

typedef struct {
    PyObject_HEAD
    Py_ssize_t heads;      /* weights per gram (one per head) */
    Py_ssize_t grams;      /* rows */
    int bits;              /* the table holds 1 << bits slots */
    uint64_t *keys;        /* gram code per slot, 0 for an empty slot (no gram codes to 0) */
    uint32_t *rows;        /* the slot's row in ``weights`` */
    int16_t *weights;      /* grams x heads, row by row */
} GramTable;

static inline size_t slot_of(uint64_t code, int bits) {
    return (size_t)((code * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
}

static void GramTable_dealloc(GramTable *self) {
    PyMem_Free(self->keys);
    PyMem_Free(self->rows);
    PyMem_Free(self->weights);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* GramTable(codes, columns): ``codes`` the gram codes (``model.gram_code``), ``columns`` one
 * sequence of whole-hundredth weights per head, each aligned with ``codes``.  Every code and
 * weight must be an int (no ``__index__`` of another type runs while the table is filled), and
 * the table is stored only once it is whole: a failed call leaves it unfilled. */
static int GramTable_init(GramTable *self, PyObject *args, PyObject *kwds) {
    static char *names[] = {"codes", "columns", NULL};
    PyObject *codes_arg, *columns_arg, *codes = NULL, *columns = NULL, *column = NULL;
    uint64_t *keys = NULL;
    uint32_t *rows = NULL;
    int16_t *weights = NULL;
    int ok = -1;
    if (self->keys != NULL) {
        PyErr_SetString(PyExc_RuntimeError, "GramTable is already filled");
        return -1;
    }
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OO", names, &codes_arg, &columns_arg))
        return -1;
    codes = PySequence_Tuple(codes_arg);  /* copies: nothing can change them while they are read */
    if (codes == NULL) goto done;
    columns = PySequence_Tuple(columns_arg);
    if (columns == NULL) goto done;
    Py_ssize_t grams = PyTuple_GET_SIZE(codes), heads = PyTuple_GET_SIZE(columns);
    if (heads < 1 || heads > MAX_HEADS) {
        PyErr_Format(PyExc_ValueError, "a gram table has 1 to %d heads, not %zd", MAX_HEADS,
                     heads);
        goto done;
    }
    if (grams > (Py_ssize_t)UINT32_MAX / 4) {
        PyErr_SetString(PyExc_ValueError, "too many grams for one table");
        goto done;
    }
    int bits = 3;
    while (((Py_ssize_t)1 << bits) < grams * 5 / 2 + 1) bits++;  /* at most 40 % full */
    size_t slots = (size_t)1 << bits;
    keys = PyMem_Calloc(slots, sizeof(uint64_t));
    rows = PyMem_Calloc(slots, sizeof(uint32_t));
    weights = PyMem_Calloc((size_t)(grams ? grams : 1) * (size_t)heads, sizeof(int16_t));
    if (keys == NULL || rows == NULL || weights == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t h = 0; h < heads; h++) {
        column = PySequence_Tuple(PyTuple_GET_ITEM(columns, h));
        if (column == NULL) goto done;
        if (PyTuple_GET_SIZE(column) != grams) {
            PyErr_Format(PyExc_ValueError, "column %zd has %zd weights for %zd grams", h,
                         PyTuple_GET_SIZE(column), grams);
            goto done;
        }
        for (Py_ssize_t g = 0; g < grams; g++) {
            PyObject *item = PyTuple_GET_ITEM(column, g);
            if (!PyLong_Check(item)) {
                PyErr_Format(PyExc_TypeError, "weight %zd of column %zd is a %.100s, not an int",
                             g, h, Py_TYPE(item)->tp_name);
                goto done;
            }
            long w = PyLong_AsLong(item);
            if (w == -1 && PyErr_Occurred()) goto done;
            if (w < INT16_MIN || w > INT16_MAX) {
                PyErr_Format(PyExc_ValueError, "weight %ld (column %zd) is out of range", w, h);
                goto done;
            }
            weights[g * heads + h] = (int16_t)w;
        }
        Py_CLEAR(column);
    }
    for (Py_ssize_t g = 0; g < grams; g++) {
        PyObject *item = PyTuple_GET_ITEM(codes, g);
        if (!PyLong_Check(item)) {
            PyErr_Format(PyExc_TypeError, "gram code %zd is a %.100s, not an int", g,
                         Py_TYPE(item)->tp_name);
            goto done;
        }
        uint64_t code = PyLong_AsUnsignedLongLong(item);
        if (code == (uint64_t)-1 && PyErr_Occurred()) goto done;
        if (code == 0) {
            PyErr_SetString(PyExc_ValueError, "no gram has the code 0");
            goto done;
        }
        size_t slot = slot_of(code, bits);
        while (keys[slot] != 0) {
            if (keys[slot] == code) {
                PyErr_Format(PyExc_ValueError, "the gram code %llu is given twice",
                             (unsigned long long)code);
                goto done;
            }
            slot = (slot + 1) & (slots - 1);
        }
        keys[slot] = code;
        rows[slot] = (uint32_t)g;
    }
    self->keys = keys;  /* whole: stored, and kept until the table goes */
    self->rows = rows;
    self->weights = weights;
    self->bits = bits;
    self->heads = heads;
    self->grams = grams;
    keys = NULL;
    rows = NULL;
    weights = NULL;
    ok = 0;
done:
    PyMem_Free(keys);
    PyMem_Free(rows);
    PyMem_Free(weights);
    Py_XDECREF(column);
    Py_XDECREF(codes);
    Py_XDECREF(columns);
    return ok;
}

/* The gram ``code``, if ``seen`` (a set of 1 << ``seen_bits`` slots) does not hold it yet: taken
 * into it, counted, and its row of weights added to ``totals``. */
static inline void add_gram(const GramTable *self, uint64_t *seen, int seen_bits, uint64_t code,
                            int64_t *totals, Py_ssize_t *distinct) {
    size_t mask = ((size_t)1 << seen_bits) - 1, slot = slot_of(code, seen_bits);
    while (seen[slot] != 0) {
        if (seen[slot] == code) return;
        slot = (slot + 1) & mask;
    }
    seen[slot] = code;
    (*distinct)++;
    mask = ((size_t)1 << self->bits) - 1;
    slot = slot_of(code, self->bits);
    while (self->keys[slot] != 0 && self->keys[slot] != code) slot = (slot + 1) & mask;
    if (self->keys[slot] == code) {
        const int16_t *row = self->weights + (size_t)self->rows[slot] * (size_t)self->heads;
        for (Py_ssize_t h = 0; h < self->heads; h++) totals[h] += row[h];
    }
}

/* sums(text) -> (distinct grams, (sum per head, ...)): ``text`` as the model scores it
 * (``model._scored_text``: digits folded, ``^`` and ``$`` at its ends). */
static PyObject *GramTable_sums(GramTable *self, PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "sums() takes a str, not %.100s", Py_TYPE(text)->tp_name);
        return NULL;
    }
    if (self->keys == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "GramTable was not filled");
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) return NULL;  /* a no-op, deprecated, from 3.12 */
#endif
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (n > MAX_CHARS) {  /* its set of grams would take 48-96 bytes a character */
        PyErr_Format(PyExc_ValueError, "sums() reads a scored text of at most %d characters "
                     "(the model scores its first 300), not %zd", MAX_CHARS, n);
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    /* the grams seen so far (n + (n - 1) + (n - 2) at most), in a set at most half full: on
     * the stack for the model's 302 characters, from the heap for a longer text */
    int seen_bits = 4;
    while (((Py_ssize_t)1 << seen_bits) < 6 * n) seen_bits++;
    size_t seen_size = (size_t)1 << seen_bits;
    uint64_t stack[SEEN_ON_STACK];
    uint64_t *seen = stack;
    if (seen_size > SEEN_ON_STACK) {
        seen = PyMem_Calloc(seen_size, sizeof(uint64_t));
        if (seen == NULL) return PyErr_NoMemory();
    } else {
        memset(seen, 0, seen_size * sizeof(uint64_t));
    }
    int64_t totals[MAX_HEADS] = {0};
    Py_ssize_t heads = self->heads, distinct = 0;
    uint64_t before = 0, pair = 0;  /* the previous character's code, the previous pair's */
    for (Py_ssize_t i = 0; i < n; i++) {
        uint64_t code = (uint64_t)PyUnicode_READ(kind, data, i) + 1;
        add_gram(self, seen, seen_bits, code, totals, &distinct);
        if (i >= 2) add_gram(self, seen, seen_bits, (pair << 21) | code, totals, &distinct);
        if (i >= 1) {
            pair = (before << 21) | code;
            add_gram(self, seen, seen_bits, pair, totals, &distinct);
        }
        before = code;
    }
    if (seen != stack) PyMem_Free(seen);
    PyObject *sums = PyTuple_New(heads);
    if (sums == NULL) return NULL;
    for (Py_ssize_t h = 0; h < heads; h++) {
        PyObject *total = PyLong_FromLongLong(totals[h]);
        if (total == NULL) {
            Py_DECREF(sums);
            return NULL;
        }
        PyTuple_SET_ITEM(sums, h, total);
    }
    return Py_BuildValue("(nN)", distinct, sums);
}

static PyObject *GramTable_len(GramTable *self, PyObject *Py_UNUSED(ignored)) {
    if (self->keys == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "GramTable was not filled");
        return NULL;
    }
    return PyLong_FromSsize_t(self->grams);
}

static PyMethodDef GramTable_methods[] = {
    {"sums", (PyCFunction)GramTable_sums, METH_O,
     "sums(text) -> (distinct grams, per-head weight sums in hundredths) of a scored text"},
    {"grams", (PyCFunction)GramTable_len, METH_NOARGS, "grams() -> how many grams it holds"},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject GramTableType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "streams.detect._grams.GramTable",
    .tp_doc = "GramTable(codes, columns): the model's weights by gram code, all heads per row",
    .tp_basicsize = sizeof(GramTable),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)GramTable_init,
    .tp_dealloc = (destructor)GramTable_dealloc,
    .tp_methods = GramTable_methods,
};

static struct PyModuleDef grams_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_grams",
    .m_doc = "The moderation model's gram table in C (the compiled build; model.py falls back "
             "to dicts without it).",
    .m_size = -1,
};

PyMODINIT_FUNC PyInit__grams(void) {
    if (PyType_Ready(&GramTableType) < 0) return NULL;
    PyObject *module = PyModule_Create(&grams_module);
    if (module == NULL) return NULL;
    Py_INCREF(&GramTableType);
    if (PyModule_AddObject(module, "GramTable", (PyObject *)&GramTableType) < 0) {
        Py_DECREF(&GramTableType);
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
