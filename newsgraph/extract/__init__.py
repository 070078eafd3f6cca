"""Doc + Context -> records. One module per extractor; each is a pure function.

Order (written once, in `newsgraph/pipeline.py`): timexes, entities (with places),
quotes (use entities and timexes), events (use all three).
"""
