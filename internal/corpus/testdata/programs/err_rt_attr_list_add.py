xs = []
xs.add(1)
