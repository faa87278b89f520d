a = 1; b = 2; print(a + b)
if a: print("one-line if"); print("same block")
for i in range(2): print(i)
while b > 0: b -= 1
print(b);
