def setup():
    global config
    config = {"port": 80}


setup()
print(config)
