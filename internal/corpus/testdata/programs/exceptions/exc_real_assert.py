try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("AssertionError:", e)
