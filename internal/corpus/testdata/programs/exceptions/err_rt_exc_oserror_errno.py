raise OSError(111, "Connection refused")
