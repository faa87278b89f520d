v = 1234.5678
print("%f %e %g %G" % (v, v, v, v))
print("%.0f %.10g" % (2.5, 1 / 3))
print("%s" % 1e16)
