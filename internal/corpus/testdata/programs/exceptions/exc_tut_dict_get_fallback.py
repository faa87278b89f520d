headers = {"Host": "example.com"}
for name in ["Host", "Accept"]:
    try:
        print(name, headers[name])
    except KeyError:
        print(name, "missing")
