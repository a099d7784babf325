"""Performance and quality figures (`make bench`): each `bench/<name>.py` has a `main()`."""
