package socket

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
	"unsafe"

	"go.starlark.net/starlark"
	"golang.org/x/sys/unix"

	"netrepl/builtins/pyerr"
)

// The socket's settings and names: timeouts, options, addresses, fileno.

func init() {
	method("settimeout", `settimeout(value)
Set the timeout of blocking calls, in seconds (int or float): they then
fail with TimeoutError("timed out"). None blocks without limit; 0 makes
the socket non-blocking (calls that would wait fail with BlockingIOError).`,
		func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var v starlark.Value
			if err := starlark.UnpackPositionalArgs("settimeout", args, kwargs, 1, &v); err != nil {
				return nil, err
			}
			t, err := timeoutArg(v)
			if err != nil {
				return nil, argErr(err, "settimeout")
			}
			if s.closed() {
				return nil, pyerr.Errno(int(unix.EBADF), "settimeout", nil)
			}
			s.setTimeout(t)
			return starlark.None, nil
		})

	method("gettimeout", `gettimeout()
The timeout in seconds (a float), or None if the socket blocks without limit.`,
		func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if err := starlark.UnpackPositionalArgs("gettimeout", args, kwargs, 0); err != nil {
				return nil, err
			}
			return timeoutValue(s.getTimeout()), nil
		})

	method("setblocking", `setblocking(flag)
setblocking(True) is settimeout(None); setblocking(False) is settimeout(0).`,
		func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var flag starlark.Value
			if err := starlark.UnpackPositionalArgs("setblocking", args, kwargs, 1, &flag); err != nil {
				return nil, err
			}
			if s.closed() {
				return nil, pyerr.Errno(int(unix.EBADF), "setblocking", nil)
			}
			if flag.Truth() {
				s.setTimeout(-1)
			} else {
				s.setTimeout(0)
			}
			return starlark.None, nil
		})

	method("getblocking", `getblocking()
False if the socket is non-blocking (timeout 0), else True.`,
		func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if err := starlark.UnpackPositionalArgs("getblocking", args, kwargs, 0); err != nil {
				return nil, err
			}
			return starlark.Bool(!s.nonblocking()), nil
		})

	method("setsockopt", `setsockopt(level, optname, value)
Set a socket option, e.g. setsockopt(SOL_SOCKET, SO_REUSEADDR, 1). value
is an int or the option's bytes.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var level, opt, value, optlen starlark.Value
		if err := starlark.UnpackPositionalArgs("setsockopt", args, kwargs, 3, &level, &opt, &value, &optlen); err != nil {
			return nil, err
		}
		lv, err := intArg(level)
		if err != nil {
			return nil, argErr(err, "setsockopt")
		}
		on, err := intArg(opt)
		if err != nil {
			return nil, argErr(err, "setsockopt")
		}
		op := func() string { return "setting option " + optName(lv, on) }
		switch v := value.(type) {
		case starlark.Int, starlark.Bool:
			n, err := intArg(v)
			if err != nil {
				return nil, argErr(err, "setsockopt")
			}
			return starlark.None, s.control(op, func(fd int) error { return unix.SetsockoptInt(fd, int(lv), int(on), int(int32(n))) })
		case starlark.Bytes:
			return starlark.None, s.control(op, func(fd int) error { return unix.SetsockoptString(fd, int(lv), int(on), string(v)) })
		}
		return nil, called(pyerr.New("TypeError", "a bytes-like object is required, not '%s'", pyerr.TypeName(value)), "setsockopt")
	})

	method("getsockopt", `getsockopt(level, optname, buflen=0)
Return a socket option: an int, or with buflen its first buflen bytes.`,
		func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var level, opt, buflen starlark.Value = nil, nil, starlark.MakeInt(0)
			if err := starlark.UnpackPositionalArgs("getsockopt", args, kwargs, 2, &level, &opt, &buflen); err != nil {
				return nil, err
			}
			lv, err := intArg(level)
			if err != nil {
				return nil, argErr(err, "getsockopt")
			}
			on, err := intArg(opt)
			if err != nil {
				return nil, argErr(err, "getsockopt")
			}
			size, err := intArg(buflen)
			if err != nil {
				return nil, argErr(err, "getsockopt")
			}
			op := func() string { return "getting option " + optName(lv, on) }
			if size == 0 {
				var n int
				err := s.control(op, func(fd int) (err error) {
					n, err = unix.GetsockoptInt(fd, int(lv), int(on))
					return err
				})
				if err != nil {
					return nil, err
				}
				return starlark.MakeInt(n), nil
			}
			if size < 0 || size > 1024 {
				return nil, pyerr.New("OSError", "getsockopt buflen out of range")
			}
			buf := make([]byte, size)
			l := uint32(size)
			err = s.control(op, func(fd int) error {
				_, _, e := unix.Syscall6(unix.SYS_GETSOCKOPT, uintptr(fd), uintptr(lv), uintptr(on),
					uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&l)), 0)
				if e != 0 {
					return e
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
			return starlark.Bytes(buf[:l]), nil
		})

	method("getsockname", `getsockname()
The socket's own address, e.g. ("127.0.0.1", 8042).`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs("getsockname", args, kwargs, 0); err != nil {
			return nil, err
		}
		var sa unix.Sockaddr
		err := s.control(func() string { return "getsockname" }, func(fd int) (err error) {
			sa, err = unix.Getsockname(fd)
			return err
		})
		if err != nil {
			return nil, err
		}
		return addrValue(sa), nil
	})

	method("getpeername", `getpeername()
The address of the peer the socket is connected to.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs("getpeername", args, kwargs, 0); err != nil {
			return nil, err
		}
		var sa unix.Sockaddr
		err := s.control(func() string { return "getpeername" }, func(fd int) (err error) {
			sa, err = unix.Getpeername(fd)
			return err
		})
		if err != nil {
			return nil, err
		}
		return addrValue(sa), nil
	})

	method("fileno", `fileno()
The socket's file descriptor number, or -1 once closed.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs("fileno", args, kwargs, 0); err != nil {
			return nil, err
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		return starlark.MakeInt(s.fd), nil
	})
}

func (s *Socket) setTimeout(t time.Duration) {
	s.mu.Lock()
	s.timeout = t
	s.mu.Unlock()
}

// timeoutArg is a timeout as settimeout and setdefaulttimeout take it:
// None (block: -1), or seconds >= 0.
func timeoutArg(v starlark.Value) (time.Duration, error) {
	if v == starlark.None {
		return -1, nil
	}
	var f float64
	switch v := v.(type) {
	case starlark.Int, starlark.Bool:
		n, err := intArg(v)
		if err != nil {
			return 0, err
		}
		f = float64(n)
	case starlark.Float:
		f = float64(v)
		if math.IsNaN(f) {
			return 0, pyerr.New("ValueError", "Invalid value NaN (not a number)")
		}
	default:
		return 0, pyerr.New("TypeError", "'%s' object cannot be interpreted as an integer", pyerr.TypeName(v))
	}
	if f < 0 {
		return 0, pyerr.New("ValueError", "Timeout value out of range")
	}
	if f >= float64(math.MaxInt64)/1e9 {
		return 0, pyerr.New("OverflowError", "timeout doesn't fit into C timeval")
	}
	d := time.Duration(f * 1e9)
	if d == 0 && f > 0 {
		d = 1 // a tiny timeout is still a timeout, not non-blocking
	}
	return d, nil
}

// timeoutValue is a timeout as gettimeout returns it.
func timeoutValue(t time.Duration) starlark.Value {
	if t < 0 {
		return starlark.None
	}
	return starlark.Float(t.Seconds())
}

// optName names a socket option for messages: "SOL_SOCKET/SO_REUSEADDR",
// or the numbers when the module has no name for them.
func optName(level, opt int64) string {
	prefix := map[int64][2]string{
		unix.SOL_SOCKET:   {"SOL_SOCKET", "SO_"},
		unix.IPPROTO_TCP:  {"IPPROTO_TCP", "TCP_"},
		unix.IPPROTO_IP:   {"IPPROTO_IP", "IP_"},
		unix.IPPROTO_IPV6: {"IPPROTO_IPV6", "IPV6_"},
	}[level]
	if prefix[0] == "" {
		return fmt.Sprintf("%d/%d", level, opt)
	}
	names := make([]string, 0, 4)
	for name, v := range constants {
		if int64(v) == opt && strings.HasPrefix(name, prefix[1]) {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return fmt.Sprintf("%s/%d", prefix[0], opt)
	}
	sort.Strings(names)
	return prefix[0] + "/" + names[0]
}
