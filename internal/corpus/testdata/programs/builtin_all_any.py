print(all([]), any([]), all([1, 2]), any([0, ""]))
