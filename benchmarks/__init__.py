"""Accuracy and speed of cleannews against its peers on ../shared/corpus."""
