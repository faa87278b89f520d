try:
    b"a" + "b"
except TypeError:
    print("TypeError caught")
