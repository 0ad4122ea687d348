"""Running: the batching engine, its settings, the process pool for `--jobs`, and Dask."""
