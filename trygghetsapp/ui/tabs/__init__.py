"""One module per tab of an area: each takes the app context and shows one aspect of the area."""
