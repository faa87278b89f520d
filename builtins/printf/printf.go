// Package printf is Python's printf-style formatting, `format % args`,
// of str and of bytes, with what Starlark's own % leaves out: flags (- +
// space # 0), field width and precision (numbers or *), and Python's
// conversions, values and errors (CPython 3.11's: testdata/vectors.json).
// %s is str(x), %r repr(x), %a ascii(x), as the interpreter writes them
// (Python's repr under starlark.PythonSemantics).
//
// netrepl makes it the interpreter's % for a str or bytes left operand
// (starlark.PercentHook = printf.Percent), wherever the format comes from.
package printf

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
)

// spec is one conversion: %[(key)][flags][width][.precision]type.
type spec struct {
	left, plus, space, alt, zero bool
	width, prec                  int // prec < 0: none
	conv                         byte
	bytes                        bool // formatting bytes: widths count bytes
}

// Percent is format % args for a str or bytes format: what the
// interpreter's % calls (starlark.PercentHook).
func Percent(format, args starlark.Value) (starlark.Value, error) {
	switch f := format.(type) {
	case starlark.String:
		s, err := printf(string(f), args, false)
		if err != nil {
			return nil, err
		}
		return starlark.String(s), nil
	case starlark.Bytes:
		s, err := printf(string(f), args, true)
		if err != nil {
			return nil, err
		}
		return starlark.Bytes(s), nil
	}
	return nil, pyerr.New("TypeError", "unsupported operand type(s) for %%: '%s' and '%s'", pyerr.TypeName(format), pyerr.TypeName(args))
}

// Format returns format % args for a str format.
func Format(format string, args starlark.Value) (starlark.Value, error) {
	return Percent(starlark.String(format), args)
}

// printf is format % args; bytes: format and result are bytes.
func printf(format string, args starlark.Value, bytes bool) (string, error) {
	tuple, isTuple := args.(starlark.Tuple)
	nargs := 1
	if isTuple {
		nargs = len(tuple)
	}
	mapping, _ := args.(starlark.Mapping)
	used := 0
	next := func() (starlark.Value, error) {
		if used >= nargs {
			return nil, pyerr.New("TypeError", "not enough arguments for format string")
		}
		used++
		if isTuple {
			return tuple[used-1], nil
		}
		return args, nil
	}
	var b strings.Builder
	for i := 0; i < len(format); {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			b.WriteString(format[i:])
			break
		}
		b.WriteString(format[i : i+j])
		i += j + 1
		if i < len(format) && format[i] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		var arg starlark.Value
		if i < len(format) && format[i] == '(' {
			if mapping == nil {
				return "", pyerr.New("TypeError", "format requires a mapping")
			}
			depth, k := 1, i+1
			for ; k < len(format) && depth > 0; k++ {
				switch format[k] {
				case '(':
					depth++
				case ')':
					depth--
				}
			}
			if depth > 0 {
				return "", pyerr.New("ValueError", "incomplete format key")
			}
			var key starlark.Value = starlark.String(format[i+1 : k-1])
			if bytes {
				key = starlark.Bytes(format[i+1 : k-1])
			}
			v, found, err := mapping.Get(key)
			if err != nil {
				return "", err
			}
			if !found {
				return "", pyerr.New("KeyError", "%s", key.String())
			}
			// As CPython, the value found takes the place of the
			// arguments: a positional conversion after it has none.
			arg, i, used = v, k, nargs
		}
		sp := spec{prec: -1, bytes: bytes}
	flags:
		for ; i < len(format); i++ {
			switch format[i] {
			case '-':
				sp.left = true
			case '+':
				sp.plus = true
			case ' ':
				sp.space = true
			case '#':
				sp.alt = true
			case '0':
				sp.zero = true
			default:
				break flags
			}
		}
		var err error
		if sp.width, i, err = number(format, i, next); err != nil {
			return "", err
		}
		if sp.width < 0 { // from *
			sp.left, sp.width = true, -sp.width
		}
		if i < len(format) && format[i] == '.' {
			if sp.prec, i, err = number(format, i+1, next); err != nil {
				return "", err
			}
			sp.prec = max(sp.prec, 0)
		}
		for i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return "", pyerr.New("ValueError", "incomplete format")
		}
		// CPython takes the argument before it looks at the conversion.
		if arg == nil {
			if arg, err = next(); err != nil {
				return "", err
			}
		}
		sp.conv = format[i]
		if sp.conv == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		convs := "diouxXeEfFgGcrsa"
		if bytes {
			convs += "b"
		}
		if !strings.ContainsRune(convs, rune(sp.conv)) {
			r, _ := utf8.DecodeRuneInString(format[i:])
			index := utf8.RuneCountInString(format[:i])
			if bytes {
				r, index = rune(format[i]), i
			}
			shown := r
			if r >= utf8.RuneSelf {
				shown = '?'
			}
			return "", pyerr.New("ValueError", "unsupported format character '%c' (0x%x) at index %d", shown, r, index)
		}
		i++
		if err := sp.format(&b, arg); err != nil {
			return "", err
		}
	}
	if used < nargs && mapping == nil {
		if bytes {
			return "", pyerr.New("TypeError", "not all arguments converted during bytes formatting")
		}
		return "", pyerr.New("TypeError", "not all arguments converted during string formatting")
	}
	return b.String(), nil
}

// number reads a width or precision at format[i:]: digits, or * (the
// next argument, an int). It returns 0 when there is none.
func number(format string, i int, next func() (starlark.Value, error)) (int, int, error) {
	if i < len(format) && format[i] == '*' {
		v, err := next()
		if err != nil {
			return 0, i, err
		}
		n, ok := asInt(v)
		if !ok {
			return 0, i, pyerr.New("TypeError", "* wants int")
		}
		if !n.IsInt64() || n.Int64() > math.MaxInt32 || n.Int64() < -math.MaxInt32 {
			return 0, i, pyerr.New("OverflowError", "Python int too large to convert to C int")
		}
		return int(n.Int64()), i + 1, nil
	}
	n := 0
	for ; i < len(format) && format[i] >= '0' && format[i] <= '9'; i++ {
		if n = n*10 + int(format[i]-'0'); n > math.MaxInt32 {
			return 0, i, pyerr.New("ValueError", "width too big")
		}
	}
	return n, i, nil
}

// asInt is v as a Python int (a bool is one).
func asInt(v starlark.Value) (*big.Int, bool) {
	n, err := pyerr.Index(v)
	return n, err == nil
}

func (sp *spec) format(b *strings.Builder, arg starlark.Value) error {
	switch sp.conv {
	case 's', 'r', 'a', 'b':
		var s string
		switch {
		case sp.conv == 'a' || sp.conv == 'r' && sp.bytes:
			s = starlark.ASCII(arg)
		case sp.conv == 'r':
			s = arg.String()
		case sp.bytes:
			by, ok := arg.(starlark.Bytes)
			if !ok {
				return pyerr.New("TypeError", "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", pyerr.TypeName(arg))
			}
			s = string(by)
		default:
			s = starlark.Str(arg)
		}
		if sp.bytes {
			if sp.prec >= 0 && len(s) > sp.prec {
				s = s[:sp.prec]
			}
		} else if sp.prec >= 0 && utf8.RuneCountInString(s) > sp.prec {
			s = string([]rune(s)[:sp.prec])
		}
		sp.pad(b, "", s, false)
	case 'c':
		if sp.bytes {
			return sp.byteChar(b, arg)
		}
		var r rune
		switch v := arg.(type) {
		case starlark.String:
			c, size := utf8.DecodeRuneInString(string(v))
			if len(v) == 0 || size != len(v) {
				return pyerr.New("TypeError", "%%c requires int or char")
			}
			r = c
		default:
			n, ok := asInt(arg)
			if !ok {
				return pyerr.New("TypeError", "%%c requires int or char")
			}
			if !n.IsInt64() || n.Int64() < 0 || n.Int64() >= 0x110000 {
				return pyerr.New("OverflowError", "%%c arg not in range(0x110000)")
			}
			r = rune(n.Int64())
		}
		sp.pad(b, "", string(r), false)
	case 'd', 'i', 'u', 'o', 'x', 'X':
		n, ok := asInt(arg)
		if f, isFloat := arg.(starlark.Float); isFloat && strings.IndexByte("diu", sp.conv) >= 0 {
			switch x := float64(f); {
			case math.IsInf(x, 0):
				return pyerr.New("OverflowError", "cannot convert float infinity to integer")
			case math.IsNaN(x):
				return pyerr.New("ValueError", "cannot convert float NaN to integer")
			default:
				n, _ = new(big.Float).SetFloat64(math.Trunc(x)).Int(nil)
				ok = true
			}
		}
		if !ok {
			if strings.IndexByte("diu", sp.conv) >= 0 {
				return pyerr.New("TypeError", "%%%c format: a real number is required, not %s", sp.conv, pyerr.TypeName(arg))
			}
			return pyerr.New("TypeError", "%%%c format: an integer is required, not %s", sp.conv, pyerr.TypeName(arg))
		}
		sp.formatInt(b, n)
	default: // e E f F g G
		var x float64
		switch v := arg.(type) {
		case starlark.Float:
			x = float64(v)
		default:
			n, ok := asInt(arg)
			if !ok {
				return pyerr.New("TypeError", "must be real number, not %s", pyerr.TypeName(arg))
			}
			f, acc := new(big.Float).SetInt(n).Float64()
			if math.IsInf(f, 0) && acc != big.Exact {
				return pyerr.New("OverflowError", "int too large to convert to float")
			}
			x = f
		}
		sp.formatFloat(b, x)
	}
	return nil
}

func (sp *spec) sign(negative bool) string {
	switch {
	case negative:
		return "-"
	case sp.plus:
		return "+"
	case sp.space:
		return " "
	}
	return ""
}

func (sp *spec) formatInt(b *strings.Builder, n *big.Int) {
	base, prefix := 10, ""
	switch sp.conv {
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !sp.alt {
		prefix = ""
	}
	digits := new(big.Int).Abs(n).Text(base)
	if sp.conv == 'X' {
		digits = strings.ToUpper(digits)
	}
	if len(digits) < sp.prec {
		digits = strings.Repeat("0", sp.prec-len(digits)) + digits
	}
	sp.pad(b, sp.sign(n.Sign() < 0)+prefix, digits, sp.zero)
}

func (sp *spec) formatFloat(b *strings.Builder, x float64) {
	prec := sp.prec
	if prec < 0 {
		prec = 6
	}
	var body string
	switch {
	case math.IsInf(x, 0):
		body = "inf"
	case math.IsNaN(x):
		body = "nan"
	default:
		body = sp.floatDigits(math.Abs(x), prec)
	}
	if sp.conv == 'E' || sp.conv == 'F' || sp.conv == 'G' {
		body = strings.ToUpper(body)
	}
	sp.pad(b, sp.sign(math.Signbit(x) && !math.IsNaN(x)), body, sp.zero)
}

// floatDigits formats x >= 0 as C's printf does for the conversion.
func (sp *spec) floatDigits(x float64, prec int) string {
	var s string
	switch sp.conv {
	case 'f', 'F':
		s = strconv.FormatFloat(x, 'f', prec, 64)
	case 'e', 'E':
		s = strconv.FormatFloat(x, 'e', prec, 64)
	default: // g G: %e or %f by the exponent, trailing zeros removed unless #
		return G(x, max(prec, 1), sp.alt, false)
	}
	if sp.alt && strings.IndexByte(s, '.') < 0 {
		if k := strings.IndexByte(s, 'e'); k >= 0 {
			return s[:k] + "." + s[k:]
		}
		return s + "."
	}
	return s
}

// G is %g of x >= 0 as Python writes it, for % and for str.format: with
// precision prec (prec < 0: the shortest repr, which switches to an
// exponent at 1e16), trailing zeros dropped unless alt; repr keeps one
// digit after the point in fixed notation (format's no-type rule).
func G(x float64, prec int, alt, repr bool) string {
	e := strconv.FormatFloat(x, 'e', prec-1, 64)
	if prec < 0 {
		e = strconv.FormatFloat(x, 'e', -1, 64)
	}
	k := strings.IndexByte(e, 'e')
	exp, _ := strconv.Atoi(e[k+1:])
	// CPython's format_float_short: an exponent from decpt > precision,
	// or > precision-1 when it adds ".0", or > 16 for repr.
	limit := prec
	switch {
	case prec < 0:
		limit = 16
	case repr:
		limit = prec - 1
	}
	var s string
	if exp >= -4 && exp < limit {
		if prec < 0 {
			s = strconv.FormatFloat(x, 'f', -1, 64)
		} else {
			s = strconv.FormatFloat(x, 'f', prec-1-exp, 64)
		}
	} else {
		s = e
	}
	mant, rest := s, ""
	if k := strings.IndexByte(s, 'e'); k >= 0 {
		mant, rest = s[:k], s[k:]
		// Python writes at least two exponent digits, as Go does.
	}
	if !alt && strings.IndexByte(mant, '.') >= 0 {
		mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
	}
	if repr && rest == "" && strings.IndexByte(mant, '.') < 0 {
		mant += ".0"
	}
	if alt && strings.IndexByte(mant, '.') < 0 {
		mant += "."
	}
	return mant + rest
}

// byteChar is %c of bytes: an int in range(256) or a single byte.
func (sp *spec) byteChar(b *strings.Builder, arg starlark.Value) error {
	if by, ok := arg.(starlark.Bytes); ok && len(by) == 1 {
		sp.pad(b, "", string(by), false)
		return nil
	}
	n, ok := asInt(arg)
	if !ok {
		return pyerr.New("TypeError", "%%c requires an integer in range(256) or a single byte")
	}
	if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 255 {
		return pyerr.New("OverflowError", "%%c arg not in range(256)")
	}
	sp.pad(b, "", string([]byte{byte(n.Int64())}), false)
	return nil
}

// pad writes sign (and prefix) and body in the field: left-aligned,
// zero-filled after the sign, or right-aligned.
func (sp *spec) pad(b *strings.Builder, sign, body string, zero bool) {
	fill := sp.width - utf8.RuneCountInString(sign) - utf8.RuneCountInString(body)
	if sp.bytes {
		fill = sp.width - len(sign) - len(body)
	}
	switch {
	case fill <= 0:
		b.WriteString(sign)
		b.WriteString(body)
	case sp.left:
		b.WriteString(sign)
		b.WriteString(body)
		b.WriteString(strings.Repeat(" ", fill))
	case zero:
		b.WriteString(sign)
		b.WriteString(strings.Repeat("0", fill))
		b.WriteString(body)
	default:
		b.WriteString(strings.Repeat(" ", fill))
		b.WriteString(sign)
		b.WriteString(body)
	}
}
