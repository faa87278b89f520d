info = {"host": "localhost", "port": 22}
print("%(host)s:%(port)d" % info)
