class MyErr(Exception):
    def __str__(self):
        return "custom message"
try:
    raise MyErr("ignored")
except MyErr as e:
    print(e, e.args)
