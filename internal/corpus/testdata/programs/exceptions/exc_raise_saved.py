err = KeyError("saved")
try:
    raise err
except KeyError as e:
    print(e is err, e)
