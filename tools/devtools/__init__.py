"""Tools for proving the app's promises: crash-safety workloads and hostile-input generators.

They ship with the package so that the CI test and `bench/soak.py` drive exactly the same code.
"""
