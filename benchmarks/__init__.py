"""Reproducible measurements of the quality bars (README.md): one module a benchmark."""
