services = {"ssh": 22, "http": 80}
for name in services:
    print(name, services[name])
for port in services.values():
    print(port)
inverted = {v: k for k, v in services.items()}
print(inverted)
print(list(services.keys()))
services.clear()
print(services, len(services))
