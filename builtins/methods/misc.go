package methods

import (
	"go.starlark.net/starlark"

	"netrepl/builtins/binascii"
	"netrepl/builtins/pyerr"
)

// hex(sep=None, bytes_per_sep=1) is binascii.hexlify as a str.
func hex(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sepV starlark.Value
	var perV starlark.Value = starlark.MakeInt(1)
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "sep?", &sepV, "bytes_per_sep?", &perV); err != nil {
		return nil, err
	}
	sep, per, err := binascii.SepArgs(b.Name(), sepV, perV)
	if err != nil {
		return nil, err
	}
	if sep != "" && sep[0] >= 0x80 {
		return nil, pyerr.ValueErr(b.Name(), "sep must be ASCII.") // hexlify, returning bytes, allows it
	}
	return starlark.String(binascii.Hexlify(recv(b), sep, per)), nil
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// mapCase is upper and lower: ASCII letters only, as Python's bytes.
func mapCase(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := positional(b, args, kwargs, 0, 0); err != nil {
		return nil, err
	}
	out := []byte(recv(b))
	for i, c := range out {
		if b.Name() == "upper" && isLower(c) {
			out[i] = c - 'a' + 'A'
		} else if b.Name() == "lower" && isUpper(c) {
			out[i] = c - 'A' + 'a'
		}
	}
	return starlark.Bytes(out), nil
}

// isClass is isdigit, isalpha, isalnum, isspace (every byte, and at
// least one), isupper and islower (a cased byte, none of the other case).
func isClass(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := positional(b, args, kwargs, 0, 0); err != nil {
		return nil, err
	}
	s := recv(b)
	var upper, lower int
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isUpper(c):
			upper++
		case isLower(c):
			lower++
		}
	}
	every := func(in func(byte) bool) starlark.Value {
		for i := 0; i < len(s); i++ {
			if !in(s[i]) {
				return starlark.False
			}
		}
		return starlark.Bool(len(s) > 0)
	}
	switch b.Name() {
	case "isdigit":
		return every(isDigit), nil
	case "isalpha":
		return every(func(c byte) bool { return isUpper(c) || isLower(c) }), nil
	case "isalnum":
		return every(func(c byte) bool { return isUpper(c) || isLower(c) || isDigit(c) }), nil
	case "isspace":
		return every(isSpace), nil
	case "isupper":
		return starlark.Bool(upper > 0 && lower == 0), nil
	}
	return starlark.Bool(lower > 0 && upper == 0), nil
}

// pad is ljust, rjust and center(width, fillbyte=b' ').
func pad(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := positional(b, args, kwargs, 1, 2); err != nil {
		return nil, err
	}
	width, err := ssize(b.Name(), args[0])
	if err != nil {
		return nil, err
	}
	fill := byte(' ')
	if len(args) == 2 {
		f, ok := starlark.AsBuffer(args[1])
		if !ok || len(f) != 1 {
			return nil, pyerr.New("TypeError", "%s() argument 2 must be a byte string of length 1, not %s", b.Name(), clinicType(args[1]))
		}
		fill = f[0]
	}
	s := recv(b)
	if width <= len(s) {
		return starlark.Bytes(s), nil
	}
	marg := width - len(s)
	left := 0
	switch b.Name() {
	case "rjust":
		left = marg
	case "center":
		// CPython's pad_center: the odd byte goes left when width is odd.
		left = marg/2 + (marg & width & 1)
	}
	out := make([]byte, width)
	for i := range out {
		out[i] = fill
	}
	copy(out[left:], s)
	return starlark.Bytes(out), nil
}
