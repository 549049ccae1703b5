"""Public records requests (CPRA): deadlines, redaction and the data they cite."""
