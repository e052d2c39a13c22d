"""What happened in past sessions: the review of one loop and the history of all of them."""
