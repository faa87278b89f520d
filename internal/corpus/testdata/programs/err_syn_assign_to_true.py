x = 1
True = x
