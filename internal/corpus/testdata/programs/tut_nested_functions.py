def server(handlers):
    def dispatch(cmd, *args):
        h = handlers.get(cmd)
        if h is None:
            return "unknown " + cmd
        return h(*args)
    return dispatch


d = server({"add": lambda a, b: a + b, "echo": lambda s: s})
print(d("add", 2, 3), d("echo", "hi"), d("nope"))
