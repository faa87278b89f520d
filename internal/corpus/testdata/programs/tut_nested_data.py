servers = [
    {"name": "web", "ports": [80, 443]},
    {"name": "mail", "ports": [25]},
]
for s in servers:
    print(s["name"], len(s["ports"]), s["ports"][0])
all_ports = sorted(p for s in servers for p in s["ports"])
print(all_ports)
by_name = {s["name"]: s for s in servers}
print(by_name["mail"]["ports"])
