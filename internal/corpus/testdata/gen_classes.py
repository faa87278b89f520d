#!/usr/bin/env python3
"""Write the classes corpus programs (cls_*.py) here.

    python3 internal/corpus/testdata/gen_classes.py && python3 internal/corpus/testdata/gen.py

The expected output comes from gen.py (CPython 3.11), never from this file.
"""
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs", "classes")

PROGRAMS = {}

def prog(name, src):
    PROGRAMS[name] = src.strip("\n") + "\n"

prog("cls_basic", '''
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
p = Point(1, 2)
p.move(3, 4)
print(p.x, p.y)
''')
prog("cls_class_attr", '''
class Counter:
    count = 0
    def bump(self):
        Counter.count += 1
        return Counter.count
a = Counter()
b = Counter()
a.bump()
b.bump()
print(Counter.count, a.count, b.count)
''')
prog("cls_instance_shadows_class", '''
class C:
    x = "class"
c = C()
print(c.x)
c.x = "instance"
print(c.x, C.x)
''')
prog("cls_pass", '''
class Empty:
    pass
e = Empty()
e.name = "n"
print(e.name, type(e).__name__)
''')
prog("cls_no_init_args", '''
class Empty:
    pass
print("before")
Empty(1)
''')
prog("cls_init_returns", '''
class Bad:
    def __init__(self):
        return 1
Bad()
''')
prog("cls_missing_attr", '''
class C:
    def __init__(self):
        self.a = 1
c = C()
print(c.a)
print(c.b)
''')
prog("cls_method_args", '''
class Greeter:
    def __init__(self, greeting="Hello"):
        self.greeting = greeting
    def greet(self, name, punct="!"):
        return "%s, %s%s" % (self.greeting, name, punct)
print(Greeter().greet("world"))
print(Greeter("Hi").greet("you", punct="?"))
print(Greeter(greeting="Yo").greet(*["there"]))
''')
prog("cls_bound_method", '''
class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
m = C(5).get
print(m())
fs = [C(i).get for i in range(3)]
print([f() for f in fs])
''')
prog("cls_unbound_call", '''
class C:
    def double(self, x):
        return 2 * x
print(C.double(C(), 21))
''')
prog("cls_single_inherit", '''
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
class Dog(Animal):
    def speak(self):
        return self.name + " barks"
class Cat(Animal):
    pass
for a in [Dog("Rex"), Cat("Tom")]:
    print(a.speak())
''')
prog("cls_super_init", '''
class Base:
    def __init__(self, name):
        self.name = name
        print("Base init", name)
class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
        print("Child init", age)
c = Child("x", 3)
print(c.name, c.age)
''')
prog("cls_super_method", '''
class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B+" + super().hello()
class C(B):
    def hello(self):
        return "C+" + super().hello()
print(C().hello())
''')
prog("cls_super_explicit", '''
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f/" + super(B, self).f()
print(B().f())
''')
prog("cls_diamond_mro", '''
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
''')
prog("cls_mro_first_wins", '''
class X:
    def f(self):
        return "X"
class Y:
    def f(self):
        return "Y"
    def g(self):
        return "Y.g"
class Z(X, Y):
    pass
z = Z()
print(z.f(), z.g())
''')
prog("cls_mro_conflict", '''
class X:
    pass
class Y(X):
    pass
print("start")
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, str(e).split()[0])
''')
prog("cls_isinstance", '''
class A:
    pass
class B(A):
    pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, object))
print(isinstance(A(), B), isinstance(b, (int, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, object))
print(type(b) is B, type(b) == A)
''')
prog("cls_type_repr", '''
class Thing:
    pass
print(Thing)
print(type(Thing()))
print(Thing.__name__)
''')
prog("cls_str_repr", '''
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(%r)" % (self.x,)
    def __str__(self):
        return "point " + str(self.x)
p = P("a")
print(p)
print(str(p), repr(p))
print([p, p])
print("%s %r" % (p, p))
print(f"{p} {p!r}")
''')
prog("cls_repr_only", '''
class R:
    def __repr__(self):
        return "<R>"
print(R(), str(R()), [R()])
''')
prog("cls_eq", '''
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, V) and self.n == other.n
print(V(1) == V(1), V(1) == V(2), V(1) != V(2))
print(V(1) in [V(0), V(1)])
print([V(1), V(2)].index(V(2)))
''')
prog("cls_eq_default_identity", '''
class V:
    pass
a = V()
print(a == a, a == V(), a != V())
''')
prog("cls_hash", '''
class K:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
    def __hash__(self):
        return hash(self.k)
d = {K("a"): 1}
d[K("a")] = 2
print(len(d), d[K("a")])
print(len({K(1), K(1), K(2)}))
''')
prog("cls_unhashable_eq", '''
class K:
    def __eq__(self, other):
        return True
print("made", K() == 1)
s = {K()}
''')
prog("cls_len_bool", '''
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
print(len(Box([1, 2])), bool(Box([])), bool(Box([0])))
if not Box([]):
    print("empty box is false")
''')
prog("cls_bool", '''
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(bool(Flag(True)), bool(Flag(False)))
print("yes" if Flag(True) else "no", "yes" if Flag(False) else "no")
print(Flag(False) or "fallback")
''')
prog("cls_getitem", '''
class Table:
    def __init__(self):
        self.rows = {"a": 1, "b": 2}
    def __getitem__(self, key):
        return self.rows[key]
t = Table()
print(t["a"], t["b"])
t["c"]
''')
prog("cls_getitem_index", '''
class Seq:
    def __getitem__(self, i):
        return i * 10
s = Seq()
print(s[0], s[3], s[-1])
''')
prog("cls_iter", '''
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n, 0, -1))
print(list(Countdown(3)))
for i in Countdown(2):
    print("tick", i)
print(sorted(Countdown(4)), sum(Countdown(4)))
''')
prog("cls_contains", '''
class Evens:
    def __contains__(self, x):
        return x % 2 == 0
e = Evens()
print(2 in e, 3 in e, 3 not in e)
''')
prog("cls_call", '''
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(1), list(map(add5, [1, 2])))
''')
prog("cls_not_callable", '''
class C:
    pass
c = C()
c()
''')
prog("cls_with", '''
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type)
        return False
with Resource("r1") as r:
    print("using", r.name)
print("after")
''')
prog("cls_with_error", '''
class Resource:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__, exc)
        return False
try:
    with Resource():
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
''')
prog("cls_with_nested", '''
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *a):
        print("exit", self.n)
with CM(1) as a, CM(2) as b:
    print("body", a, b)
''')
prog("cls_exception_subclass", '''
class ProtocolError(Exception):
    pass
try:
    raise ProtocolError("bad header")
except ProtocolError as e:
    print("caught", e, e.args, repr(e))
''')
prog("cls_exception_caught_as_base", '''
class ProtocolError(Exception):
    pass
class FrameError(ProtocolError):
    pass
for cls in [ProtocolError, FrameError]:
    try:
        raise cls("x")
    except Exception as e:
        print(type(e).__name__, isinstance(e, ProtocolError), isinstance(e, FrameError))
''')
prog("cls_exception_uncaught", '''
class ProtocolError(Exception):
    pass
def check(b):
    if b != b"OK":
        raise ProtocolError("unexpected reply", b)
check(b"OK")
print("first ok")
check(b"NO")
''')
prog("cls_exception_init", '''
class HTTPError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason
try:
    raise HTTPError(404, "Not Found")
except HTTPError as e:
    print(e.code, e.reason, e.args, str(e))
''')
prog("cls_exception_str", '''
class MyErr(Exception):
    def __str__(self):
        return "custom message"
try:
    raise MyErr("ignored")
except MyErr as e:
    print(e, e.args)
''')
prog("cls_exception_class_raise", '''
class Stop(Exception):
    pass
try:
    raise Stop
except Stop as e:
    print("caught", type(e).__name__, e.args, repr(e))
''')
prog("cls_exception_oserror", '''
class NetError(OSError):
    pass
try:
    raise NetError("down")
except OSError as e:
    print(type(e).__name__, e)
''')
prog("cls_exception_tuple_match", '''
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
''')
prog("cls_exception_attrs_set", '''
class E(Exception):
    pass
e = E("m")
e.extra = 42
try:
    raise e
except E as got:
    print(got.extra, got is e)
''')
prog("cls_method_calls_method", '''
class Parser:
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def byte(self):
        b = self.data[self.pos]
        self.pos += 1
        return b
    def word(self):
        return self.byte() << 8 | self.byte()
p = Parser(b"\\x01\\x02\\x03\\x04")
print(p.word(), p.word())
''')
prog("cls_global_vs_class_name", '''
x = "global"
class C:
    x = "class"
    def f(self):
        return x
    def g(self):
        return self.x
print(C().f(), C().g())
''')
prog("cls_method_named_like_global", '''
def send(data):
    return "global send " + data
class Conn:
    def send(self, data):
        return "method: " + send(data)
print(Conn().send("hi"))
''')
prog("cls_in_function", '''
def make(n):
    class Local:
        size = n
        def get(self):
            return self.size
    return Local
L = make(4)
print(L().get(), L.size)
''')
prog("cls_closure_in_method", '''
class C:
    def __init__(self):
        self.items = [3, 1, 2]
    def sorted_by(self, key):
        return sorted(self.items, key=lambda v: key * v)
print(C().sorted_by(-1))
''')
prog("cls_state_machine", '''
class Machine:
    def __init__(self):
        self.state = "idle"
        self.log = []
    def feed(self, ev):
        if self.state == "idle" and ev == "start":
            self.state = "running"
        elif self.state == "running" and ev == "stop":
            self.state = "idle"
        self.log.append((ev, self.state))
m = Machine()
for ev in ["start", "noop", "stop"]:
    m.feed(ev)
print(m.log)
''')
prog("cls_attr_error_method", '''
class C:
    def f(self):
        return self.missing
C().f()
''')
prog("cls_hasattr_getattr", '''
class C:
    a = 1
    def __init__(self):
        self.b = 2
c = C()
print(hasattr(c, "a"), hasattr(c, "b"), hasattr(c, "c"))
print(getattr(c, "b"), getattr(c, "zz", "default"))
setattr(c, "z", 9)
print(c.z)
''')
prog("cls_dict_attr", '''
class C:
    def __init__(self):
        self.a = 1
        self.b = 2
print(sorted(C().__dict__.items()))
''')
prog("cls_class_in_list", '''
class A:
    name = "a"
class B:
    name = "b"
for k in [A, B]:
    print(k.name, k().name, k.__name__)
''')
prog("cls_instances_in_dict", '''
class Peer:
    def __init__(self, host, port):
        self.host = host
        self.port = port
peers = {}
for i in range(3):
    peers[i] = Peer("10.0.0.%d" % i, 8000 + i)
print([(p.host, p.port) for p in peers.values()])
''')
prog("cls_classmethod_like", '''
class Packet:
    HEADER = b"\\xaa"
    def __init__(self, payload):
        self.payload = payload
    def encode(self):
        return Packet.HEADER + bytes([len(self.payload)]) + self.payload
print(Packet(b"hi").encode())
''')
prog("cls_multi_inherit_init", '''
class Logged:
    def log(self, msg):
        self.lines.append(msg)
class Base:
    def __init__(self):
        self.lines = []
class Service(Base, Logged):
    def run(self):
        self.log("run")
        return self.lines
print(Service().run())
''')
prog("cls_override_chain", '''
class A:
    def f(self):
        return "A.f"
    def g(self):
        return "A.g->" + self.f()
class B(A):
    def f(self):
        return "B.f"
print(A().g(), B().g())
''')
prog("cls_lt", '''
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
print(V(1) < V(2), V(3) < V(2))
print([v.n for v in sorted([V(3), V(1), V(2)])])
''')
prog("cls_recursion_linked", '''
class Node:
    def __init__(self, v, next=None):
        self.v = v
        self.next = next
    def total(self):
        return self.v + (self.next.total() if self.next else 0)
print(Node(1, Node(2, Node(3))).total())
''')
prog("cls_super_no_override", '''
class A:
    def __init__(self):
        self.tag = "A"
class B(A):
    pass
class C(B):
    def __init__(self):
        super().__init__()
        self.tag += "C"
print(C().tag)
''')
prog("cls_exception_super_str", '''
class Wrapped(Exception):
    def __init__(self, inner):
        super().__init__("wrapped: " + str(inner))
        self.inner = inner
try:
    try:
        1 // 0
    except ZeroDivisionError as z:
        raise Wrapped(z)
except Wrapped as w:
    print(w, "|", type(w.inner).__name__)
''')
prog("cls_raise_in_method_uncaught", '''
class Client:
    def connect(self):
        raise ConnectionRefusedError(111, "Connection refused")
c = Client()
print("connecting")
c.connect()
''')

prog("cls_thread_subclass", '''
import threading
results = []
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.daemon = True
    def run(self):
        results.append(self.n * 2)
ws = [Worker(i) for i in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(sorted(results), ws[0].daemon, isinstance(ws[0], threading.Thread), ws[0].is_alive())
class Plain(threading.Thread):
    pass
p = Plain(target=lambda: results.append("plain"))
p.start(); p.join()
print(results[-1])
''')
prog("cls_thread_subclass_name", '''
import threading
class Named(threading.Thread):
    def run(self):
        print("running in", self.name)
t = Named(name="worker-1")
t.start()
t.join()
print(t.name, t.is_alive())
''')

prog("cls_body_scope", '''
class A:
    x = 1
    y = x + 1
    if y > 1:
        def f(self):
            return "f"
    else:
        def g(self):
            return "g"
    del x
print(A.y, A().f(), hasattr(A, "x"), hasattr(A, "g"))
''')
prog("cls_doc", '''
class B:
    "the doc"
    z: int = 3
class C:
    pass
print(B.__doc__, B.z, C.__doc__)
''')
prog("cls_object", '''
o = object()
print(type(o).__name__, str(o).startswith("<object object at "), isinstance(o, object))
o.x = 1
''')
prog("cls_closure_class_in_function", '''
def outer():
    v = 10
    class C:
        w = v + 1
        def m(self):
            return v
    return C
C = outer()
print(C.w, C().m())
''')

def main():
    os.makedirs(HERE, exist_ok=True)
    for name in os.listdir(HERE):
        if name.endswith(".py"):
            os.remove(os.path.join(HERE, name))
    for name, src in PROGRAMS.items():
        with open(os.path.join(HERE, name + ".py"), "w") as f:
            f.write(src)
    print(len(PROGRAMS), "programs")

if __name__ == "__main__":
    main()
