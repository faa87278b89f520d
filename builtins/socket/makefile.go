package socket

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"go.starlark.net/starlark"
	"golang.org/x/sys/unix"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

// sock.makefile(mode): Python's file objects over a socket. Unlike
// CPython's, they hold no buffer of their own: their reads take from the
// socket's one buffer (buffer.go), so a script may mix f.readline(),
// sock.recv and sock.recvline freely without losing a byte; and a
// timeout bounds each whole call (a line that times out stays buffered,
// the file stays usable). Writes are buffered as CPython's (8 KiB, sent
// by flush() or close()), except with buffering=0.

// File is what makefile returns.
type File struct {
	s                *Socket
	reading, writing bool
	text, raw        bool
	encoding, errors string
	newline          *string // text mode; nil: None (universal newlines)
	mode             string
	name             int
	id               uint32

	mu     sync.Mutex
	closed bool
	wbuf   []byte
}

// writeBufSize is CPython's io.DEFAULT_BUFFER_SIZE.
const writeBufSize = 8192

func (f *File) Type() string {
	switch {
	case f.raw:
		return "SocketIO"
	case f.text:
		return "TextIOWrapper"
	case f.reading && f.writing:
		return "BufferedRWPair"
	case f.reading:
		return "BufferedReader"
	}
	return "BufferedWriter"
}

var fileTypes = []string{"SocketIO", "TextIOWrapper", "BufferedRWPair", "BufferedReader", "BufferedWriter"}

func (f *File) String() string {
	switch {
	case f.raw:
		return fmt.Sprintf("<socket.SocketIO object at %p>", f)
	case f.text:
		enc := f.encoding
		if enc == "" {
			enc = "UTF-8"
		}
		return fmt.Sprintf("<_io.TextIOWrapper name=%d mode=%s encoding=%s>", f.name, pyerr.StrRepr(f.mode), pyerr.StrRepr(enc))
	case f.reading && f.writing:
		return fmt.Sprintf("<_io.BufferedRWPair object at %p>", f)
	}
	return fmt.Sprintf("<_io.%s name=%d>", f.Type(), f.name)
}

func (f *File) Freeze()               {}
func (f *File) Truth() starlark.Bool  { return starlark.True }
func (f *File) Hash() (uint32, error) { return f.id, nil }

// Fileno and Pending make a file selectable, as its socket.
func (f *File) Fileno() int   { return f.s.Fileno() }
func (f *File) Pending() bool { return f.reading && f.s.Pending() }

func (f *File) isClosed() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.closed
}

func (f *File) Attr(name string) (starlark.Value, error) {
	switch name {
	case "closed":
		return starlark.Bool(f.isClosed()), nil
	case "mode":
		if !f.raw && !(f.reading && f.writing && !f.text) {
			return starlark.String(f.mode), nil
		}
	case "name":
		if !(f.reading && f.writing && !f.text) {
			return starlark.MakeInt(f.name), nil
		}
	case "encoding", "newlines", "errors":
		if f.text {
			switch name {
			case "encoding":
				if f.encoding == "" {
					return starlark.String("UTF-8"), nil
				}
				return starlark.String(f.encoding), nil
			case "errors":
				return starlark.String(f.errors), nil
			}
			return starlark.None, nil
		}
	}
	if m, ok := fileMethods[name]; ok {
		return m.BindReceiver(f), nil
	}
	return nil, nil
}

func (f *File) AttrNames() []string {
	names := []string{"closed", "mode", "name"}
	if f.text {
		names = append(names, "encoding", "errors", "newlines")
	}
	for n := range fileMethods {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Enter and Exit: "with sock.makefile() as f:" closes f (not the socket).
func (f *File) Enter(*starlark.Thread) (starlark.Value, error) { return f, nil }
func (f *File) Exit(thread *starlark.Thread, _ error) error    { return f.close(thread) }

var fileMethods = map[string]*starlark.Builtin{}

func fileMethod(name, text string, fn func(thread *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)) {
	for _, t := range fileTypes {
		doc.Method(t, name, text)
	}
	fileMethods[name] = starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return fn(thread, b.Receiver().(*File), args, kwargs)
	})
}

// io.UnsupportedOperation, as CPython's a subclass of OSError (CPython's
// is also one of ValueError; netrepl's classes have one base).
func init() {
	for _, t := range fileTypes {
		doc.Type(t, `A file over a socket, from sock.makefile(mode): readline(), readlines(),
read(n), "for line in f:", write(data), flush(), close(), "with".
Reads share the socket's one buffer with recv and recvline.`)
	}
	starlark.NewExceptionClass("io.UnsupportedOperation", starlark.ExceptionClass("OSError"))
}

func unsupported(msg string) error { return pyerr.New("io.UnsupportedOperation", "%s", msg) }

// check fails as CPython does on a closed file, or one not open for reading
// (want 'r') or writing ('w').
func (f *File) check(closedMsg string, want byte) error {
	if f.isClosed() {
		if f.text || closedMsg == "" {
			return pyerr.New("ValueError", "I/O operation on closed file.")
		}
		return pyerr.New("ValueError", "%s", closedMsg)
	}
	switch {
	case want == 'r' && !f.reading:
		return unsupported("not readable")
	case want == 'w' && !f.writing:
		return unsupported("not writable")
	}
	return nil
}

func (f *File) close(thread *starlark.Thread) error {
	f.mu.Lock()
	if f.closed {
		f.mu.Unlock()
		return nil
	}
	f.mu.Unlock()
	err := f.flush(thread)
	f.mu.Lock()
	f.closed = true
	f.mu.Unlock()
	f.s.decref()
	return err
}

func (f *File) flush(thread *starlark.Thread) error {
	f.mu.Lock()
	data := f.wbuf
	f.wbuf = nil
	f.mu.Unlock()
	if len(data) == 0 {
		return nil
	}
	_, err := f.s.send(thread, string(data), 0, true)
	return err
}

// decref is a file's close: the socket closes once it was closed and no
// file is open, as CPython's socket._decref_socketios.
func (s *Socket) decref() {
	s.mu.Lock()
	s.ioRefs--
	closeNow := s.ioRefs <= 0 && s.closing
	s.mu.Unlock()
	if closeNow {
		s.Close()
	}
}

// userClose is socket.close(): with files open, the descriptor stays
// open until the last is closed, as in Python.
func (s *Socket) userClose() error {
	s.mu.Lock()
	if s.ioRefs > 0 {
		s.closing = true
		s.mu.Unlock()
		return nil
	}
	s.mu.Unlock()
	return s.Close()
}

// lineScan finds the end of a line: at "\n" in binary mode, at the text
// mode's newline otherwise; limit >= 0 ends it after limit bytes.
func (f *File) lineScan(limit int) scanFn {
	universal := f.text && (f.newline == nil || *f.newline == "")
	delim := "\n"
	if f.text && !universal {
		delim = *f.newline
	}
	return func(p []byte, from int, eof bool) (int, int) {
		q := p
		if limit >= 0 && len(q) > limit {
			q = q[:limit]
		}
		if universal {
			i := bytes.IndexAny(q[from:], "\r\n")
			if i >= 0 {
				i += from
				switch {
				case q[i] == '\n':
					return i + 1, 0
				case i+1 < len(q):
					if q[i+1] == '\n' {
						return i + 2, 0
					}
					return i + 1, 0
				case i+1 < len(p) || eof || len(q) < len(p):
					// "\r" ends the line unless "\n" follows; at the limit
					// it ends the read anyway.
					if i+1 < len(p) && p[i+1] == '\n' && len(q) == len(p) {
						return i + 2, 0
					}
					return i + 1, 0
				}
				return -1, i // wait for the byte after "\r"
			}
		} else if i := bytes.Index(q[from:], []byte(delim)); i >= 0 {
			return from + i + len(delim), 0
		}
		if limit >= 0 && len(p) >= limit {
			return limit, 0
		}
		if eof {
			return len(p), 0
		}
		return -1, max(0, len(q)-len(delim)+1)
	}
}

// decode turns received bytes into text, with the file's encoding and
// newline translation.
func (f *File) decode(thread *starlark.Thread, b string) (starlark.Value, error) {
	enc := f.encoding
	if enc == "" {
		enc = "utf-8"
	}
	m, err := starlark.Bytes(b).Attr("decode")
	if err != nil {
		return nil, err
	}
	v, err := starlark.Call(thread, m, starlark.Tuple{starlark.String(enc), starlark.String(f.errors)}, nil)
	if err != nil {
		return nil, err
	}
	if f.newline == nil {
		s := string(v.(starlark.String))
		if strings.IndexByte(s, '\r') >= 0 {
			s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
			v = starlark.String(s)
		}
	}
	return v, nil
}

// readLine reads one line (limit >= 0: at most that many bytes); "" at EOF.
func (f *File) readLine(thread *starlark.Thread, limit int) (string, error) {
	w, err := f.s.waitArg("readline", nil)
	if err != nil {
		return "", err
	}
	out, _, err := f.s.readUntil(thread, w, f.s.peerOp("receiving from", "receiving"), f.lineScan(limit))
	return out, err
}

func (f *File) result(thread *starlark.Thread, b string) (starlark.Value, error) {
	if f.text {
		return f.decode(thread, b)
	}
	return starlark.Bytes(b), nil
}

// readN reads n bytes (binary) or n characters (text), fewer at EOF; n < 0: all until EOF.
func (f *File) readN(thread *starlark.Thread, n int) (starlark.Value, error) {
	w, err := f.s.waitArg("read", nil)
	if err != nil {
		return nil, err
	}
	op := f.s.peerOp("receiving from", "receiving")
	if n < 0 {
		out, _, err := f.s.readUntil(thread, w, op, readAllScan)
		if err != nil {
			return nil, err
		}
		return f.result(thread, out)
	}
	if f.raw {
		// SocketIO.read(n) is one recv.
		out, _, err := f.s.readUntil(thread, w, op, func(p []byte, from int, eof bool) (int, int) {
			if len(p) > 0 || eof {
				return min(n, len(p)), 0
			}
			return -1, 0
		})
		return starlark.Bytes(out), err
	}
	utf := f.text && (f.encoding == "" || strings.Contains(strings.ToLower(f.encoding), "8") && strings.Contains(strings.ToLower(f.encoding), "u"))
	crlf := f.text && f.newline == nil
	out, _, err := f.s.readUntil(thread, w, op, func(p []byte, from int, eof bool) (int, int) {
		if !f.text {
			if len(p) >= n {
				return n, 0
			}
		} else if end := charsEnd(p, n, eof, utf, crlf); end >= 0 {
			return end, 0
		}
		if eof {
			return len(p), 0
		}
		return -1, 0
	})
	if err != nil {
		return nil, err
	}
	return f.result(thread, out)
}

// charsEnd is the byte length of the first n characters of p, or -1 if p
// holds fewer (or ends inside a character, or in a "\r" whose "\n" may
// follow when crlf makes "\r\n" one character).
func charsEnd(p []byte, n int, eof, utf, crlf bool) int {
	i := 0
	for c := 0; c < n; c++ {
		if i >= len(p) {
			return -1
		}
		switch {
		case crlf && p[i] == '\r':
			if i+1 >= len(p) && !eof {
				return -1
			}
			if i+1 < len(p) && p[i+1] == '\n' {
				i++
			}
			i++
		case utf && p[i] >= utf8.RuneSelf:
			if !utf8.FullRune(p[i:]) && !eof {
				return -1
			}
			_, size := utf8.DecodeRune(p[i:])
			i += size
		default:
			i++
		}
	}
	return i
}

func (f *File) write(thread *starlark.Thread, v starlark.Value) (starlark.Value, error) {
	var data string
	var count int
	if f.text {
		s, ok := v.(starlark.String)
		if !ok {
			return nil, pyerr.New("TypeError", "write() argument must be str, not %s", pyerr.TypeName(v))
		}
		count = utf8.RuneCountInString(string(s))
		if f.newline != nil && (*f.newline == "\r" || *f.newline == "\r\n") {
			s = starlark.String(strings.ReplaceAll(string(s), "\n", *f.newline))
		}
		enc := f.encoding
		if enc == "" {
			enc = "utf-8"
		}
		m, _ := s.Attr("encode")
		b, err := starlark.Call(thread, m, starlark.Tuple{starlark.String(enc), starlark.String(f.errors)}, nil)
		if err != nil {
			return nil, err
		}
		data = string(b.(starlark.Bytes))
	} else {
		b, err := bytesArg("write", v)
		if err != nil {
			return nil, err
		}
		data, count = b, len(b)
	}
	if f.raw {
		n, err := f.s.send(thread, data, 0, false)
		if err != nil {
			return nil, err
		}
		return starlark.MakeInt(n), nil
	}
	f.mu.Lock()
	f.wbuf = append(f.wbuf, data...)
	full := len(f.wbuf) >= writeBufSize
	f.mu.Unlock()
	if full {
		if err := f.flush(thread); err != nil {
			return nil, err
		}
	}
	return starlark.MakeInt(count), nil
}

func sizeArg(fname string, v starlark.Value) (int, error) {
	if v == nil || v == starlark.None {
		return -1, nil
	}
	n, err := intArg(v)
	if err != nil {
		return 0, argErr(err, fname)
	}
	return int(max(n, -1)), nil
}

func init() {
	method("makefile", `makefile(mode="r", buffering=None, *, encoding=None, errors=None, newline=None)
A file object over the socket: mode "r" (text lines), "rb" (bytes), "w",
"wb" or "rwb". f.readline(), f.readlines(), f.read(n), "for line in f:",
f.write(data) and f.flush() (writes wait in a buffer until flush or
close), f.close(), "with". Its reads share the socket's one buffer with
recv and recvline, so mixing them loses no byte; the socket's timeout
bounds each whole read. The socket stays open while a file is.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		mode := "r"
		var buffering, encoding, errorsV, newline starlark.Value = starlark.None, starlark.None, starlark.None, starlark.None
		if err := starlark.UnpackArgs("makefile", args, kwargs, "mode?", &mode, "buffering?", &buffering, "encoding?", &encoding, "errors?", &errorsV, "newline?", &newline); err != nil {
			return nil, err
		}
		f := &File{s: s, mode: mode, id: nextID.Add(1), errors: "strict"}
		for _, c := range mode {
			switch c {
			case 'r':
				f.reading = true
			case 'w':
				f.writing = true
			case 'b':
			default:
				return nil, pyerr.New("ValueError", "invalid mode %s (only r, w, b allowed)", pyerr.StrRepr(mode))
			}
		}
		f.text = !strings.Contains(mode, "b")
		if buffering != starlark.None {
			n, err := intArg(buffering)
			if err != nil {
				return nil, argErr(err, "makefile")
			}
			if n == 0 {
				if f.text {
					return nil, pyerr.New("ValueError", "unbuffered streams must be binary")
				}
				f.raw = true
			}
		}
		if f.text {
			if encoding != starlark.None {
				e, ok := encoding.(starlark.String)
				if !ok {
					return nil, pyerr.New("TypeError", "makefile() argument 'encoding' must be str or None, not %s", pyerr.TypeName(encoding))
				}
				f.encoding = string(e)
				m, _ := starlark.String("").Attr("encode")
				if _, err := starlark.Call(thread, m, starlark.Tuple{e}, nil); err != nil {
					return nil, err
				}
			}
			if errorsV != starlark.None {
				e, ok := errorsV.(starlark.String)
				if !ok {
					return nil, pyerr.New("TypeError", "makefile() argument 'errors' must be str or None, not %s", pyerr.TypeName(errorsV))
				}
				f.errors = string(e)
			}
			if newline != starlark.None {
				nl, ok := newline.(starlark.String)
				if !ok {
					return nil, pyerr.New("TypeError", "makefile() argument 'newline' must be str or None, not %s", pyerr.TypeName(newline))
				}
				switch string(nl) {
				case "", "\n", "\r", "\r\n":
				default:
					return nil, pyerr.New("ValueError", "illegal newline value: %s", string(nl))
				}
				str := string(nl)
				f.newline = &str
			}
		}
		s.mu.Lock()
		if s.fd < 0 {
			s.mu.Unlock()
			return nil, pyerr.Errno(int(unix.EBADF), "makefile", nil)
		}
		f.name = s.fd
		s.ioRefs++
		s.mu.Unlock()
		return f, nil
	})

	fileMethod("readline", `readline(size=-1)
Read one line, with its ending ("" or b"" at EOF: the peer closed);
size >= 0 reads at most size bytes (characters in text mode).`, func(thread *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 && len(kwargs) == 0 && !f.text && f.reading && !f.isClosed() {
			if line, ok := f.s.rb.line("\n"); ok {
				return starlark.Bytes(line), nil
			}
		}
		var sizeV starlark.Value
		if err := starlark.UnpackPositionalArgs("readline", args, kwargs, 0, &sizeV); err != nil {
			return nil, err
		}
		size, err := sizeArg("readline", sizeV)
		if err != nil {
			return nil, err
		}
		if err := f.check("readline of closed file", 'r'); err != nil {
			return nil, err
		}
		limit := size
		if f.text && size >= 0 {
			limit = 4 * size // at most 4 bytes a character; the extra goes back
		}
		line, err := f.readLine(thread, limit)
		if err != nil {
			return nil, err
		}
		if !f.text {
			return starlark.Bytes(line), nil
		}
		if size >= 0 {
			if end := charsEnd([]byte(line), size, true, true, f.newline == nil); end >= 0 && end < len(line) {
				f.s.rb.unget([]byte(line[end:]))
				line = line[:end]
			}
		}
		return f.decode(thread, line)
	})

	fileMethod("readlines", `readlines(hint=-1)
Read lines until EOF (or until hint bytes have been read) and return
them as a list.`, func(thread *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var hintV starlark.Value
		if err := starlark.UnpackPositionalArgs("readlines", args, kwargs, 0, &hintV); err != nil {
			return nil, err
		}
		hint, err := sizeArg("readlines", hintV)
		if err != nil {
			return nil, err
		}
		if err := f.check("readline of closed file", 'r'); err != nil {
			return nil, err
		}
		var lines []starlark.Value
		total := 0
		for {
			line, err := f.readLine(thread, -1)
			if err != nil {
				return nil, err
			}
			if line == "" {
				break
			}
			v, err := f.result(thread, line)
			if err != nil {
				return nil, err
			}
			lines = append(lines, v)
			if total += len(line); hint > 0 && total >= hint {
				break
			}
		}
		return starlark.NewList(lines), nil
	})

	fileMethod("read", `read(size=-1)
Read size bytes (characters in text mode), fewer only at EOF; without
size, everything until the peer closes.`, func(thread *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var sizeV starlark.Value
		if err := starlark.UnpackPositionalArgs("read", args, kwargs, 0, &sizeV); err != nil {
			return nil, err
		}
		size, err := sizeArg("read", sizeV)
		if err != nil {
			return nil, err
		}
		if err := f.check("read of closed file", 'r'); err != nil {
			return nil, err
		}
		return f.readN(thread, size)
	})

	fileMethod("write", `write(data)
Write data (bytes; str in text mode) to the file's buffer, sent by
flush() or close() (or when 8 KiB are waiting); returns its length.`, func(thread *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var data starlark.Value
		if err := starlark.UnpackPositionalArgs("write", args, kwargs, 1, &data); err != nil {
			return nil, err
		}
		if err := f.check("write to closed file", 'w'); err != nil {
			return nil, err
		}
		return f.write(thread, data)
	})

	fileMethod("flush", `flush()
Send what write() has buffered.`, func(thread *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs("flush", args, kwargs, 0); err != nil {
			return nil, err
		}
		if err := f.check("flush of closed file", 0); err != nil {
			return nil, err
		}
		return starlark.None, f.flush(thread)
	})

	fileMethod("close", `close()
Flush and close the file. The socket stays open (closing it with
sock.close() takes effect once its files are closed too).`, func(thread *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs("close", args, kwargs, 0); err != nil {
			return nil, err
		}
		return starlark.None, f.close(thread)
	})

	fileMethod("fileno", `fileno()
The socket's file descriptor.`, func(thread *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs("fileno", args, kwargs, 0); err != nil {
			return nil, err
		}
		if err := f.check("", 0); err != nil {
			return nil, err
		}
		return starlark.MakeInt(f.s.Fileno()), nil
	})

	for _, rw := range []string{"readable", "writable"} {
		rw := rw
		fileMethod(rw, rw+`()
Whether the file was opened for `+strings.TrimSuffix(rw, "able")+`ing.`, func(thread *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if err := starlark.UnpackPositionalArgs(rw, args, kwargs, 0); err != nil {
				return nil, err
			}
			if err := f.check("", 0); err != nil {
				return nil, err
			}
			if rw == "readable" {
				return starlark.Bool(f.reading), nil
			}
			return starlark.Bool(f.writing), nil
		})
	}
}

// Iteration: "for line in f:" reads a line per step until EOF, on the
// loop's thread (starlark.ThreadIterable), so that waiting gives up the
// interpreter lock and Ctrl-C ends it, and a timeout or a reset is the
// loop's error (starlark.ErrIterator). Other callers (list(f)) iterate
// on the socket's session without either: readlines() is better there.

var (
	_ starlark.ThreadIterable = (*File)(nil)
	_ starlark.ErrIterator    = (*lineIterator)(nil)
)

func (f *File) Iterate() starlark.Iterator {
	t := &starlark.Thread{Name: "iterate"}
	rt.SetSession(t, f.s.sess)
	rt.SetContext(t, f.s.sess.Ctx)
	return &lineIterator{f: f, thread: t}
}

func (f *File) IterateThread(thread *starlark.Thread) starlark.Iterator {
	return &lineIterator{f: f, thread: thread}
}

type lineIterator struct {
	f      *File
	thread *starlark.Thread
	err    error
}

func (it *lineIterator) Next(p *starlark.Value) bool {
	if it.err != nil {
		return false
	}
	if it.err = it.f.check("readline of closed file", 'r'); it.err != nil {
		return false
	}
	line, err := it.f.readLine(it.thread, -1)
	if err != nil {
		it.err = err
		return false
	}
	if line == "" {
		return false
	}
	v, err := it.f.result(it.thread, line)
	if err != nil {
		it.err = err
		return false
	}
	*p = v
	return true
}

func (it *lineIterator) Done()      {}
func (it *lineIterator) Err() error { return it.err }
