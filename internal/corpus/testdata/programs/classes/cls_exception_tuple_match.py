class A(Exception):
    pass
class B(Exception):
    pass
for c in (A, B, ValueError):
    try:
        raise c("x")
    except (A, B) as e:
        print("A or B:", type(e).__name__)
    except Exception as e:
        print("other:", type(e).__name__)
