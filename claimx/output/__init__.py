"""Output: the article object a Doc becomes, its JSON Schema, the writers and the terminal view."""
