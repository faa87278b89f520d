print("checking")
assert False
