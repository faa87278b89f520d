package threading_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"netrepl/builtins"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
	"netrepl/internal/startest"
)

// failAfter bounds every wait in these tests: a generous failure timeout,
// not a measurement.
const failAfter = 10 * time.Second

type session struct {
	sess        *rt.Session
	thread      *starlark.Thread
	out, errOut startest.Buffer
}

func newSession(t *testing.T) *session {
	s := &session{thread: &starlark.Thread{Name: "main"}}
	s.sess = rt.NewSession(&s.out, &s.errOut, nil)
	rt.SetSession(s.thread, s.sess)
	s.thread.Print = rt.Print
	t.Cleanup(s.sess.Close)
	return s
}

// exec runs src as a script does: then it waits for the non-daemon
// threads, within failAfter.
func (s *session) exec(t *testing.T, src string) error {
	t.Helper()
	rt.Enter(s.thread) // as netrepl runs a script: under the interpreter lock
	_, err := starlark.ExecFileOptions(startest.Dialect, s.thread, "t.star", src, builtins.Universe(s.sess))
	rt.Exit(s.thread)
	waited := make(chan struct{})
	go func() {
		s.sess.Wait()
		close(waited)
	}()
	select {
	case <-waited:
	case <-time.After(failAfter):
		t.Fatalf("non-daemon threads still running after %v", failAfter)
	}
	return err
}

// run executes src and returns its stdout, failing the test on an error
// or on anything written to stderr.
func run(t *testing.T, src string) string {
	t.Helper()
	s := newSession(t)
	if err := s.exec(t, src); err != nil {
		t.Fatalf("exec: %v\nstderr: %s", err, s.errOut.String())
	}
	if e := s.errOut.String(); e != "" {
		t.Fatalf("stderr: %s", e)
	}
	return s.out.String()
}

func TestStartJoinQueue(t *testing.T) {
	got := run(t, `
q = queue.Queue()
def work(n, k=0):
    q.put(n * n + k)
ts = [threading.Thread(target=work, args=(i,), kwargs={"k": 1}) for i in range(8)]
print(ts[0].ident, ts[0].is_alive(), ts[0])
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted([q.get() for _ in range(8)]))
print(ts[0].name, ts[7].name, ts[0].is_alive(), ts[0].ident != None, ts[0].daemon)
print(threading.current_thread().name, threading.active_count())
print(threading.Thread(target=work, name="").name, threading.Thread(name=7).name)
t = threading.Thread(target=work, args=[2], name="worker", daemon=True)
t.start()
t.join(timeout=5)
print(t.name, t.daemon, q.get_nowait(), q.empty())
`)
	want := `None False <Thread(Thread-1 (work), initial)>
[1, 2, 5, 10, 17, 26, 37, 50]
Thread-1 (work) Thread-8 (work) False True False
MainThread 1
Thread-9 (work) 7
worker True 4 True
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestCurrentThreadAndCount(t *testing.T) {
	got := run(t, `
ready = threading.Event()
go = threading.Event()
q = queue.Queue()
def f():
    me = threading.current_thread()
    q.put((me.name, me.daemon))
    ready.set()
    go.wait()
t = threading.Thread(target=f, daemon=True)
t.start()
ready.wait()
print(q.get(), threading.active_count(), t.is_alive())
go.set()
t.join()
print(threading.active_count(), t.is_alive())
`)
	want := "('Thread-1 (f)', True) 2 True\n1 False\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestScriptWaitsForNonDaemon(t *testing.T) {
	got := run(t, `
def late():
    time.sleep(0.05)
    print("late")
threading.Thread(target=late).start()
print("main done")
`)
	if got != "main done\nlate\n" {
		t.Errorf("got %q", got)
	}
}

func TestLockSharedList(t *testing.T) {
	got := run(t, `
lock = threading.Lock()
shared = []
def add(i):
    for j in range(50):
        lock.acquire()
        shared.append(i)
        lock.release()
ts = [threading.Thread(target=add, args=(i,)) for i in range(64)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), len(set(shared)), lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked(), lock)
r = catch(lock.release)
print(r.error.type, r.error.message)
r = catch(lock.acquire, False, 1)
print(r.error.type, r.error.message)
r = catch(lock.acquire, timeout=-2)
print(r.error.type, r.error.message)
`)
	want := `3200 64 False
True True False False
False <unlocked _thread.lock object>
RuntimeError release unlocked lock
ValueError can't specify a timeout for a non-blocking call
ValueError timeout value must be positive
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// Threads that share a list and a dict without a Lock, as Python code
// written for CPython does: the interpreter lock keeps every operation
// whole, so nothing is lost, the dict stays consistent, and the race
// detector (go test -race) has nothing to report. A spinning thread
// still lets the others run (the lock is handed over every so many
// steps).
func TestSharedWithoutLock(t *testing.T) {
	// Switch threads every 97 steps, not 100,000: many switches, at
	// every kind of place.
	defer rt.SetSwitchSteps(rt.SetSwitchSteps(97))
	got := run(t, `
items = []
table = {}
def work(k):
    for i in range(5000):
        items.append(i)
        table["%d-%d" % (k, i)] = i
        if i % 1000 == 0:
            time.sleep(0)
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(items), len(table), len(table.keys()), len(set(table.values())))
# Read-modify-write in one statement is whole too: the lock changes hands
# between statements (CPython: at jumps back and calls).
counts = [0]
def count(tag):
    for i in range(20000):
        x = i + 1
        counts[0] += 1
        tag["n"] += 1
tag = {"n": 0}
ts = [threading.Thread(target=count, args=(tag,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counts[0], tag["n"])
stop = threading.Event()
def spin():
    while not stop.is_set():
        pass
s = threading.Thread(target=spin)
s.start()
n = 0
for i in range(10000):
    n += 1
stop.set()
s.join()
print(n)
`)
	if want := "20000 20000 20000 5000\n80000 80000\n10000\n"; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// The worker pool of Python's queue documentation: daemon workers set by
// attribute, task_done and join; items and args are not frozen, as in
// Python. CPython 3.11 prints the same lines.
func TestWorkerPool(t *testing.T) {
	got := run(t, `
q = queue.Queue()
results = []
def worker(tag):
    while True:
        item = q.get()
        results.append(item * 2)
        tag["n"] += 1
        q.task_done()
tag = {"n": 0}
for i in range(3):
    w = threading.Thread(target=worker, args=(tag,))
    w.daemon = True
    w.start()
print(len(threading.enumerate()), threading.enumerate()[0].name)
for i in range(20):
    q.put(i)
q.join()
print(sorted(results) == [i * 2 for i in range(20)], tag["n"])
d = {}
q2 = queue.Queue()
q2.put(d)
d["x"] = 1
print(q2.get(), q2.qsize())
q2.task_done()
print(catch(q2.task_done).error.message)
s = threading.Thread(target=time.sleep, args=(0,))
s.setDaemon(True)
s.start()
s.join()
r = catch(s.setDaemon, False)
print(s.daemon, r.error.type, r.error.message)
`)
	want := `4 MainThread
True 20
{'x': 1} 0
task_done() called too many times
True RuntimeError cannot set daemon status of active thread
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// RLock: its owner acquires it again; other threads wait; only the owner
// releases it. The lines after the reprs are CPython 3.11's.
func TestRLock(t *testing.T) {
	got := run(t, `
r = threading.RLock()
r.acquire()
r.acquire()
print(r)
r.release()
r.release()
print(r)
def other():
    print("other", r.acquire(timeout=0.05))
r.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
r.release()
t = threading.Thread(target=other)
t.start()
t.join()
print(catch(r.release).error.message)
`)
	want := `<locked _thread.RLock object count=2>
<unlocked _thread.RLock object count=0>
other False
other True
cannot release un-acquired lock
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestEvent(t *testing.T) {
	got := run(t, `
e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(timeout=0), e)
def setter():
    time.sleep(0.01)
    e.set()
t = threading.Thread(target=setter)
t.start()
print(e.wait(), e.wait(5), e.is_set(), e)
t.join()
e.clear()
print(e.is_set(), e.wait(-1))
`)
	want := `False False False <threading.Event: unset>
True True True <threading.Event: set>
False False
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestQueueEmptyFull(t *testing.T) {
	got := run(t, `
q = queue.Queue(2)
print(q.maxsize, q.qsize(), q.empty(), q.full())
q.put("a")
q.put(["b"], timeout=1)
print(q.qsize(), q.empty(), q.full())
for r in [catch(q.put, "c", timeout=0.01), catch(q.put, "c", block=False), catch(q.put_nowait, "c"), catch(q.put, "c", timeout=0)]:
    print(r.error.type, r.error.type == "queue.Full", r.error.message == "")
print(q.get(), q.get(timeout=1))
for r in [catch(q.get, timeout=0.01), catch(q.get, False), catch(q.get_nowait)]:
    print(r.error.type, r.error.type == "queue.Empty")
r = catch(q.get, timeout=-1)
print(r.error.type, r.error.message)
items = [1]
q.put(items)
items.append(2)  # not frozen, as in Python
print(q.get())

# A blocked get is woken by a put from another thread, and a blocked put
# by a get.
q2 = queue.Queue(1)
def producer():
    for i in range(20):
        q2.put(i)
t = threading.Thread(target=producer)
t.start()
total = 0
for _ in range(20):
    total += q2.get(timeout=5)
print(total)
t.join()
`)
	want := `2 0 True False
2 False True
queue.Full True True
queue.Full True True
queue.Full True True
queue.Full True True
a ['b']
queue.Empty True
queue.Empty True
queue.Empty True
ValueError 'timeout' must be a non-negative number
[1, 2]
190
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestErrors(t *testing.T) {
	got := run(t, `
t = threading.Thread(target=lambda: None)
for f in [lambda: t.join(), lambda: [t.start(), t.start()]]:
    r = catch(f)
    print(r.error.type, r.error.message)
r = catch(threading.current_thread().join)
print(r.error.type, r.error.message)
r = catch(threading.Thread, print, args=1)
print(r.error.type)
`)
	want := `RuntimeError cannot join thread before it is started
RuntimeError threads can only be started once
RuntimeError cannot join current thread
TypeError
`
	if got != want {
		t.Errorf("got:\n%q\nwant:\n%q", got, want)
	}
}

func TestErrorReport(t *testing.T) {
	s := newSession(t)
	err := s.exec(t, `
def handle_echo(x):
    fail("boom " + x)

def quiet():
    exit(3)

t = threading.Thread(target=handle_echo, args=("a",))
t.start()
t.join()
threading.Thread(target=quiet).start()
threading.Thread(target=1, name="bad").start()
t = threading.Thread(target=lambda: {}["k"])
t.start()
t.join()
def raiser():
    try:
        {}["x"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
t = threading.Thread(target=raiser, name="chain")
t.start()
t.join()
def exits():
    raise SystemExit(2)
t = threading.Thread(target=exits)
t.start()
t.join()
print("main goes on")
`)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.out.String(); got != "main goes on\n" {
		t.Errorf("stdout %q", got)
	}
	got := s.errOut.String()
	for _, want := range []string{
		"Exception in thread Thread-1 (handle_echo):\n" +
			"Traceback (most recent call last):\n" +
			"  t.star:3:9: in handle_echo\n" +
			"Error: boom a\n",
		"Exception in thread bad:\nTypeError: 'int' object is not callable\n",
		"Exception in thread Thread-3 (lambda):\n" +
			"Traceback (most recent call last):\n" +
			"  t.star:13:39: in lambda\n" +
			"KeyError: 'k'\n",
		// raise ... from: the cause's report, CPython's line, the exception's
		"Exception in thread chain:\n" +
			"Traceback (most recent call last):\n" +
			"  t.star:18:11: in raiser\n" +
			"KeyError: 'x'\n\n" +
			"The above exception was the direct cause of the following exception:\n\n" +
			"Traceback (most recent call last):\n" +
			"  t.star:20:9: in raiser\n" +
			"RuntimeError: wrapped\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("stderr lacks\n%s\nin\n%s", want, got)
		}
	}
	if strings.Contains(got, "exits") || strings.Contains(got, "quiet") {
		t.Errorf("SystemExit in a thread is reported:\n%s", got) // Python's threads end quietly on it
	}
	if strings.Contains(got, "quiet") || strings.Contains(got, "SystemExit") {
		t.Errorf("exit() in a thread was reported:\n%s", got)
	}
}

// TestCancel checks that each blocking call returns KeyboardInterrupt once
// the context of the chunk is cancelled while it waits.
func TestCancel(t *testing.T) {
	setup := `
stop = threading.Event()
def block():
    stop.wait()
t = threading.Thread(target=block, daemon=True)
t.start()
lock = threading.Lock()
lock.acquire()
full = queue.Queue(1)
full.put(1)
empty = queue.Queue()
`
	for name, call := range map[string]string{
		"join":         "t.join()",
		"join timeout": "t.join(timeout=3600)",
		"acquire":      "lock.acquire()",
		"acquire t":    "lock.acquire(timeout=3600)",
		"wait":         "stop.wait()",
		"get":          "empty.get()",
		"get timeout":  "empty.get(timeout=3600)",
		"put":          "full.put(2)",
	} {
		t.Run(name, func(t *testing.T) {
			s := newSession(t)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			rt.SetContext(s.thread, ctx)
			// The script tells the test it is about to block, so the
			// cancellation comes while it waits (or just before: either
			// way the call must see it).
			blocking := make(chan struct{})
			u := builtins.Universe(s.sess)
			pre := starlark.StringDict{"blocking": starlark.NewBuiltin("blocking", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
				close(blocking)
				return starlark.None, nil
			})}
			for k, v := range u {
				pre[k] = v
			}
			done := make(chan error, 1)
			go func() {
				_, err := starlark.ExecFileOptions(startest.Dialect, s.thread, "t.star", setup+"blocking()\n"+call+"\n", pre)
				done <- err
			}()
			select {
			case <-blocking:
			case err := <-done:
				t.Fatalf("ended before blocking: %v", err)
			case <-time.After(failAfter):
				t.Fatal("never reached the blocking call")
			}
			time.Sleep(20 * time.Millisecond) // let it block
			cancel()
			select {
			case err := <-done:
				if err == nil || pyerr.Classify(err).Type != "KeyboardInterrupt" {
					t.Fatalf("got %v, want KeyboardInterrupt", err)
				}
			case <-time.After(failAfter):
				t.Fatal("not interrupted")
			}
			// The session's end ends the background thread, quietly.
			s.sess.Close()
			if e := s.errOut.String(); e != "" {
				t.Errorf("stderr: %s", e)
			}
		})
	}
}

// TestSessionEndStopsThreads checks that closing the session ends
// non-daemon threads blocked in a wait or busy in a loop, so Wait returns,
// and that they end without a report.
func TestSessionEndStopsThreads(t *testing.T) {
	s := newSession(t)
	_, err := starlark.ExecFileOptions(startest.Dialect, s.thread, "t.star", `
e = threading.Event()
def busy():
    while True:
        pass
threading.Thread(target=e.wait).start()
threading.Thread(target=busy).start()
print(threading.active_count())
`, builtins.Universe(s.sess))
	if err != nil {
		t.Fatal(err)
	}
	s.sess.Close()
	waited := make(chan struct{})
	go func() {
		s.sess.Wait()
		close(waited)
	}()
	select {
	case <-waited:
	case <-time.After(failAfter):
		t.Fatal("threads still running after the session closed")
	}
	if got := s.out.String(); got != "3\n" {
		t.Errorf("stdout %q", got)
	}
	if e := s.errOut.String(); e != "" {
		t.Errorf("stderr: %s", e)
	}
}
