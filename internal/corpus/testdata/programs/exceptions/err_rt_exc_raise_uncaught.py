print("before")
raise ValueError("uncaught")
