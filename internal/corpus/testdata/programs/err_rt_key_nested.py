servers = {"web": {"port": 80}}
print(servers["web"]["port"])
print(servers["web"]["host"])
