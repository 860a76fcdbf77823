"""Actor knowledge base and resolver."""
