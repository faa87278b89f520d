print(b"%d" % 1)
print(b"%d" % "x")
