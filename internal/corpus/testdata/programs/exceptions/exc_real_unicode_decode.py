try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError:
    print("UnicodeDecodeError caught")
except ValueError:
    print("as ValueError")
