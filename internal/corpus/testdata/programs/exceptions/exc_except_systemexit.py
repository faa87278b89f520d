import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("exit code", e.code)
print("still running")
