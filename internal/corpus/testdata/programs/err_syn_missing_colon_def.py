print("start")
def handler(conn)
    return conn
