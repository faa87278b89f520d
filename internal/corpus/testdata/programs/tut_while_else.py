n = 3
while n > 0:
    n -= 1
else:
    print("while else", n)
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
print("x =", x)
