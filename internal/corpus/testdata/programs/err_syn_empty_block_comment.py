if True:
    # only a comment
print("x")
