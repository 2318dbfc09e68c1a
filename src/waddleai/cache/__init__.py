"""The response cache: exact answers, per tenant, in process or in Redis."""
