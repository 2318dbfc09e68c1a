"""What each model endpoint does once admitted: chat, count_tokens, embeddings."""
