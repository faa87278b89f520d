fmt = "%d"
print(fmt % "x")
