with 5 as x:
    print(x)
