o = object()
print(type(o).__name__, str(o).startswith("<object object at "), isinstance(o, object))
o.x = 1
