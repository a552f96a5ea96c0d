"""Scale-out: batch extraction on a Dask cluster, the same core as the embedded path."""
