hosts = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(hosts))
print(sorted(hosts, key=lambda h: h[1]))
print(sorted(hosts, key=lambda h: -h[1], reverse=True))
words = ["Banana", "apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
