print(str(42) + "!", int("42") + 1, float("2.5") * 2)
print(int(True), str(False), int(7.9))
print(str(-0.0), float("-inf"))
