print("a")
values = [1, 2,
          3
