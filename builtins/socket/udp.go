package socket

import (
	"go.starlark.net/starlark"
	"golang.org/x/sys/unix"

	"netrepl/builtins/pyerr"
)

// The datagram methods: sendto and recvfrom, each message with its
// address. (A connected UDP socket uses send and recv, in stream.go.)

func init() {
	method("sendto", `sendto(data, address) or sendto(data, flags, address)
Send bytes to address (a UDP socket needs no connect); return how many
were sent.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(kwargs) > 0 {
			return nil, pyerr.New("TypeError", "sendto() takes no keyword arguments")
		}
		if len(args) < 2 || len(args) > 3 {
			return nil, pyerr.New("TypeError", "sendto() takes 2 or 3 arguments (%d given)", len(args))
		}
		data, err := bytesArg("sendto", args[0])
		if err != nil {
			return nil, err
		}
		flags, addr := int64(0), args[len(args)-1]
		if len(args) == 3 {
			if flags, err = intArg(args[1]); err != nil {
				return nil, argErr(err, "sendto")
			}
		}
		sa, err := sockaddr(thread, s.family, "sendto", addr)
		if err != nil {
			return nil, argErr(err, "sendto")
		}
		to := addrText(sa)
		op := func() string { return "sending to " + to }
		p := bytesOf(data)
		var n int
		var serr error
		err = s.block(thread, writing, s.deadline(), op, func(fd int) bool {
			serr = unix.Sendto(fd, p, int(flags)|unix.MSG_NOSIGNAL, sa)
			return !again(serr)
		})
		if err == nil && serr != nil {
			err = pyerr.FromErrno(serr, op())
		}
		if err != nil {
			return nil, err
		}
		// sendto(2) on a datagram socket sends all or nothing.
		n = len(p)
		if s.tr.on() {
			s.tr.dump('>', to, p)
		}
		return starlark.MakeInt(n), nil
	})

	method("recvfrom", `recvfrom(bufsize, flags=0)
Receive up to bufsize bytes; return (data, address), address being the
sender's, e.g. (b"...", ("127.0.0.1", 53)). A longer datagram is cut to
bufsize, as in Python.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		data, from, err := s.recv(thread, "recvfrom", args, kwargs, true)
		if err != nil {
			return nil, err
		}
		return starlark.Tuple{data, from}, nil
	})
}
