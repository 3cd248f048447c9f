"""The legacy importer: an agency's old portal pages (saved HTML or text dumps) in as articles."""
