package socket

import (
	"bytes"
	"regexp"
	"sync"
	"time"

	"go.starlark.net/starlark"
	"golang.org/x/sys/unix"

	"netrepl/builtins/pyerr"
)

// One buffer for every read, as pwntools' tube: the bytes received from
// the kernel and not yet read by the script wait in the socket's readBuf,
// and every read (recv, recvfrom, recv_into, makefile's files, the
// pwntools helpers recvuntil, recvline...) takes from it first. Two
// primitives feed it: fill (one recv(2), appended) and unrecv (put back
// in front). So mixing reads never loses or reorders a byte, a helper
// that times out or meets EOF before its delimiter leaves what it read in
// the buffer for the next read, and select counts the buffer's bytes as
// readable.

// readBuf is the socket's pending bytes, b[r:].
type readBuf struct {
	mu  sync.Mutex
	b   []byte
	r   int
	gen uint64 // bumped when bytes are taken or put back: a scan restarts
}

// pending is the bytes not yet read; the caller holds mu.
func (rb *readBuf) pending() []byte { return rb.b[rb.r:] }

// take removes and returns the first n pending bytes; the caller holds mu.
func (rb *readBuf) take(n int) string {
	out := string(rb.b[rb.r : rb.r+n])
	rb.r += n
	rb.gen++
	if rb.r == len(rb.b) {
		rb.b, rb.r = rb.b[:0], 0
		if cap(rb.b) > 1<<20 { // let a big burst's memory go
			rb.b = nil
		}
	}
	return out
}

// put appends p to the pending bytes.
func (rb *readBuf) put(p []byte) {
	rb.mu.Lock()
	if rb.r > 0 && rb.r >= len(rb.b)/2 {
		n := copy(rb.b, rb.b[rb.r:])
		rb.b, rb.r = rb.b[:n], 0
	}
	rb.b = append(rb.b, p...)
	rb.mu.Unlock()
}

// unget puts p back in front of the pending bytes.
func (rb *readBuf) unget(p []byte) {
	rb.mu.Lock()
	rest := rb.b[rb.r:]
	nb := make([]byte, 0, len(p)+len(rest))
	rb.b = append(append(nb, p...), rest...)
	rb.r = 0
	rb.gen++
	rb.mu.Unlock()
}

// Len is how many bytes are pending.
func (rb *readBuf) Len() int {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	return len(rb.b) - rb.r
}

// takeUpTo takes at most n pending bytes (peek: leaves them), for recv.
func (rb *readBuf) takeUpTo(n int, peek bool) (string, bool) {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	p := rb.pending()
	if len(p) == 0 {
		return "", false
	}
	n = min(n, len(p))
	if peek {
		return string(p[:n]), true
	}
	return rb.take(n), true
}

// line takes a whole line ending in nl if one is buffered: the fast path
// of a line loop, where most lines are already there.
func (rb *readBuf) line(nl string) (string, bool) {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	p := rb.pending()
	if i := bytes.Index(p, bytesOf(nl)); i >= 0 {
		return rb.take(i + len(nl)), true
	}
	return "", false
}

// Pending reports whether bytes wait in the socket's buffer: select and
// selectors count such a socket as readable.
func (s *Socket) Pending() bool { return s.rb.Len() > 0 }

// Fileno is the socket's descriptor, -1 once closed.
func (s *Socket) Fileno() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fd
}

// wait is how long a buffered read may wait: a helper's timeout= or the
// socket's timeout.
type wait struct {
	nonblocking bool
	deadline    time.Time // zero: no limit
	explicit    bool      // timeout= given: running out is TimeoutError, also at 0
}

// waitArg is the wait of a call whose timeout argument is v (nil: not
// given, the socket's timeout applies; None: no limit).
func (s *Socket) waitArg(fname string, v starlark.Value) (wait, error) {
	t := s.getTimeout()
	explicit := false
	if v != nil {
		var err error
		if t, err = timeoutArg(v); err != nil {
			return wait{}, argErr(err, fname)
		}
		explicit = true
	}
	switch {
	case t < 0:
		return wait{explicit: explicit}, nil
	case t == 0:
		return wait{nonblocking: true, explicit: explicit}, nil
	}
	return wait{deadline: time.Now().Add(t), explicit: explicit}, nil
}

// fill makes one recv(2) into the buffer and returns how many bytes came
// (0: the peer closed a stream; an empty datagram counts as nothing).
func (s *Socket) fill(thread *starlark.Thread, w wait, op func() string) (int, error) {
	pooled := bufPool.Get().(*[]byte)
	defer bufPool.Put(pooled)
	buf := *pooled
	var n int
	var rerr error
	err := s.blockOn(thread, reading, w.nonblocking, w.deadline, op, func(fd int) bool {
		n, rerr = sysRecv(fd, buf, 0)
		if rerr == nil && n > 0 {
			// Into the buffer while the descriptor's read lock is held
			// (RawConn.Read), so that two threads' fills keep the
			// kernel's order.
			s.rb.put(buf[:n])
		}
		return !again(rerr)
	})
	if err != nil {
		return 0, err
	}
	if rerr != nil {
		if again(rerr) && w.explicit {
			return 0, pyerr.Timeout(op())
		}
		return 0, pyerr.FromErrno(rerr, op())
	}
	if n > 0 && s.tr.on() {
		s.tr.dump('<', s.peerText(), buf[:n])
	}
	return n, nil
}

// stream reports whether the socket is a byte stream (EOF is a recv of 0).
func (s *Socket) stream() bool { return s.typ != unix.SOCK_DGRAM }

// scanFn finds the end of what a read takes from the pending bytes p:
// the count to take, or -1 and where to resume the search when more has
// arrived. from is where the last search asked to resume; eof says the
// peer has closed (no more will come).
type scanFn func(p []byte, from int, eof bool) (end, resume int)

// readUntil fills the buffer until scan finds its end, then takes that
// much. A timeout, BlockingIOError or Ctrl-C leaves every byte in the
// buffer. At EOF with scan still wanting more, it returns eof true and
// takes nothing.
func (s *Socket) readUntil(thread *starlark.Thread, w wait, op func() string, scan scanFn) (out string, eof bool, err error) {
	if s.closed() {
		return "", false, pyerr.Errno(int(unix.EBADF), op(), nil)
	}
	rb := &s.rb
	from, gen := 0, uint64(0)
	first := true
	for {
		rb.mu.Lock()
		if first || rb.gen != gen {
			from, gen, first = 0, rb.gen, false
		}
		end, resume := scan(rb.pending(), from, eof)
		if end >= 0 {
			out = rb.take(end)
			rb.mu.Unlock()
			return out, false, nil
		}
		from = resume
		rb.mu.Unlock()
		if eof {
			return "", true, nil
		}
		n, err := s.fill(thread, w, op)
		if err != nil {
			return "", false, err
		}
		if n == 0 && s.stream() {
			eof = true
		}
	}
}

// untilScan finds the earliest of delims (the longest at a tie).
func untilScan(delims []string) scanFn {
	longest := 0
	for _, d := range delims {
		longest = max(longest, len(d))
	}
	return func(p []byte, from int, eof bool) (int, int) {
		best, bestEnd := -1, -1
		for _, d := range delims {
			i := bytes.Index(p[from:], bytesOf(d))
			if i < 0 {
				continue
			}
			i += from
			if best < 0 || i < best || i == best && i+len(d) > bestEnd {
				best, bestEnd = i, i+len(d)
			}
		}
		if best >= 0 {
			return bestEnd, 0
		}
		return -1, max(0, len(p)-longest+1)
	}
}

// textArg is a helper's bytes argument: bytes-like, or a str (UTF-8), as
// pwntools takes both.
func textArg(fname string, v starlark.Value) (string, error) {
	if s, ok := v.(starlark.String); ok {
		return string(s), nil
	}
	return bytesArg(fname, v)
}

// delimsArg is recvuntil's delims: one bytes/str, or a list or tuple of them.
func delimsArg(fname string, v starlark.Value) ([]string, error) {
	var vals []starlark.Value
	switch v := v.(type) {
	case *starlark.List:
		for i := 0; i < v.Len(); i++ {
			vals = append(vals, v.Index(i))
		}
	case starlark.Tuple:
		vals = v
	default:
		vals = []starlark.Value{v}
	}
	if len(vals) == 0 {
		return nil, called(pyerr.New("ValueError", "%s() needs at least one delimiter", fname), fname)
	}
	out := make([]string, len(vals))
	for i, d := range vals {
		s, err := textArg(fname, d)
		if err != nil {
			return nil, err
		}
		if s == "" {
			return nil, called(pyerr.New("ValueError", "%s() delimiter must not be empty", fname), fname)
		}
		out[i] = s
	}
	return out, nil
}

func eofError(op string, format string, args ...any) error {
	e := pyerr.New("EOFError", format, args...)
	e.Op = op
	return e
}

// recvUntil is recvuntil: the bytes up to and including (drop: without)
// the first of delims.
func (s *Socket) recvUntil(thread *starlark.Thread, fname string, delims []string, drop bool, w wait) (starlark.Value, error) {
	op := s.peerOp("receiving from", "receiving")
	out, eof, err := s.readUntil(thread, w, op, untilScan(delims))
	if err != nil {
		return nil, err
	}
	if eof {
		return nil, eofError(op(), "connection closed before the delimiter %s (%d bytes kept in the buffer)", starlark.Bytes(delims[0]).String(), s.rb.Len())
	}
	if drop {
		for _, d := range delims {
			if len(out) >= len(d) && out[len(out)-len(d):] == d {
				out = out[:len(out)-len(d)]
				break
			}
		}
	}
	return starlark.Bytes(out), nil
}

// newlineOf is the socket's newline, sendline's ending and recvline's
// delimiter.
func (s *Socket) newlineOf() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.newline == "" {
		return "\n"
	}
	return s.newline
}

func init() {
	method("recvuntil", `recvuntil(delims, drop=False, *, timeout=)
Receive until one of delims (bytes or str, or a list of them) arrives;
return the bytes up to and including it (drop=True: without it). The
timeout (default: the socket's) bounds the whole call: TimeoutError, and
what arrived stays buffered for the next read. If the peer closes first,
EOFError, the partial bytes again kept (recv returns them).`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var delimsV starlark.Value
		drop := false
		timeout, kwargs := kwOnly(kwargs, "timeout")
		if err := starlark.UnpackArgs("recvuntil", args, kwargs, "delims", &delimsV, "drop?", &drop); err != nil {
			return nil, err
		}
		delims, err := delimsArg("recvuntil", delimsV)
		if err != nil {
			return nil, err
		}
		w, err := s.waitArg("recvuntil", timeout)
		if err != nil {
			return nil, err
		}
		return s.recvUntil(thread, "recvuntil", delims, drop, w)
	})

	method("recvline", `recvline(keepends=True, *, timeout=)
Receive one line, up to the socket's newline (b"\n" unless sock.newline
says otherwise): recvuntil(sock.newline, drop=not keepends).`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 && len(kwargs) == 0 {
			if line, ok := s.rb.line(s.newlineOf()); ok {
				return starlark.Bytes(line), nil
			}
		}
		keepends := true
		timeout, kwargs := kwOnly(kwargs, "timeout")
		if err := starlark.UnpackArgs("recvline", args, kwargs, "keepends?", &keepends); err != nil {
			return nil, err
		}
		w, err := s.waitArg("recvline", timeout)
		if err != nil {
			return nil, err
		}
		return s.recvUntil(thread, "recvline", []string{s.newlineOf()}, !keepends, w)
	})

	method("recvn", `recvn(n, *, timeout=)
Receive exactly n bytes. The timeout bounds the whole call (TimeoutError);
EOFError if the peer closes first; either way what arrived stays buffered.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var nV starlark.Value
		timeout, kwargs := kwOnly(kwargs, "timeout")
		if err := starlark.UnpackArgs("recvn", args, kwargs, "n", &nV); err != nil {
			return nil, err
		}
		n, err := intArg(nV)
		if err != nil {
			return nil, argErr(err, "recvn")
		}
		if n < 0 {
			return nil, called(pyerr.New("ValueError", "negative count in recvn"), "recvn")
		}
		w, err := s.waitArg("recvn", timeout)
		if err != nil {
			return nil, err
		}
		op := s.peerOp("receiving from", "receiving")
		out, eof, err := s.readUntil(thread, w, op, func(p []byte, from int, eof bool) (int, int) {
			if int64(len(p)) >= n {
				return int(n), 0
			}
			return -1, 0
		})
		if err != nil {
			return nil, err
		}
		if eof {
			return nil, eofError(op(), "connection closed after %d of %d bytes (kept in the buffer)", s.rb.Len(), n)
		}
		return starlark.Bytes(out), nil
	})

	method("recvall", `recvall(*, timeout=)
Receive until the peer closes the connection; return everything. The
timeout bounds the whole call (TimeoutError, what arrived stays buffered).`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		timeout, kwargs := kwOnly(kwargs, "timeout")
		if err := starlark.UnpackArgs("recvall", args, kwargs); err != nil {
			return nil, err
		}
		w, err := s.waitArg("recvall", timeout)
		if err != nil {
			return nil, err
		}
		out, _, err := s.readUntil(thread, w, s.peerOp("receiving from", "receiving"), readAllScan)
		if err != nil {
			return nil, err
		}
		return starlark.Bytes(out), nil
	})

	method("recvregex", `recvregex(pattern, *, timeout=)
Receive until pattern (bytes or str; Go's regexp syntax, RE2, which is
Python's re without backreferences and lookarounds) matches what has
arrived; return the bytes up to the end of the match. It matches as soon
as it can (rb"\d+" may match the first digit alone): end the pattern
with what must follow. TimeoutError and EOFError keep the bytes
buffered, as recvuntil.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var patV starlark.Value
		timeout, kwargs := kwOnly(kwargs, "timeout")
		if err := starlark.UnpackArgs("recvregex", args, kwargs, "pattern", &patV); err != nil {
			return nil, err
		}
		pat, err := textArg("recvregex", patV)
		if err != nil {
			return nil, err
		}
		re, err := regexp.Compile(pat)
		if err != nil {
			return nil, called(pyerr.New("ValueError", "bad pattern: %v", err), "recvregex")
		}
		w, err := s.waitArg("recvregex", timeout)
		if err != nil {
			return nil, err
		}
		op := s.peerOp("receiving from", "receiving")
		out, eof, err := s.readUntil(thread, w, op, func(p []byte, from int, eof bool) (int, int) {
			if loc := re.FindIndex(p); loc != nil {
				return loc[1], 0
			}
			return -1, 0
		})
		if err != nil {
			return nil, err
		}
		if eof {
			return nil, eofError(op(), "connection closed before %s matched (%d bytes kept in the buffer)", starlark.String(pat).String(), s.rb.Len())
		}
		return starlark.Bytes(out), nil
	})

	method("unrecv", `unrecv(data)
Put data (bytes) back in front of the socket's buffer: the next read
returns it first.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var data starlark.Value
		if err := starlark.UnpackPositionalArgs("unrecv", args, kwargs, 1, &data); err != nil {
			return nil, err
		}
		b, err := textArg("unrecv", data)
		if err != nil {
			return nil, err
		}
		s.rb.unget([]byte(b))
		return starlark.None, nil
	})

	method("clean", `clean(timeout=0)
Empty the socket's buffer and return its bytes, with whatever else
arrives until the connection has been quiet for timeout seconds (0: only
what is already there). Ends at EOF too, without error.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var timeout starlark.Value = starlark.MakeInt(0)
		if err := starlark.UnpackArgs("clean", args, kwargs, "timeout?", &timeout); err != nil {
			return nil, err
		}
		if timeout == starlark.None {
			return nil, called(pyerr.New("TypeError", "clean() timeout must be a number of seconds, not None"), "clean")
		}
		if _, err := s.waitArg("clean", timeout); err != nil {
			return nil, err
		}
		op := s.peerOp("receiving from", "receiving")
		for {
			w, _ := s.waitArg("clean", timeout) // quiet time, counted afresh after each arrival
			n, err := s.fill(thread, w, op)
			if err != nil {
				if e, ok := err.(*pyerr.Error); ok && (e.Type == "TimeoutError" || e.Type == "BlockingIOError") {
					break
				}
				return nil, err
			}
			if n == 0 && s.stream() {
				break
			}
		}
		s.rb.mu.Lock()
		out := s.rb.take(len(s.rb.pending()))
		s.rb.mu.Unlock()
		return starlark.Bytes(out), nil
	})

	method("sendline", `sendline(data)
Send data (bytes or str) and the socket's newline (b"\n" unless
sock.newline says otherwise), all of it, as sendall.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var data starlark.Value
		if err := starlark.UnpackPositionalArgs("sendline", args, kwargs, 1, &data); err != nil {
			return nil, err
		}
		b, err := textArg("sendline", data)
		if err != nil {
			return nil, err
		}
		_, err = s.send(thread, b+s.newlineOf(), 0, true)
		if err != nil {
			return nil, err
		}
		return starlark.None, nil
	})

	after := func(fname string, line bool) {
		sig, what := fname+"(delim, data, *, timeout=)", "data"
		if line {
			what = "data and the socket's newline"
		}
		method(fname, sig+`
Receive until delim (recvuntil), then send `+what+`; return what
was received.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var delimV, data starlark.Value
			timeout, kwargs := kwOnly(kwargs, "timeout")
			if err := starlark.UnpackArgs(fname, args, kwargs, "delim", &delimV, "data", &data); err != nil {
				return nil, err
			}
			delims, err := delimsArg(fname, delimV)
			if err != nil {
				return nil, err
			}
			b, err := textArg(fname, data)
			if err != nil {
				return nil, err
			}
			w, err := s.waitArg(fname, timeout)
			if err != nil {
				return nil, err
			}
			got, err := s.recvUntil(thread, fname, delims, false, w)
			if err != nil {
				return nil, err
			}
			if line {
				b += s.newlineOf()
			}
			if _, err := s.send(thread, b, 0, true); err != nil {
				return nil, err
			}
			return got, nil
		})
	}
	after("sendafter", false)
	after("sendlineafter", true)
}

// kwOnly takes the keyword-only argument name out of kwargs (nil if
// absent), as Python's "*, timeout=".
func kwOnly(kwargs []starlark.Tuple, name string) (starlark.Value, []starlark.Tuple) {
	for i, kv := range kwargs {
		if k, _ := starlark.AsString(kv[0]); k == name {
			rest := append(append([]starlark.Tuple{}, kwargs[:i]...), kwargs[i+1:]...)
			return kv[1], rest
		}
	}
	return nil, kwargs
}

// readAllScan takes everything once the peer has closed.
func readAllScan(p []byte, from int, eof bool) (int, int) {
	if eof {
		return len(p), 0
	}
	return -1, 0
}
