try:
    raise RuntimeError("printed with print")
except RuntimeError as e:
    print(e)
    print("%s" % e)
    print("{}".format(e))
