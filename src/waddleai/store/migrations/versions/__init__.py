"""Migration scripts, applied in order by `waddleai.store.migrate.upgrade`."""
