package threading

import (
	"sync"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
)

// QueueModule is the `queue` module.
var QueueModule = &starlarkstruct.Module{
	Name: "queue",
	Members: starlark.StringDict{
		"Queue": threadClass("Queue", "queue", doc.Func("Queue", `Queue(maxsize=0)
Return a FIFO queue holding at most maxsize items (0 or less: no limit):
put(item, block=True, timeout=None), get(block=True, timeout=None),
put_nowait(item), get_nowait(), task_done(), join(), qsize(), empty(),
full().`, newQueue)),
		"Empty": starlark.String(emptyType),
		"Full":  starlark.String(fullType),
	},
}

// The error types get and put report; the module's Empty and Full are
// these names, to compare with catch(...).error.type.
const (
	emptyType = "queue.Empty"
	fullType  = "queue.Full"
)

func init() {
	doc.Type("queue", "Queues for passing values between threads: Queue, and its errors Empty and Full.")
}

// Queue is Python's queue.Queue. Waiters select on changed, which is
// closed and replaced whenever an item is put or got, so that get and put
// can also wait for a timeout or for cancellation.
type Queue struct {
	id      uint32
	maxsize int

	mu         sync.Mutex
	items      []starlark.Value
	unfinished int // items put and not yet task_done()
	changed    chan struct{}
}

func newQueue(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	maxsize := 0
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "maxsize?", &maxsize); err != nil {
		return nil, err
	}
	return &Queue{id: nextID.Add(1), maxsize: maxsize, changed: make(chan struct{})}, nil
}

var _ starlark.HasAttrs = (*Queue)(nil)

func (q *Queue) Type() string          { return "Queue" }
func (q *Queue) Freeze()               {}
func (q *Queue) Truth() starlark.Bool  { return starlark.True }
func (q *Queue) Hash() (uint32, error) { return q.id, nil }
func (q *Queue) String() string        { return "<queue.Queue object>" }

func (q *Queue) Attr(name string) (starlark.Value, error) {
	if name == "maxsize" {
		return starlark.MakeInt(q.maxsize), nil
	}
	if m, ok := queueMethods[name]; ok {
		return m.BindReceiver(q), nil
	}
	return nil, nil
}

func (q *Queue) AttrNames() []string { return attrNames([]string{"maxsize"}, queueMethods) }

var queueMethods = map[string]*starlark.Builtin{
	"put": method("Queue", "put", `put(item, block=True, timeout=None)
Put item at the end of the queue. If it is full, wait for a free
slot, for at most timeout seconds, then fail with queue.Full; with
block=False fail at once. Ctrl-C interrupts the wait.`, (*Queue).put),
	"get": method("Queue", "get", `get(block=True, timeout=None)
Remove and return the first item. If the queue is empty, wait for an
item, for at most timeout seconds, then fail with queue.Empty; with
block=False fail at once. Ctrl-C interrupts the wait.`, (*Queue).get),
	"put_nowait": method("Queue", "put_nowait", `put_nowait(item)
put(item, block=False): fail with queue.Full if there is no free slot.`, (*Queue).putNowait),
	"get_nowait": method("Queue", "get_nowait", `get_nowait()
get(block=False): fail with queue.Empty if there is no item.`, (*Queue).getNowait),
	"task_done": method("Queue", "task_done", `task_done()
Tell the queue that an item got earlier is processed (by a worker), so
that join() can return once every item put is.`, (*Queue).taskDone),
	"join": method("Queue", "join", `join()
Wait until every item put has been got and marked task_done(). Ctrl-C
interrupts the wait.`, (*Queue).join),
	"qsize": method("Queue", "qsize", `qsize()
Return the number of items in the queue.`, (*Queue).qsize),
	"empty": method("Queue", "empty", `empty()
Return whether the queue has no items.`, (*Queue).empty),
	"full": method("Queue", "full", `full()
Return whether the queue has maxsize items (never, if maxsize <= 0).`, (*Queue).full),
}

// isFull reports whether put must wait; q.mu is held.
func (q *Queue) isFull() bool { return q.maxsize > 0 && len(q.items) >= q.maxsize }

// signal wakes every waiter to look again; q.mu is held.
func (q *Queue) signal() {
	close(q.changed)
	q.changed = make(chan struct{})
}

// blockArgs reads get's and put's block and timeout into how long to
// wait: <0 forever, 0 not at all.
func blockArgs(b *starlark.Builtin, block bool, timeout starlark.Value) (time.Duration, error) {
	if !block {
		return 0, nil
	}
	d, secs, err := parseTimeout(b.Name(), timeout)
	if err != nil {
		return 0, err
	}
	if timeout != starlark.None && secs < 0 {
		return 0, pyerr.New("ValueError", "'timeout' must be a non-negative number")
	}
	return d, nil
}

// await runs try under q.mu until it succeeds, waiting for the queue to
// change between tries, for at most d (d < 0: forever).
func (q *Queue) await(thread *starlark.Thread, d time.Duration, try func() bool) (bool, error) {
	var deadline time.Time
	if d > 0 {
		deadline = time.Now().Add(d)
	}
	for {
		q.mu.Lock()
		if try() {
			q.signal()
			q.mu.Unlock()
			return true, nil
		}
		ch := q.changed
		q.mu.Unlock()
		left := d
		if d == 0 {
			return false, nil
		} else if d > 0 {
			if left = time.Until(deadline); left <= 0 {
				return false, nil
			}
		}
		if _, err := wait(thread, ch, left); err != nil {
			return false, err
		}
	}
}

func (q *Queue) put(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var item starlark.Value
	block := true
	var timeout starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "item", &item, "block?", &block, "timeout?", &timeout); err != nil {
		return nil, err
	}
	d, err := blockArgs(b, block, timeout)
	if err != nil {
		return nil, err
	}
	return q.putItem(thread, item, d)
}

func (q *Queue) putNowait(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var item starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &item); err != nil {
		return nil, err
	}
	return q.putItem(thread, item, 0)
}

func (q *Queue) putItem(thread *starlark.Thread, item starlark.Value, d time.Duration) (starlark.Value, error) {
	ok, err := q.await(thread, d, func() bool {
		if q.isFull() {
			return false
		}
		q.items = append(q.items, item)
		q.unfinished++
		return true
	})
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, &pyerr.Error{Type: fullType}
	}
	return starlark.None, nil
}

func (q *Queue) get(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	block := true
	var timeout starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "block?", &block, "timeout?", &timeout); err != nil {
		return nil, err
	}
	d, err := blockArgs(b, block, timeout)
	if err != nil {
		return nil, err
	}
	return q.getItem(thread, d)
}

func (q *Queue) getNowait(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return q.getItem(thread, 0)
}

func (q *Queue) getItem(thread *starlark.Thread, d time.Duration) (starlark.Value, error) {
	var item starlark.Value
	ok, err := q.await(thread, d, func() bool {
		if len(q.items) == 0 {
			return false
		}
		item = q.items[0]
		q.items[0] = nil
		q.items = q.items[1:]
		return true
	})
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, &pyerr.Error{Type: emptyType}
	}
	return item, nil
}

func (q *Queue) taskDone(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.unfinished == 0 {
		return nil, pyerr.New("ValueError", "task_done() called too many times")
	}
	if q.unfinished--; q.unfinished == 0 {
		q.signal()
	}
	return starlark.None, nil
}

func (q *Queue) join(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	if _, err := q.await(thread, -1, func() bool { return q.unfinished == 0 }); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

func (q *Queue) qsize(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	return starlark.MakeInt(len(q.items)), nil
}

func (q *Queue) empty(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	return starlark.Bool(len(q.items) == 0), nil
}

func (q *Queue) full(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	return starlark.Bool(q.isFull()), nil
}
