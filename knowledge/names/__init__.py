"""Names: normalising how a name is written, and matching a typed name to the store's entities.

Used both by the bot (to answer) and by the editors' tools (to check aliases and find mentions).
"""
