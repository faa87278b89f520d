try:
    undefined_thing
except NameError:
    print("NameError caught")
