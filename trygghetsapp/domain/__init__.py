"""Pure domain rules: catalogues, value checks and readiness rules. No Qt, no SQL."""
