"""The editors' tools: check the knowledge files (check.py) and build what the bot serves from
(build.py); rewrite them in the canonical layout (format.py); start a new record from its template
(new.py); register a new source text (sources.py); list what is due for review (stale.py); the data
dictionary (dictionary.py).

`python -m knowledge` is a thin command line over these modules; EditorError (errors.py) is the one
kind of bad-input error they raise, which it prints as one line.
"""
