for lineno, line in enumerate("a\nb\nc".split("\n"), start=1):
    print("%3d: %s" % (lineno, line))
