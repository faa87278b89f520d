class HTTPError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason
try:
    raise HTTPError(404, "Not Found")
except HTTPError as e:
    print(e.code, e.reason, e.args, str(e))
