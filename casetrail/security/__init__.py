"""Protection: keys, encryption at rest, signed audit heads, evidence checks, safe exports,
secure deletion."""
