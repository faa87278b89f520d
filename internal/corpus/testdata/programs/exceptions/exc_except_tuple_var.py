errors = (KeyError, IndexError)
for f in [lambda: {}[1], lambda: [][1]]:
    try:
        f()
    except errors as e:
        print(type(e).__name__)
