package structs

import (
	"encoding/binary"
	"math"

	"go.starlark.net/starlark"
)

// The integer, bool and char codes. Each pack function is one of
// CPython's (named in its comment) because the functions differ in which
// error they raise for the same value: get_long's "argument out of range"
// for what does not fit a C long, then each function's own range message.

// getLong is CPython's get_long: an int (or bool, which is an int in
// Python) that fits in 64 bits signed.
func getLong(v starlark.Value) (int64, error) {
	switch v := v.(type) {
	case starlark.Int:
		if x, ok := v.Int64(); ok {
			return x, nil
		}
		return 0, structErr("argument out of range")
	case starlark.Bool:
		return boolInt(v), nil
	}
	return 0, errNotInteger()
}

// getULong is CPython's get_ulong: negative numbers are out of range too.
func getULong(v starlark.Value) (uint64, error) {
	switch v := v.(type) {
	case starlark.Int:
		if x, ok := v.Uint64(); ok {
			return x, nil
		}
		return 0, structErr("argument out of range")
	case starlark.Bool:
		return uint64(boolInt(v)), nil
	}
	return 0, errNotInteger()
}

func boolInt(b starlark.Bool) int64 {
	if b {
		return 1
	}
	return 0
}

func errNotInteger() error { return structErr("required argument is not an integer") }

// rangeError is CPython's _range_error: "'i' format requires ...".
func rangeError(e *formatDef) error {
	bits := uint(8 * e.size)
	if !e.signed {
		return structErrf("'%c' format requires 0 <= number <= %d", e.format, uint64(math.MaxUint64)>>(64-bits))
	}
	largest := int64(uint64(math.MaxUint64) >> (64 - bits + 1))
	return structErrf("'%c' format requires %d <= number <= %d", e.format, ^largest, largest)
}

// packByte is np_byte, used by every table.
func packByte(p []byte, v starlark.Value, e *formatDef) error {
	x, err := getLong(v)
	if err != nil {
		return err
	}
	if x < -128 || x > 127 {
		return structErr("byte format requires -128 <= number <= 127")
	}
	p[0] = byte(x)
	return nil
}

// packUbyte is np_ubyte.
func packUbyte(p []byte, v starlark.Value, e *formatDef) error {
	x, err := getLong(v)
	if err != nil {
		return err
	}
	if x < 0 || x > 255 {
		return structErr("ubyte format requires 0 <= number <= 255")
	}
	p[0] = byte(x)
	return nil
}

// packChar is np_char: a bytes of length 1, nothing else.
func packChar(p []byte, v starlark.Value, e *formatDef) error {
	b, ok := v.(starlark.Bytes)
	if !ok || len(b) != 1 {
		return structErr("char format requires a bytes object of length 1")
	}
	p[0] = b[0]
	return nil
}

// packBool is np_bool/bp_bool: any value, by its truth.
func packBool(p []byte, v starlark.Value, e *formatDef) error {
	if v.Truth() {
		p[0] = 1
	}
	return nil
}

// packShort is np_short.
func packShort(p []byte, v starlark.Value, e *formatDef) error {
	x, err := getLong(v)
	if err != nil {
		return err
	}
	if x < math.MinInt16 || x > math.MaxInt16 {
		return structErr("short format requires -32768 <= number <= 32767")
	}
	putUint(p, uint64(x), 2, e.little)
	return nil
}

// packUshort is np_ushort.
func packUshort(p []byte, v starlark.Value, e *formatDef) error {
	x, err := getLong(v)
	if err != nil {
		return err
	}
	if x < 0 || x > math.MaxUint16 {
		return structErr("ushort format requires 0 <= number <= 65535")
	}
	putUint(p, uint64(x), 2, e.little)
	return nil
}

// packNativeInt is np_int.
func packNativeInt(p []byte, v starlark.Value, e *formatDef) error {
	x, err := getLong(v)
	if err != nil {
		return err
	}
	if x < math.MinInt32 || x > math.MaxInt32 {
		return rangeError(e)
	}
	putUint(p, uint64(x), 4, e.little)
	return nil
}

// packNativeUint is np_uint.
func packNativeUint(p []byte, v starlark.Value, e *formatDef) error {
	x, err := getULong(v)
	if err != nil {
		return err
	}
	if x > math.MaxUint32 {
		return rangeError(e)
	}
	putUint(p, x, 4, e.little)
	return nil
}

// packLong is np_long, np_longlong and np_ssize_t.
func packLong(p []byte, v starlark.Value, e *formatDef) error {
	x, err := getLong(v)
	if err != nil {
		return err
	}
	putUint(p, uint64(x), 8, e.little)
	return nil
}

// packUlong is np_ulong, np_ulonglong and np_size_t.
func packUlong(p []byte, v starlark.Value, e *formatDef) error {
	x, err := getULong(v)
	if err != nil {
		return err
	}
	putUint(p, x, 8, e.little)
	return nil
}

// packVoidP is np_void_p: PyLong_AsVoidPtr takes negative numbers as a
// C long and others as an unsigned long; its OverflowError becomes
// "int too large to convert" in s_pack_internal.
func packVoidP(p []byte, v starlark.Value, e *formatDef) error {
	var x uint64
	switch v := v.(type) {
	case starlark.Int:
		if s, ok := v.Int64(); ok {
			x = uint64(s)
		} else if u, ok := v.Uint64(); ok {
			x = u
		} else {
			return errIntTooLarge()
		}
	case starlark.Bool:
		x = uint64(boolInt(v))
	default:
		return errNotInteger()
	}
	putUint(p, x, 8, e.little)
	return nil
}

func errIntTooLarge() error { return structErr("int too large to convert") }

// packStdInt is lp_int/bp_int: 'h', 'i' and 'l' of the standard tables.
func packStdInt(p []byte, v starlark.Value, e *formatDef) error {
	x, err := getLong(v)
	if err != nil {
		return err
	}
	if e.size < 8 {
		lim := int64(1) << (8*e.size - 1)
		if x < -lim || x >= lim {
			return rangeError(e)
		}
	}
	putUint(p, uint64(x), e.size, e.little)
	return nil
}

// packStdUint is lp_uint/bp_uint.
func packStdUint(p []byte, v starlark.Value, e *formatDef) error {
	x, err := getULong(v)
	if err != nil {
		return err
	}
	if e.size < 8 && x >= uint64(1)<<(8*e.size) {
		return rangeError(e)
	}
	putUint(p, x, e.size, e.little)
	return nil
}

// packStdLongLong is lp_longlong/bp_longlong: _PyLong_AsByteArray's
// OverflowError turns into "int too large to convert".
func packStdLongLong(p []byte, v starlark.Value, e *formatDef) error {
	var x int64
	switch v := v.(type) {
	case starlark.Int:
		var ok bool
		if x, ok = v.Int64(); !ok {
			return errIntTooLarge()
		}
	case starlark.Bool:
		x = boolInt(v)
	default:
		return errNotInteger()
	}
	putUint(p, uint64(x), 8, e.little)
	return nil
}

// packStdULongLong is lp_ulonglong/bp_ulonglong.
func packStdULongLong(p []byte, v starlark.Value, e *formatDef) error {
	var x uint64
	switch v := v.(type) {
	case starlark.Int:
		var ok bool
		if x, ok = v.Uint64(); !ok {
			return errIntTooLarge()
		}
	case starlark.Bool:
		x = uint64(boolInt(v))
	default:
		return errNotInteger()
	}
	putUint(p, x, 8, e.little)
	return nil
}

// unpackInt reads any integer code: size, signedness and byte order come
// from the table entry.
func unpackInt(s string, e *formatDef) starlark.Value {
	x := getUint(s, e.size, e.little)
	if e.signed {
		shift := uint(64 - 8*e.size)
		return starlark.MakeInt64(int64(x<<shift) >> shift)
	}
	return starlark.MakeUint64(x)
}

func unpackBool(s string, e *formatDef) starlark.Value { return starlark.Bool(s[0] != 0) }

// oneByte holds the 256 one-byte bytes values, so that unpacking 'c'
// allocates nothing.
var oneByte = func() (t [256]starlark.Value) {
	for i := range t {
		t[i] = starlark.Bytes([]byte{byte(i)})
	}
	return t
}()

func unpackChar(s string, e *formatDef) starlark.Value { return oneByte[s[0]] }

// putUint writes the low size bytes of x in the given byte order.
func putUint(p []byte, x uint64, size int, little bool) {
	switch {
	case size == 8 && little:
		binary.LittleEndian.PutUint64(p, x)
	case size == 8:
		binary.BigEndian.PutUint64(p, x)
	case size == 4 && little:
		binary.LittleEndian.PutUint32(p, uint32(x))
	case size == 4:
		binary.BigEndian.PutUint32(p, uint32(x))
	case size == 2 && little:
		binary.LittleEndian.PutUint16(p, uint16(x))
	case size == 2:
		binary.BigEndian.PutUint16(p, uint16(x))
	default:
		p[0] = byte(x)
	}
}

// getUint reads size bytes (1, 2, 4 or 8) in the given byte order.
func getUint(s string, size int, little bool) uint64 {
	switch size {
	case 1:
		return uint64(s[0])
	case 2:
		_ = s[1]
		if little {
			return uint64(s[0]) | uint64(s[1])<<8
		}
		return uint64(s[1]) | uint64(s[0])<<8
	case 4:
		_ = s[3]
		if little {
			return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
		}
		return uint64(s[3]) | uint64(s[2])<<8 | uint64(s[1])<<16 | uint64(s[0])<<24
	}
	_ = s[7]
	if little {
		return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	}
	return uint64(s[7]) | uint64(s[6])<<8 | uint64(s[5])<<16 | uint64(s[4])<<24 |
		uint64(s[3])<<32 | uint64(s[2])<<40 | uint64(s[1])<<48 | uint64(s[0])<<56
}
