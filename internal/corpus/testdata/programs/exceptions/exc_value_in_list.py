errs = []
for s in ["a", "1", "b"]:
    try:
        int(s)
    except ValueError as e:
        errs.append(e)
print(len(errs), [str(e)[:7] for e in errs])
