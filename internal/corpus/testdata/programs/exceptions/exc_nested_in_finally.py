try:
    try:
        pass
    finally:
        raise RuntimeError("from finally")
except RuntimeError as e:
    print(e)
