def handle():
    try:
        int("q")
    except ValueError:
        print("log and reraise")
        raise
handle()
