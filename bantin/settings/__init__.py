"""Settings split into base (every environment variable), dev, production and test."""
