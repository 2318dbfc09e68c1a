"""WaddleAI store."""
