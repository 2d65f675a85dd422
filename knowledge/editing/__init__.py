"""The editors' tools: check the knowledge files (check.py) and build what the bot serves from
(build.py); rewrite them in the canonical layout (format.py); start a new record from its template
(new.py); register a new source text (sources.py); list what is due for review (stale.py); say what a new
article names and dates, and draft files for it (mentions.py); show what readers will see differently
after a change (diff.py); export a timeline as TimelineJS JSON (timelinejs.py); build a state to ask
(states.py); the data dictionary (dictionary.py).

`python -m knowledge` is a thin command line over these modules; EditorError (errors.py) is the one
kind of bad-input error they raise, which it prints as one line.
"""
