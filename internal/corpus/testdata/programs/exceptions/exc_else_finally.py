for s in ["1", "x"]:
    try:
        n = int(s)
    except ValueError:
        print("except", s)
    else:
        print("else", n)
    finally:
        print("finally", s)
