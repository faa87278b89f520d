#!/usr/bin/env python3
"""Write the exceptions corpus programs (exc_*.py, err_rt_exc_*.py) here.

    python3 internal/corpus/testdata/gen_exceptions.py && python3 internal/corpus/testdata/gen.py

Hand-written programs are in PROGRAMS; families (one per exception class,
per errno) are made by loops below. The expected output comes from gen.py
(CPython 3.11), never from this file.
"""
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs", "exceptions")

PROGRAMS = {}

def prog(name, src):
    PROGRAMS[name] = src.strip("\n") + "\n"

# --- finally with return, break, continue ---------------------------------
prog("exc_finally_return", '''
def f():
    try:
        return "body"
    finally:
        print("finally runs")
print(f())
''')
prog("exc_finally_return_override", '''
def f():
    try:
        return 1
    finally:
        return 2
print(f())
''')
prog("exc_finally_swallows_error", '''
def f():
    try:
        1 // 0
    finally:
        return "swallowed"
print(f())
''')
prog("exc_finally_break", '''
for i in range(5):
    try:
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after", i)
''')
prog("exc_finally_continue", '''
for i in range(4):
    try:
        if i % 2:
            continue
        print("even", i)
    finally:
        print("finally", i)
''')
prog("exc_finally_while_break", '''
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("tick", n)
print("done", n)
''')
prog("exc_finally_reraises", '''
def f():
    try:
        raise ValueError("inner")
    finally:
        print("cleanup")
try:
    f()
except ValueError as e:
    print("caught", e)
''')
prog("exc_finally_nested_return", '''
def f():
    log = []
    try:
        try:
            return log
        finally:
            log.append("inner")
    finally:
        log.append("outer")
print(f())
''')
prog("exc_finally_break_in_finally", '''
def f():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"
print(f())
''')
prog("exc_finally_loop_return", '''
def first_even(xs):
    for x in xs:
        try:
            if x % 2 == 0:
                return x
        finally:
            print("checked", x)
    return None
print(first_even([1, 3, 4, 5]))
''')
prog("exc_finally_order", '''
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
''')
prog("exc_finally_no_error", '''
try:
    x = 1
finally:
    print("finally", x)
print("after")
''')

# --- else --------------------------------------------------------------
prog("exc_else_runs", '''
try:
    x = int("5")
except ValueError:
    print("bad")
else:
    print("good", x)
''')
prog("exc_else_skipped", '''
try:
    x = int("five")
except ValueError:
    print("bad")
else:
    print("good", x)
''')
prog("exc_else_error_not_caught", '''
try:
    try:
        pass
    except ZeroDivisionError:
        print("not here")
    else:
        1 // 0
except ZeroDivisionError:
    print("else's error goes out")
''')
prog("exc_else_finally", '''
for s in ["1", "x"]:
    try:
        n = int(s)
    except ValueError:
        print("except", s)
    else:
        print("else", n)
    finally:
        print("finally", s)
''')

# --- nested try -----------------------------------------------------------
prog("exc_nested_inner_catches", '''
try:
    try:
        raise KeyError("k")
    except KeyError:
        print("inner")
except KeyError:
    print("outer")
print("done")
''')
prog("exc_nested_outer_catches", '''
try:
    try:
        raise IndexError("i")
    except KeyError:
        print("inner")
except LookupError as e:
    print("outer", type(e).__name__)
''')
prog("exc_nested_raise_in_handler", '''
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("got", e)
''')
prog("exc_nested_in_finally", '''
try:
    try:
        pass
    finally:
        raise RuntimeError("from finally")
except RuntimeError as e:
    print(e)
''')
prog("exc_nested_deep", '''
def level(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        level(n - 1)
    finally:
        print("unwind", n)
try:
    level(3)
except ValueError as e:
    print("caught", e)
''')
prog("exc_nested_loop_handlers", '''
results = []
for a in [1, 0, "x"]:
    try:
        try:
            results.append(10 // a)
        except ZeroDivisionError:
            results.append("zero")
    except TypeError:
        results.append("type")
print(results)
''')
prog("exc_nested_three", '''
try:
    try:
        try:
            [][0]
        finally:
            print("f1")
    finally:
        print("f2")
except IndexError:
    print("caught")
''')

# --- across function calls ----------------------------------------------
prog("exc_cross_function", '''
def parse(s):
    return int(s)
def load_all(items):
    out = []
    for s in items:
        try:
            out.append(parse(s))
        except ValueError:
            out.append(None)
    return out
print(load_all(["1", "two", "3"]))
''')
prog("exc_cross_two_levels", '''
def a():
    raise KeyError("missing")
def b():
    return a()
def c():
    try:
        return b()
    except KeyError as e:
        return "c caught " + repr(e)
print(c())
''')
prog("exc_cross_lambda", '''
f = lambda d: d["x"]
try:
    f({})
except KeyError as e:
    print("lambda", e)
''')
prog("exc_cross_recursion_unwinds", '''
depth = []
def r(n):
    depth.append(n)
    if n == 5:
        raise RuntimeError("deep")
    r(n + 1)
try:
    r(0)
except RuntimeError as e:
    print(e, len(depth))
''')
prog("exc_cross_builtin_callback", '''
def key(x):
    if x == 3:
        raise ValueError("no threes")
    return -x
try:
    sorted([1, 2, 3], key=key)
except ValueError as e:
    print(e)
''')
prog("exc_cross_map", '''
def inv(x):
    return 1 / x
try:
    print(list(map(inv, [1, 2, 0])))
except ZeroDivisionError:
    print("division by zero in map")
''')
prog("exc_cross_return_value_after", '''
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
print(safe_div(1, 2), safe_div(1, 0))
''')

# --- raise forms ----------------------------------------------------------
prog("exc_raise_class", '''
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
''')
prog("exc_raise_instance_args", '''
try:
    raise ValueError("a", 1)
except ValueError as e:
    print(e.args, str(e), repr(e))
''')
prog("exc_raise_saved", '''
err = KeyError("saved")
try:
    raise err
except KeyError as e:
    print(e is err, e)
''')
prog("exc_raise_from", '''
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    print(e, "cause:", repr(e.__cause__))
''')
prog("exc_raise_from_none", '''
try:
    try:
        1 // 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__)
''')
prog("exc_raise_from_class", '''
try:
    raise RuntimeError("x") from KeyError
except RuntimeError as e:
    print(type(e.__cause__).__name__)
''')
prog("exc_bare_raise", '''
def f():
    try:
        int("z")
    except ValueError:
        print("logging")
        raise
try:
    f()
except ValueError as e:
    print("reraised", e)
''')
prog("exc_bare_raise_nested", '''
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            pass
        raise
except LookupError as e:
    print(type(e).__name__, e)
''')
prog("exc_bare_raise_in_function", '''
def reraise():
    raise
try:
    try:
        raise TypeError("t")
    except TypeError:
        reraise()
except TypeError as e:
    print("function reraised", e)
''')

# --- except forms ---------------------------------------------------------
prog("exc_except_tuple", '''
for v in ["x", None, [1]]:
    try:
        int(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
''')
prog("exc_except_tuple_var", '''
errors = (KeyError, IndexError)
for f in [lambda: {}[1], lambda: [][1]]:
    try:
        f()
    except errors as e:
        print(type(e).__name__)
''')
prog("exc_except_bare", '''
try:
    1 // 0
except:
    print("bare except")
''')
prog("exc_except_order", '''
try:
    raise ConnectionRefusedError(111, "Connection refused")
except ConnectionError:
    print("ConnectionError first")
except ConnectionRefusedError:
    print("not reached")
''')
prog("exc_except_base_catches_all", '''
for exc in [ValueError, KeyError, OSError, KeyboardInterrupt, SystemExit]:
    try:
        raise exc
    except BaseException as e:
        print(type(e).__name__, isinstance(e, Exception))
''')
prog("exc_except_exception_not_keyboard", '''
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except KeyboardInterrupt:
    print("KeyboardInterrupt is not an Exception")
''')
prog("exc_except_systemexit", '''
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("exit code", e.code)
print("still running")
''')
prog("exc_except_name_deleted", '''
try:
    raise ValueError("v")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError:
    print("e is gone")
''')
prog("exc_except_in_loop_continue", '''
total = 0
for s in ["1", "x", "3"]:
    try:
        total += int(s)
    except ValueError:
        continue
print(total)
''')
prog("exc_except_break", '''
for i in range(5):
    try:
        if i == 3:
            raise StopIteration
    except StopIteration:
        print("stop at", i)
        break
''')
prog("exc_except_return_from_handler", '''
def f():
    try:
        [][0]
    except IndexError:
        return "handled"
    return "not here"
print(f())
''')

# --- exception values -----------------------------------------------------
prog("exc_value_str_repr", '''
for e in [ValueError(), ValueError("x"), ValueError("x", 2), KeyError("k"), KeyError(1), IndexError(0)]:
    print(repr(e), "|", str(e), "|", e.args)
''')
prog("exc_value_oserror", '''
e = OSError(111, "Connection refused")
print(type(e).__name__, e.errno, e.strerror, str(e), e.args)
e = OSError("plain")
print(type(e).__name__, e.errno, e.strerror, str(e))
''')
prog("exc_value_type_name", '''
try:
    {}["a"]
except Exception as e:
    print(type(e).__name__, type(e) is KeyError)
''')
prog("exc_value_isinstance", '''
e = ConnectionResetError(104, "Connection reset by peer")
print(isinstance(e, ConnectionError), isinstance(e, OSError), isinstance(e, Exception), isinstance(e, ValueError))
''')
prog("exc_value_issubclass", '''
print(issubclass(BrokenPipeError, ConnectionError))
print(issubclass(TimeoutError, OSError))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError))
''')
prog("exc_value_in_list", '''
errs = []
for s in ["a", "1", "b"]:
    try:
        int(s)
    except ValueError as e:
        errs.append(e)
print(len(errs), [str(e)[:7] for e in errs])
''')
prog("exc_value_print", '''
try:
    raise RuntimeError("printed with print")
except RuntimeError as e:
    print(e)
    print("%s" % e)
    print("{}".format(e))
''')
prog("exc_value_args_tuple", '''
try:
    raise OSError(2, "No such file or directory")
except OSError as e:
    errno, msg = e.args
    print(errno, msg)
''')

# --- netrepl's own errors, caught as their class ------------------------
prog("exc_real_zero_division", '''
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError caught")
''')
prog("exc_real_key_error", '''
d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("missing", e)
''')
prog("exc_real_index_error", '''
try:
    [1, 2][5]
except IndexError:
    print("IndexError caught")
''')
prog("exc_real_struct_error", '''
import struct
try:
    struct.unpack(">I", b"ab")
except struct.error as e:
    print("struct.error:", e)
''')
prog("exc_real_struct_error_base", '''
import struct
try:
    struct.pack(">H", 70000)
except Exception as e:
    print(type(e).__name__)
''')
prog("exc_real_binascii_error", '''
import binascii
try:
    binascii.unhexlify(b"abc")
except binascii.Error as e:
    print("binascii.Error:", e)
except ValueError:
    print("ValueError")
''')
prog("exc_real_value_error_int", '''
try:
    int("0x1g", 16)
except ValueError:
    print("not hex")
''')
prog("exc_real_attribute_error", '''
try:
    None.send
except AttributeError:
    print("AttributeError caught")
''')
prog("exc_real_name_error", '''
try:
    undefined_thing
except NameError:
    print("NameError caught")
''')
prog("exc_real_type_error", '''
try:
    b"a" + "b"
except TypeError:
    print("TypeError caught")
''')
prog("exc_real_unicode_decode", '''
try:
    b"\\xff".decode("utf-8")
except UnicodeDecodeError:
    print("UnicodeDecodeError caught")
except ValueError:
    print("as ValueError")
''')
prog("exc_real_queue_empty", '''
import queue
q = queue.Queue()
try:
    q.get_nowait()
except queue.Empty:
    print("empty")
''')
prog("exc_real_queue_full", '''
import queue
q = queue.Queue(maxsize=1)
q.put(1)
try:
    q.put_nowait(2)
except queue.Full:
    print("full")
''')
prog("exc_real_socket_timeout", '''
import socket
a, b = socket.socketpair()
a.settimeout(0.05)
try:
    a.recv(10)
except socket.timeout as e:
    print("timeout:", e, type(e).__name__)
a.close(); b.close()
''')
prog("exc_real_timeout_as_oserror", '''
import socket
a, b = socket.socketpair()
a.settimeout(0.05)
try:
    a.recv(10)
except OSError as e:
    print(type(e).__name__, e.errno)
a.close(); b.close()
''')
prog("exc_real_socket_error_alias", '''
import socket
print(socket.error is OSError, socket.timeout is TimeoutError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
''')
prog("exc_real_closed_socket", '''
import socket
a, b = socket.socketpair()
a.close()
try:
    a.send(b"x")
except OSError as e:
    print(type(e).__name__, e.errno)
b.close()
''')
prog("exc_real_broken_pipe", '''
import socket
a, b = socket.socketpair()
b.close()
try:
    for _ in range(100):
        a.send(b"x" * 65536)
except (BrokenPipeError, ConnectionResetError) as e:
    print("peer gone:", type(e).__name__ in ("BrokenPipeError", "ConnectionResetError"))
a.close()
''')
prog("exc_real_connect_refused", '''
import socket
s = socket.socket()
try:
    s.connect(("127.0.0.1", 1))
except ConnectionRefusedError as e:
    print("refused", e.errno, e.strerror)
finally:
    s.close()
''')
prog("exc_real_recursion", '''
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError:
    print("RecursionError caught")
''')
prog("exc_real_assert", '''
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("AssertionError:", e)
''')
prog("exc_real_unbound_local", '''
def f():
    try:
        print(x)
    except UnboundLocalError:
        print("unbound")
    except NameError:
        print("name")
    x = 1
f()
''')

# --- threads ---------------------------------------------------------
prog("exc_thread_caught_inside", '''
import threading
out = []
def work():
    try:
        raise ValueError("in thread")
    except ValueError as e:
        out.append(str(e))
t = threading.Thread(target=work)
t.start(); t.join()
print(out)
''')
prog("exc_thread_finally", '''
import threading
log = []
def work(n):
    try:
        if n == 1:
            raise KeyError(n)
        log.append(("ok", n))
    except KeyError:
        log.append(("err", n))
    finally:
        log.append(("fin", n))
for n in range(3):
    t = threading.Thread(target=work, args=(n,))
    t.start(); t.join()
print(log)
''')
prog("exc_thread_queue_result", '''
import threading, queue
q = queue.Queue()
def work(x):
    try:
        q.put(10 // x)
    except ZeroDivisionError as e:
        q.put("error: " + type(e).__name__)
for x in [2, 0]:
    t = threading.Thread(target=work, args=(x,))
    t.start(); t.join()
print(q.get(), q.get())
''')

# --- everyday tutorial code ------------------------------------------------
prog("exc_tut_retry", '''
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionResetError(104, "Connection reset by peer")
    return "ok"
for i in range(5):
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print("retry after", e)
''')
prog("exc_tut_recv_all", '''
import socket
a, b = socket.socketpair()
b.sendall(b"hello")
b.close()
data = b""
try:
    while True:
        chunk = a.recv(2)
        if not chunk:
            break
        data += chunk
finally:
    a.close()
print(data)
''')
prog("exc_tut_parse_port", '''
def parse_port(s):
    try:
        port = int(s)
    except ValueError:
        raise ValueError("bad port: " + s) from None
    if not 0 < port < 65536:
        raise ValueError("port out of range: %d" % port)
    return port
for s in ["80", "http", "70000"]:
    try:
        print(parse_port(s))
    except ValueError as e:
        print(e)
''')
prog("exc_tut_cleanup_with_finally", '''
import socket
a, b = socket.socketpair()
def use(sock):
    try:
        sock.sendall(b"ping")
        raise TimeoutError("timed out")
    finally:
        sock.close()
        print("closed")
try:
    use(a)
except TimeoutError as e:
    print("error:", e)
print(b.recv(4))
b.close()
''')
prog("exc_tut_dict_get_fallback", '''
headers = {"Host": "example.com"}
for name in ["Host", "Accept"]:
    try:
        print(name, headers[name])
    except KeyError:
        print(name, "missing")
''')
prog("exc_tut_with_exception", '''
import socket
a, b = socket.socketpair()
try:
    with a:
        a.sendall(b"x")
        raise RuntimeError("inside with")
except RuntimeError as e:
    print(e, a.fileno())
b.close()
''')

# --- uncaught: CPython's error type and line --------------------------------
prog("err_rt_exc_raise_uncaught", '''
print("before")
raise ValueError("uncaught")
''')
prog("err_rt_exc_raise_in_function", '''
def f():
    raise KeyError("k")
print("start")
f()
''')
prog("err_rt_exc_no_match", '''
try:
    raise TypeError("t")
except ValueError:
    print("no")
''')
prog("err_rt_exc_finally_then_error", '''
try:
    [][1]
finally:
    print("finally first")
''')
prog("err_rt_exc_bare_raise_outside", '''
raise
''')
prog("err_rt_exc_raise_non_exception", '''
raise 42
''')
prog("err_rt_exc_raise_from", '''
try:
    1 // 0
except ZeroDivisionError as e:
    raise RuntimeError("wrapped") from e
''')
prog("err_rt_exc_error_in_handler", '''
try:
    raise ValueError("v")
except ValueError:
    [][0]
''')
prog("err_rt_exc_error_in_else", '''
try:
    pass
except Exception:
    pass
else:
    {}["else"]
''')
prog("err_rt_exc_catch_non_class", '''
try:
    1 // 0
except "ZeroDivisionError":
    pass
''')
prog("err_rt_exc_oserror_errno", '''
raise OSError(111, "Connection refused")
''')
prog("err_rt_exc_reraise_in_function", '''
def handle():
    try:
        int("q")
    except ValueError:
        print("log and reraise")
        raise
handle()
''')

# --- syntax errors: nothing runs ------------------------------------------
prog("err_syn_exc_try_alone", '''
print("not run")
try:
    x = 1
print(x)
''')
prog("err_syn_exc_try_at_end", '''
def f():
    try:
        pass
''')
prog("err_syn_exc_bare_not_last", '''
try:
    pass
except:
    pass
except ValueError:
    pass
''')
prog("err_syn_exc_python2_tuple", '''
try:
    pass
except ValueError, TypeError:
    pass
''')
prog("err_syn_exc_else_without_except", '''
try:
    pass
else:
    pass
''')
prog("err_syn_exc_raise_from_nothing", '''
raise ValueError from
''')

# --- families: one program per class, per errno ------------------------
CLASSES = [
    "BaseException", "Exception", "OSError", "ConnectionError", "ConnectionRefusedError",
    "ConnectionResetError", "ConnectionAbortedError", "BrokenPipeError", "TimeoutError",
    "ValueError", "TypeError", "KeyError", "IndexError", "LookupError", "ZeroDivisionError",
    "ArithmeticError", "OverflowError", "AttributeError", "NameError", "UnboundLocalError",
    "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "RuntimeError", "RecursionError",
    "NotImplementedError", "StopIteration", "AssertionError", "EOFError", "ImportError",
    "ModuleNotFoundError", "PermissionError", "FileNotFoundError", "BlockingIOError",
    "InterruptedError", "SystemError", "MemoryError", "KeyboardInterrupt", "SystemExit",
]
BASES = ["BaseException", "Exception", "OSError", "ConnectionError", "LookupError", "ArithmeticError", "ValueError", "RuntimeError", "NameError", "ImportError"]
for c in CLASSES:
    if c in ("UnicodeDecodeError", "UnicodeEncodeError"):
        continue  # their constructors take 5 arguments
    tests = ", ".join("issubclass(%s, %s)" % (c, b) for b in BASES)
    prog("exc_class_" + c, '''
try:
    raise %s("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(%s)
''' % (c, tests))

ERRNOS = [(1, "Operation not permitted"), (2, "No such file or directory"), (4, "Interrupted system call"),
          (11, "Resource temporarily unavailable"), (13, "Permission denied"), (32, "Broken pipe"),
          (98, "Address already in use"), (103, "Software caused connection abort"),
          (104, "Connection reset by peer"), (110, "Connection timed out"), (111, "Connection refused"),
          (113, "No route to host"), (115, "Operation now in progress")]
for n, msg in ERRNOS:
    prog("exc_errno_%d" % n, '''
try:
    raise OSError(%d, "%s")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
    print(str(e))
    print(repr(e))
''' % (n, msg))

def main():
    for name in os.listdir(HERE):
        if name.endswith(".py") and True:
            os.remove(os.path.join(HERE, name))
    for name, src in PROGRAMS.items():
        with open(os.path.join(HERE, name + ".py"), "w") as f:
            f.write(src)
    print(len(PROGRAMS), "programs")

if __name__ == "__main__":
    main()
