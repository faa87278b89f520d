print("leaving")
exit(3)
