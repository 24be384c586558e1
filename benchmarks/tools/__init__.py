"""One-off tools for working on one part of cleannews (not part of the benchmark run)."""
