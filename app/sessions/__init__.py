"""Interview loop sessions: the clock, the state machine, scoring and custom loops."""
