"""The editors' files: reading the TOML records and sources, finding lines, verifying quotes, the
canonical layout."""
