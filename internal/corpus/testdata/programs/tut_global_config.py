VERBOSE = False
LOG = []


def log(msg):
    if VERBOSE:
        LOG.append(msg)


def enable():
    global VERBOSE
    VERBOSE = True


log("a")
enable()
log("b")
print(LOG, VERBOSE)
