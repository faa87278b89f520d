for v in [1, "s", b"b", [1], (1,), {"k": 1}, 1.5, None, True]:
    print(isinstance(v, int), isinstance(v, str), isinstance(v, bytes),
          isinstance(v, (list, tuple)), isinstance(v, dict), isinstance(v, float))
