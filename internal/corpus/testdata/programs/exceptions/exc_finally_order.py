log = []
def f():
    try:
        log.append("try")
        return "r"
    except Exception:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
print(f(), log)
