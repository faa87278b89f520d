config = {"host": "h"}
print(config["host"])
print(config["port"])
