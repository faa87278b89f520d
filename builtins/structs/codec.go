package structs

import (
	"math"
	"strings"
	"unsafe"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
)

// Packing and unpacking: the loops of CPython's s_pack_internal and
// s_unpack_internal over a Format's codes.

// maxPack bounds what pack allocates. CPython would try to allocate any
// size; a Go program that runs out of memory dies instead of raising
// MemoryError, so netrepl says MemoryError past 4 GiB.
const maxPack = 1 << 32

// Pack packs values: s_pack in one allocation, the result's own.
func (f *Format) Pack(values []starlark.Value) (starlark.Bytes, error) {
	if len(values) != f.items {
		return "", structErrf("pack expected %d items for packing (got %d)", f.items, len(values))
	}
	switch {
	case f.size == 0:
		return "", nil
	case f.size > math.MaxInt64-33: // PyBytes_FromStringAndSize's own limit
		return "", &pyerr.Error{Type: "OverflowError", Message: "byte string is too large"}
	case f.size > maxPack:
		return "", &pyerr.Error{Type: "MemoryError"}
	}
	buf := make([]byte, f.size) // zeroed: the padding
	i := 0
	for ci := range f.codes {
		c := &f.codes[ci]
		e := c.def
		switch e.format {
		case 's', 'p':
			v := values[i]
			i++
			b, ok := starlark.AsBuffer(v) // bytes or bytearray, as CPython's s and p
			if !ok {
				return "", structErrf("argument for '%c' must be a bytes object", e.format)
			}
			if e.format == 's' {
				copy(buf[c.offset:c.offset+c.size], b)
				continue
			}
			// 'p': a length byte (at most 255), then at most size-1
			// bytes. With size 0, CPython still writes the length byte
			// (0xff, from n = -1) where the next field starts.
			n := min(len(b), c.size-1)
			if n > 0 {
				copy(buf[c.offset+1:], b[:n])
			}
			if c.offset < len(buf) {
				buf[c.offset] = byte(min(n, 255))
			}
		default:
			off := c.offset
			for range c.repeat {
				if err := e.pack(buf[off:off+c.size], values[i], e); err != nil {
					return "", err
				}
				i++
				off += c.size
			}
		}
	}
	// buf is never written again: the string can share its memory.
	return starlark.Bytes(unsafe.String(unsafe.SliceData(buf), len(buf))), nil
}

// Unpack unpacks buf, which must be exactly Size() bytes.
func (f *Format) Unpack(buf string) (starlark.Tuple, error) {
	if len(buf) != f.size {
		return nil, structErrf("unpack requires a buffer of %d bytes", f.size)
	}
	return f.unpack(buf)
}

// UnpackFrom is unpack_from: offset may count from the end.
func (f *Format) UnpackFrom(buf string, offset int) (starlark.Tuple, error) {
	n := len(buf)
	if offset < 0 {
		if offset+f.size > 0 {
			return nil, structErrf("not enough data to unpack %d bytes at offset %d", f.size, offset)
		}
		if offset+n < 0 {
			return nil, structErrf("offset %d out of range for %d-byte buffer", offset, n)
		}
		offset += n
	}
	if n-offset < f.size {
		return nil, structErrf("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)",
			uint64(f.size)+uint64(offset), f.size, offset, n)
	}
	return f.unpack(buf[offset : offset+f.size])
}

// unpack is s_unpack_internal; len(buf) == f.size.
func (f *Format) unpack(buf string) (starlark.Tuple, error) {
	if f.badP {
		return nil, &pyerr.Error{Type: "SystemError", Message: "Negative size passed to PyBytes_FromStringAndSize"}
	}
	out := make(starlark.Tuple, f.items)
	i := 0
	for ci := range f.codes {
		c := &f.codes[ci]
		e := c.def
		switch e.format {
		case 's':
			out[i] = starlark.Bytes(strings.Clone(buf[c.offset : c.offset+c.size]))
			i++
		case 'p':
			n := min(int(buf[c.offset]), c.size-1)
			out[i] = starlark.Bytes(strings.Clone(buf[c.offset+1 : c.offset+1+n]))
			i++
		default:
			off := c.offset
			for range c.repeat {
				out[i] = e.unpack(buf[off:off+c.size], e)
				i++
				off += c.size
			}
		}
	}
	return out, nil
}

// iterCheck is what iter_unpack checks before it starts, in CPython's
// order: the struct's size first, then the buffer.
func (f *Format) iterCheck(name string, v starlark.Value) (string, error) {
	if f.size == 0 {
		return "", structErr("cannot iteratively unpack with a struct of length 0")
	}
	buf, err := bufferArg(name, v)
	if err != nil {
		return "", err
	}
	if len(buf)%f.size != 0 {
		return "", structErrf("iterative unpacking requires a buffer of a multiple of %d bytes", f.size)
	}
	if f.badP && len(buf) > 0 {
		// CPython raises this at the first step; an iterator cannot.
		return "", &pyerr.Error{Type: "SystemError", Message: "Negative size passed to PyBytes_FromStringAndSize"}
	}
	return buf, nil
}
