"""Who is calling: client keys, the principal they stand for, and how keys are checked."""
