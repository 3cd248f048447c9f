"""Search: Vietnamese normalisation, an index per database engine, ranking and the search page."""
