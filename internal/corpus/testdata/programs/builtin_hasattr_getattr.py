s = "text"
print(hasattr(s, "upper"), hasattr(s, "nothing"))
print(getattr(s, "upper")())
print(getattr(s, "nothing", "fallback"))
