"""Files on disks: writing them whole or not at all, and saying plainly why a disk refused.

The bottom layer beside `domain`: every other layer may use it, and it knows nothing of the
database, the GUI or sync.
"""
