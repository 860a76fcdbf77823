"""One BLAS thread per process, unless the user says otherwise (imported by the command line).

Extraction runs one pipeline per process and scales by processes (``--workers``, Dask), so a
BLAS thread pool only competes with them; worse, a process with any second thread runs the
spaCy parser ~25% slower (glibc's malloc leaves its single-thread fast path). numpy starts
OpenBLAS's pool when it is imported, so this module must be imported before numpy is. An
explicitly set ``OPENBLAS_NUM_THREADS`` / ``OMP_NUM_THREADS`` / ``MKL_NUM_THREADS`` wins.
"""

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
