"""Benchmarks, load, fault and backup scripts at national scale (`make bench`); not part of `make test`."""
