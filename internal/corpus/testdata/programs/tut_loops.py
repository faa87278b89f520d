total = 0
for i in range(1, 11):
    if i % 2:
        continue
    total += i
print(total)
n = 0
while True:
    n += 1
    if n >= 5:
        break
print(n)
for i in range(3):
    pass
else:
    print("loop finished", i)
