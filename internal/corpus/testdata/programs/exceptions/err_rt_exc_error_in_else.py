try:
    pass
except Exception:
    pass
else:
    {}["else"]
