hosts = ["a", "b", "c"]
ports = [1, 2, 3]
print(list(enumerate(hosts)))
print(list(enumerate(hosts, 1)))
print(list(zip(hosts, ports)))
print(dict(zip(hosts, ports)))
for i, (h, p) in enumerate(zip(hosts, ports)):
    print(i, h, p)
