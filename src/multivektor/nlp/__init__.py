"""Norwegian NLP: trained spaCy pipelines for Bokmål (nb) and Nynorsk (nn)."""
