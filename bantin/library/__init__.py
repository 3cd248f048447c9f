"""The library: official documents ("văn bản"), their numbering grammar, the register each site
publishes, and the links from the citations in articles to it. Depends on core and news."""
