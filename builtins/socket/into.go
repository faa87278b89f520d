package socket

import (
	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
)

// recv_into and recvfrom_into: recv and recvfrom that write what they
// receive at the start of a bytearray (Python's writable buffer).
func init() {
	method("recv_into", `recv_into(buffer, nbytes=0, flags=0)
Receive up to nbytes bytes (0: len(buffer)) into the start of buffer, a
bytearray, as recv does; return how many arrived (0: the peer closed).`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		n, _, err := s.recvInto(thread, "recv_into", args, kwargs, false)
		return n, err
	})
	method("recvfrom_into", `recvfrom_into(buffer, nbytes=0, flags=0)
recvfrom into the start of buffer, a bytearray: return (nbytes, address).`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		n, from, err := s.recvInto(thread, "recvfrom_into", args, kwargs, true)
		if err != nil {
			return nil, err
		}
		return starlark.Tuple{n, from}, nil
	})
}

func (s *Socket) recvInto(thread *starlark.Thread, fname string, args starlark.Tuple, kwargs []starlark.Tuple, from bool) (starlark.Value, starlark.Value, error) {
	var buffer starlark.Value
	var nbytes, flags starlark.Value = starlark.MakeInt(0), starlark.MakeInt(0)
	if err := starlark.UnpackArgs(fname, args, kwargs, "buffer", &buffer, "nbytes?", &nbytes, "flags?", &flags); err != nil {
		return nil, nil, err
	}
	ba, ok := buffer.(*starlark.Bytearray)
	if !ok {
		return nil, nil, called(pyerr.New("TypeError", "%s() argument 1 must be read-write bytes-like object, not %s", fname, pyerr.TypeName(buffer)), fname)
	}
	n, err := intArg(nbytes)
	if err != nil {
		return nil, nil, argErr(err, fname)
	}
	switch {
	case n < 0:
		return nil, nil, called(pyerr.New("ValueError", "negative buffersize in %s", fname), fname)
	case n > int64(ba.Len()):
		return nil, nil, called(pyerr.New("ValueError", "buffer too small for requested bytes"), fname)
	case n == 0:
		n = int64(ba.Len())
	}
	data, sender, err := s.recv(thread, fname, starlark.Tuple{starlark.MakeInt64(n), flags}, nil, from)
	if err != nil {
		return nil, nil, err
	}
	b := data.(starlark.Bytes)
	if err := ba.SetSlice(0, len(b), 1, b); err != nil {
		return nil, nil, err
	}
	return starlark.MakeInt(len(b)), sender, nil
}
