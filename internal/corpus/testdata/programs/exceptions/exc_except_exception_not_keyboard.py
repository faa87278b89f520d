try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except KeyboardInterrupt:
    print("KeyboardInterrupt is not an Exception")
