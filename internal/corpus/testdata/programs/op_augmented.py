n = 10
n += 5
n -= 3
n *= 2
n //= 5
n %= 3
print(n)
f = 1.0
f /= 4
print(f)
s = "ab"
s *= 3
print(s)
lst = [1]
lst += [2, 3]
print(lst)
