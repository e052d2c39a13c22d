"""Grading benchmark: cold versus warm, concurrency, and `mockloop validate` (see __main__)."""
