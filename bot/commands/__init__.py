"""One module per command group; each has `setup(tree, library, settings)`."""
