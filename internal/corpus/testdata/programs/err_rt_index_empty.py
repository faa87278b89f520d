args = []
first = args[0]
