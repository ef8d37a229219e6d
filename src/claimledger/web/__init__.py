"""Web: the review app (FastAPI + Jinja2), started with ``claimledger serve``."""
