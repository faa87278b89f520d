package binascii

import (
	"fmt"
	"math"
	"math/big"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
)

// Argument conversions with the errors of CPython's argument clinic
// converters, since Starlark's UnpackArgs words them its own way.

// bytesArg is a Py_buffer argument (bytes or bytearray).
func bytesArg(name string, v starlark.Value) (string, error) { return pyerr.Buffer(name, v) }

// asciiArg is binascii's ascii_buffer_converter: bytes, or a str of
// ASCII characters only.
func asciiArg(name string, v starlark.Value) (string, error) {
	if b, ok := starlark.AsBuffer(v); ok {
		return string(b), nil
	}
	switch v := v.(type) {
	case starlark.String:
		for i := 0; i < len(v); i++ {
			if v[i] >= 0x80 {
				return "", pyerr.ValueErr(name, "string argument should contain only ASCII characters")
			}
		}
		return string(v), nil
	}
	return "", pyerr.TypeErr(name, "argument should be bytes, buffer or ASCII string, not '%s'", pyerr.TypeName(v))
}

// cIntArg is the C int converter (bytes_per_sep, and the bool flags,
// which CPython 3.11 takes as ints).
func cIntArg(name string, v starlark.Value) (int, error) {
	n, err := pyerr.Index(v)
	switch {
	case err != nil:
		return 0, err
	case !n.IsInt64() || n.Int64() < math.MinInt32 || n.Int64() > math.MaxInt32:
		return 0, pyerr.New("OverflowError", "Python int too large to convert to C int")
	}
	return int(n.Int64()), nil
}

var mask32 = big.NewInt(math.MaxUint32)

// uintMaskArg is the unsigned int(bitwise=True) converter of the CRCs:
// any int, reduced modulo 2**32.
func uintMaskArg(name string, v starlark.Value) (uint32, error) {
	switch v := v.(type) {
	case starlark.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case starlark.Int:
		if x, ok := v.Int64(); ok {
			return uint32(x), nil
		}
		return uint32(new(big.Int).And(v.BigInt(), mask32).Uint64()), nil
	}
	return 0, pyerr.TypeErr(name, "'%s' object cannot be interpreted as an integer", pyerr.TypeName(v))
}

// keywordOnly rejects positional arguments past the first n, for
// parameters that CPython makes keyword-only (newline, strict_mode).
// The wording is Starlark's, like the rest of its argument errors.
func keywordOnly(b *starlark.Builtin, args starlark.Tuple, n int) error {
	if len(args) > n {
		return fmt.Errorf("%s: got %d positional arguments, want at most %d", b.Name(), len(args), n)
	}
	return nil
}
