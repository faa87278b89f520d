s = "it's"
print("%s" % s)
print("%r" % s)
print("%r" % (b"\x00a",))
print("%a" % "hé")
print("%s" % [1, "a"])
