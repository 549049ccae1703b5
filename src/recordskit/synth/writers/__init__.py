"""Writers of the generated city, one module per output format."""
