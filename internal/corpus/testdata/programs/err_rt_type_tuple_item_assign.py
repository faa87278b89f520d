addr = ("h", 80)
addr[1] = 81
