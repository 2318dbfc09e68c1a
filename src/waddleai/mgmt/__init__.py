"""WaddleAI mgmt."""
