"""A learned second opinion for the security scanner (experimental, not wired in).

Only the build script lives here: the measurements (see research/security-model/) did
not justify shipping the model, so the gateway imports nothing from this package.
"""
