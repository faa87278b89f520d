d = {}
d.pop("missing")
