first, *rest = [1, 2, 3, 4]
print(first, rest)
*head, last = "abc"
print(head, last)
a, *mid, z = (1, 2)
print(a, mid, z)
