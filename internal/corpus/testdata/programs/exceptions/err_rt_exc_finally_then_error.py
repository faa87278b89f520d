try:
    [][1]
finally:
    print("finally first")
