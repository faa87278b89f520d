try:
    None.send
except AttributeError:
    print("AttributeError caught")
