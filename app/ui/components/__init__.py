"""Reusable widgets: the countdown, the code editor, the results table and the rubric scorer."""
