try:
    {}["a"]
except Exception as e:
    print(type(e).__name__, type(e) is KeyError)
