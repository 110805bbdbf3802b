"""Signed and encrypted sync packages: device keys, the trust register, signatures, sealing.

The sync package writer and reader call this package; it knows nothing about databases, Qt or the
package format itself, only about bytes, files and keys (see docs/security.md). Every primitive
comes from the `cryptography` library; nothing here is hand-rolled.
"""
