xs = [1]
xs.remove(1)
xs.remove(1)
