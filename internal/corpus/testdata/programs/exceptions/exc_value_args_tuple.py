try:
    raise OSError(2, "No such file or directory")
except OSError as e:
    errno, msg = e.args
    print(errno, msg)
