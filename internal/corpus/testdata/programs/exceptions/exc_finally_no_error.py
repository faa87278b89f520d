try:
    x = 1
finally:
    print("finally", x)
print("after")
