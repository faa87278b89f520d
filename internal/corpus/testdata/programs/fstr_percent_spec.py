ratio = 0.4567
print(f"{ratio:.1%}")
print(f"{ratio:10.2%}|")
