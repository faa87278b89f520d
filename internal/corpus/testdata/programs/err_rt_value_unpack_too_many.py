host, port = "h:1:2".split(":")
