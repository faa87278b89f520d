package socket

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"

	"go.starlark.net/starlark"

	"netrepl/builtins/binascii"
	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

// The traffic trace: every send and receive of the session, as
//
//	> 127.0.0.1:8042 18 bytes
//	00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  |GET / HTTP/1.1..|
//	00000010  0d 0a                                             |..|
//	00000012
//
// (">" sent, "<" received, then the peer and the count, then hexdump -C)
// — what socat -x, ncat --hex-dump and pwntools' DEBUG log show, for one
// switch: socket.trace(True) or netrepl --trace. It is per session and
// off by default; when off it costs one atomic load per call.

type traceKey struct{}

type tracer struct {
	sess    *rt.Session
	enabled atomic.Bool
	mu      sync.Mutex
	w       io.Writer
	file    *os.File // the file trace(True, file) opened, closed when replaced
	buf     []byte
}

func tracerOf(s *rt.Session) *tracer {
	return s.Value(traceKey{}, func() any { return &tracer{sess: s} }).(*tracer)
}

// SetTrace turns the session's traffic trace on, writing to w, or off if
// w is nil. It is netrepl --trace.
func SetTrace(s *rt.Session, w io.Writer) { tracerOf(s).set(w, nil) }

func (t *tracer) set(w io.Writer, f *os.File) {
	t.mu.Lock()
	old := t.file
	t.w, t.file = w, f
	t.enabled.Store(w != nil)
	t.mu.Unlock()
	if old != nil {
		t.sess.Untrack(old)
		old.Close()
	}
}

func (t *tracer) on() bool { return t.enabled.Load() }

// dump writes one record in one Write, so that records of concurrent
// threads never interleave.
func (t *tracer) dump(dir byte, peer string, data []byte) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.w == nil {
		return
	}
	if peer == "" {
		peer = "?"
	}
	b := fmt.Appendf(t.buf[:0], "%c %s %d bytes\n", dir, peer, len(data))
	b = binascii.AppendDump(b, data, binascii.DefaultWidth)
	t.w.Write(b)
	if cap(b) <= 64<<10 {
		t.buf = b
	}
}

var traceFn = doc.Func("trace", `trace(on, file=None)
Show every send and receive of this session as a hexdump -C listing,
headed by ">" (sent) or "<" (received), the peer's address and the byte
count: on stderr, or appended to the file named file. trace(False) stops.
netrepl --trace starts a session with it on.`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var on starlark.Value
	var file starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "on", &on, "file?", &file); err != nil {
		return nil, err
	}
	sess := rt.SessionOf(thread)
	t := tracerOf(sess)
	if !on.Truth() {
		t.set(nil, nil)
		return starlark.None, nil
	}
	switch f := file.(type) {
	case starlark.NoneType:
		t.set(sess.Stderr, nil)
	case starlark.String:
		out, err := os.OpenFile(string(f), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o666)
		if err != nil {
			return nil, pyerr.FromErrno(err, "opening "+string(f))
		}
		sess.Track(out)
		t.set(out, out)
	default:
		return nil, called(pyerr.New("TypeError", "file must be a str (a path) or None, not %s", pyerr.TypeName(file)), "trace")
	}
	return starlark.None, nil
})
