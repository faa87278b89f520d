class Empty:
    pass
print("before")
Empty(1)
