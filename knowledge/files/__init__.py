"""The editors' files: reading the TOML records and sources (loading.py), with syntax errors said the way
an editor can act on them (syntax.py) and schema errors that do not stop the other checks (salvage.py);
finding lines (locate.py), verifying quotes (quotes.py), the canonical layout (canonical.py)."""
