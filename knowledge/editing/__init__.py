"""The editors' tools: check the knowledge files, and build what the bot serves from.

`python -m knowledge` is a thin command line over these modules.
"""
