package methods

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"netrepl/builtins/printf"
	"netrepl/builtins/pyerr"
)

// str.format with Python's format-spec mini-language
// ([[fill]align][sign][z][#][0][width][grouping][.precision][type]),
// replacing Starlark's format, which takes fields and conversions but no
// spec. A field with no spec shows its value as Starlark's own format
// does (str(x)); with one, as Python's format(x, spec).
func format(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	f := &formatter{args: args, kwargs: kwargs}
	out, err := f.expand(string(b.Receiver().(starlark.String)), 2)
	if err != nil {
		return nil, err
	}
	return starlark.String(out), nil
}

type formatter struct {
	args   starlark.Tuple
	kwargs []starlark.Tuple
	auto   int // the next automatic field number; -1 once numbered by hand
	manual bool
}

func valueErr(format string, args ...any) error { return pyerr.New("ValueError", format, args...) }

// expand replaces the fields of s; depth is how many levels of nested
// fields (in specs) may still follow.
func (f *formatter) expand(s string, depth int) (string, error) {
	if depth == 0 {
		return "", valueErr("Max string recursion exceeded")
	}
	var out strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '}':
			if i+1 < len(s) && s[i+1] == '}' {
				out.WriteByte('}')
				i += 2
				continue
			}
			return "", valueErr("Single '}' encountered in format string")
		case c != '{':
			out.WriteByte(c)
			i++
			continue
		}
		if i+1 < len(s) && s[i+1] == '{' {
			out.WriteByte('{')
			i += 2
			continue
		}
		if i+1 == len(s) {
			return "", valueErr("Single '{' encountered in format string")
		}
		// A field: name[!conv][:spec]}, as CPython's MarkupIterator
		// reads it (a spec may hold nested fields).
		j := i + 1
		for inBracket := false; j < len(s); j++ {
			if c := s[j]; c == '[' {
				inBracket = true
			} else if c == ']' {
				inBracket = false
			} else if !inBracket && (c == '!' || c == ':' || c == '}' || c == '{') {
				break
			}
		}
		if j == len(s) || s[j] == '{' {
			return "", valueErr("expected '}' before end of string")
		}
		name := s[i+1 : j]
		conv := byte(0)
		if s[j] == '!' {
			if j+1 == len(s) {
				return "", valueErr("end of string while looking for conversion specifier")
			}
			conv = s[j+1]
			j += 2
			if j == len(s) {
				return "", valueErr("unmatched '{' in format spec")
			}
			if s[j] != ':' && s[j] != '}' {
				return "", valueErr("expected ':' after conversion specifier")
			}
		}
		spec := ""
		if s[j] == ':' {
			level, k := 1, j+1
			for ; k < len(s); k++ {
				if s[k] == '{' {
					level++
				} else if s[k] == '}' {
					if level--; level == 0 {
						break
					}
				}
			}
			if k == len(s) {
				return "", valueErr("unmatched '{' in format spec")
			}
			spec, j = s[j+1:k], k
		}
		text, err := f.field(name, conv, spec, depth)
		if err != nil {
			return "", err
		}
		out.WriteString(text)
		i = j + 1
	}
	return out.String(), nil
}

// field formats one replacement field.
func (f *formatter) field(name string, conv byte, spec string, depth int) (string, error) {
	v, err := f.lookup(name)
	if err != nil {
		return "", err
	}
	switch conv {
	case 0:
	case 'r':
		v = starlark.String(v.String())
	case 'a':
		v = starlark.String(starlark.ASCII(v))
	case 's':
		v = starlark.String(starlark.Str(v))
	default:
		return "", valueErr("Unknown conversion specifier %c", conv)
	}
	if strings.ContainsAny(spec, "{}") {
		if spec, err = f.expand(spec, depth-1); err != nil {
			return "", err
		}
	}
	return formatValue(v, spec)
}

// lookup is the value a field name names: an argument (by number, by
// keyword, or the next one), then .attr and [key] parts.
func (f *formatter) lookup(name string) (starlark.Value, error) {
	first := len(name)
	if k := strings.IndexAny(name, ".["); k >= 0 {
		first = k
	}
	arg, rest := name[:first], name[first:]
	var v starlark.Value
	if arg == "" {
		if f.manual {
			return nil, valueErr("cannot switch from manual field specification to automatic field numbering")
		}
		f.auto++
		n := f.auto - 1
		if n >= len(f.args) {
			return nil, pyerr.New("IndexError", "Replacement index %d out of range for positional args tuple", n)
		}
		v = f.args[n]
	} else if n, err := strconv.Atoi(arg); err == nil && arg[0] != '-' && arg[0] != '+' {
		if f.auto > 0 {
			return nil, valueErr("cannot switch from automatic field numbering to manual field specification")
		}
		f.manual = true
		if n >= len(f.args) {
			return nil, pyerr.New("IndexError", "Replacement index %d out of range for positional args tuple", n)
		}
		v = f.args[n]
	} else {
		for _, kv := range f.kwargs {
			if string(kv[0].(starlark.String)) == arg {
				v = kv[1]
			}
		}
		if v == nil {
			return nil, pyerr.New("KeyError", "%s", pyerr.StrRepr(arg))
		}
	}
	for rest != "" {
		if rest[0] == '.' {
			k := strings.IndexAny(rest[1:], ".[") + 1
			if k == 0 {
				k = len(rest)
			}
			attr := rest[1:k]
			x, ok := v.(starlark.HasAttrs)
			var got starlark.Value
			if ok {
				got, _ = x.Attr(attr)
			}
			if got == nil {
				return nil, pyerr.New("AttributeError", "'%s' object has no attribute '%s'", pyerr.TypeName(v), attr)
			}
			v, rest = got, rest[k:]
			continue
		}
		k := strings.IndexByte(rest, ']')
		if rest[0] != '[' || k < 0 {
			return nil, valueErr("Only '.' or '[' may follow ']' in format field specifier")
		}
		key := rest[1:k]
		var index starlark.Value = starlark.String(key)
		if n, err := strconv.Atoi(key); err == nil {
			index = starlark.MakeInt(n)
		}
		got, err := getIndex(v, index)
		if err != nil {
			return nil, err
		}
		v, rest = got, rest[k+1:]
	}
	return v, nil
}

func getIndex(v, key starlark.Value) (starlark.Value, error) {
	switch x := v.(type) {
	case starlark.Mapping:
		got, found, err := x.Get(key)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, pyerr.New("KeyError", "%s", key.String())
		}
		return got, nil
	case starlark.Indexable:
		n, ok := key.(starlark.Int)
		if !ok {
			return nil, pyerr.New("TypeError", "%s indices must be integers or slices, not str", pyerr.TypeName(v))
		}
		i, _ := n.Int64()
		if i < 0 || int(i) >= x.Len() {
			return nil, pyerr.New("IndexError", "%s index out of range", pyerr.TypeName(v))
		}
		return x.Index(int(i)), nil
	}
	return nil, pyerr.New("TypeError", "'%s' object is not subscriptable", pyerr.TypeName(v))
}

// fspec is a parsed format spec.
type fspec struct {
	fill            rune
	align           byte // 0, '<', '>', '=', '^'
	sign            byte // 0, '+', '-', ' '
	z, alt, zero    bool
	width, prec     int // prec < 0: none
	grouping, typ   byte
	hasFill, hasAli bool
}

func parseSpec(spec string, v starlark.Value) (*fspec, error) {
	s := &fspec{fill: ' ', prec: -1}
	i := 0
	if r, n := utf8.DecodeRuneInString(spec); n > 0 && n < len(spec) && strings.IndexByte("<>=^", spec[n]) >= 0 {
		s.fill, s.hasFill, s.align, i = r, true, spec[n], n+1
	} else if len(spec) > 0 && strings.IndexByte("<>=^", spec[0]) >= 0 {
		s.align, i = spec[0], 1
	}
	if i < len(spec) && strings.IndexByte("+- ", spec[i]) >= 0 {
		s.sign = spec[i]
		i++
	}
	if i < len(spec) && spec[i] == 'z' {
		s.z = true
		i++
	}
	if i < len(spec) && spec[i] == '#' {
		s.alt = true
		i++
	}
	if i < len(spec) && spec[i] == '0' {
		// Without an explicit fill and alignment: zero fill, after the
		// sign for numbers ('=', number sets it), left-aligned for str.
		if s.zero = true; !s.hasFill {
			s.fill = '0'
		}
		i++
	}
	digits := func() (int, bool, error) {
		start, n := i, 0
		for ; i < len(spec) && spec[i] >= '0' && spec[i] <= '9'; i++ {
			if n = n*10 + int(spec[i]-'0'); n > math.MaxInt32 {
				return 0, false, valueErr("Too many decimal digits in format string")
			}
		}
		return n, i > start, nil
	}
	var err error
	if s.width, _, err = digits(); err != nil {
		return nil, err
	}
	if i < len(spec) && (spec[i] == ',' || spec[i] == '_') {
		s.grouping = spec[i]
		i++
	}
	if i < len(spec) && spec[i] == '.' {
		i++
		var ok bool
		if s.prec, ok, err = digits(); err != nil {
			return nil, err
		}
		if !ok {
			return nil, valueErr("Format specifier missing precision")
		}
	}
	if len(spec)-i > 1 {
		return nil, valueErr("Invalid format specifier '%s' for object of type '%s'", spec, pyerr.TypeName(v))
	}
	if i < len(spec) {
		s.typ = spec[i]
	}
	return s, nil
}

// formatValue is Python's format(v, spec) for netrepl's values.
func formatValue(v starlark.Value, spec string) (string, error) {
	if spec == "" {
		return starlark.Str(v), nil
	}
	switch x := v.(type) {
	case starlark.String:
		return formatStr(string(x), spec, v)
	case starlark.Int, starlark.Bool:
		return formatInt(v, spec)
	case starlark.Float:
		s, err := parseSpec(spec, v)
		if err != nil {
			return "", err
		}
		return s.float(float64(x), "float")
	}
	return "", pyerr.New("TypeError", "unsupported format string passed to %s.__format__", pyerr.TypeName(v))
}

func formatStr(x, spec string, v starlark.Value) (string, error) {
	s, err := parseSpec(spec, v)
	if err != nil {
		return "", err
	}
	switch {
	case s.typ != 0 && s.typ != 's':
		return "", s.unknown(v)
	case s.sign != 0:
		return "", valueErr("Sign not allowed in string format specifier")
	case s.z:
		return "", valueErr("Negative zero coercion (z) not allowed in string format specifier")
	case s.alt:
		return "", valueErr("Alternate form (#) not allowed in string format specifier")
	case s.align == '=':
		return "", valueErr("'=' alignment not allowed in string format specifier")
	case s.grouping != 0:
		return "", valueErr("Cannot specify '%c' with 's'.", s.grouping)
	}
	if s.prec >= 0 && utf8.RuneCountInString(x) > s.prec {
		x = string([]rune(x)[:s.prec])
	}
	return s.pad("", x, '<'), nil
}

func (s *fspec) unknown(v starlark.Value) error {
	return valueErr("Unknown format code '%c' for object of type '%s'", s.typ, pyerr.TypeName(v))
}

func formatInt(v starlark.Value, spec string) (string, error) {
	var n *big.Int
	switch x := v.(type) {
	case starlark.Int:
		n = x.BigInt()
	case starlark.Bool:
		n = big.NewInt(0)
		if x {
			n.SetInt64(1)
		}
	}
	s, err := parseSpec(spec, v)
	if err != nil {
		return "", err
	}
	switch s.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, acc := new(big.Float).SetInt(n).Float64()
		if math.IsInf(f, 0) && acc != big.Exact {
			return "", pyerr.New("OverflowError", "int too large to convert to float")
		}
		return s.float(f, "int")
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", s.unknown(v)
	}
	switch {
	case s.prec >= 0:
		return "", valueErr("Precision not allowed in integer format specifier")
	case s.z:
		return "", valueErr("Negative zero coercion (z) not allowed in integer format specifier")
	case s.grouping != 0 && s.typ == 'n', s.grouping == ',' && strings.IndexByte("boxXc", s.typ) >= 0 && s.typ != 0:
		return "", valueErr("Cannot specify '%c' with '%c'.", s.grouping, s.typ)
	}
	if s.typ == 'c' {
		switch {
		case s.sign != 0:
			return "", valueErr("Sign not allowed with integer format specifier 'c'")
		case s.alt:
			return "", valueErr("Alternate form (#) not allowed with integer format specifier 'c'")
		case !n.IsInt64():
			return "", pyerr.New("OverflowError", "Python int too large to convert to C long")
		case n.Int64() < 0 || n.Int64() >= 0x110000:
			return "", pyerr.New("OverflowError", "%%c arg not in range(0x110000)")
		}
		return s.pad("", string(rune(n.Int64())), '>'), nil
	}
	base, prefix, every := 10, "", 3
	switch s.typ {
	case 'b':
		base, prefix, every = 2, "0b", 4
	case 'o':
		base, prefix, every = 8, "0o", 4
	case 'x':
		base, prefix, every = 16, "0x", 4
	case 'X':
		base, prefix, every = 16, "0X", 4
	}
	if !s.alt {
		prefix = ""
	}
	digits := new(big.Int).Abs(n).Text(base)
	if s.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	return s.number(n.Sign() < 0, prefix, digits, "", every), nil
}

// float formats x for the float types (and none: repr-like).
func (s *fspec) float(x float64, typeName string) (string, error) {
	typ := s.typ
	switch typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n':
	default:
		return "", valueErr("Unknown format code '%c' for object of type '%s'", typ, typeName)
	}
	if s.grouping != 0 && typ == 'n' {
		return "", valueErr("Cannot specify '%c' with 'n'.", s.grouping)
	}
	if typ == 'n' {
		typ = 'g'
	}
	neg := math.Signbit(x) && !math.IsNaN(x)
	a := math.Abs(x)
	prec := s.prec
	suffix := ""
	if typ == '%' {
		suffix = "%"
	}
	var body string
	switch {
	case math.IsInf(x, 0):
		body = "inf"
	case math.IsNaN(x):
		body = "nan"
	case typ == '%':
		if prec < 0 {
			prec = 6
		}
		body = strconv.FormatFloat(a*100, 'f', prec, 64)
	case typ == 'f' || typ == 'F':
		if prec < 0 {
			prec = 6
		}
		body = strconv.FormatFloat(a, 'f', prec, 64)
	case typ == 'e' || typ == 'E':
		if prec < 0 {
			prec = 6
		}
		body = strconv.FormatFloat(a, 'e', prec, 64)
	case typ == 'g' || typ == 'G':
		if prec < 0 {
			prec = 6
		}
		body = printf.G(a, max(prec, 1), s.alt, false)
	default: // none: repr, or 'g' keeping a digit after the point
		if prec < 0 {
			body = printf.G(a, -1, s.alt, true)
		} else {
			body = printf.G(a, max(prec, 1), s.alt, true)
		}
	}
	if s.alt && !math.IsInf(x, 0) && !math.IsNaN(x) && !strings.ContainsAny(body, ".") && typ != 'g' && typ != 'G' && typ != 0 {
		if k := strings.IndexByte(body, 'e'); k >= 0 {
			body = body[:k] + "." + body[k:]
		} else {
			body += "."
		}
	}
	if typ == 'E' || typ == 'F' || typ == 'G' {
		body = strings.ToUpper(body)
	}
	if s.z && neg && strings.Trim(body, "0.e+-%") == "" {
		neg = false
	}
	// Grouping applies to the integer part only.
	intPart, frac := body, ""
	if k := strings.IndexAny(body, ".eE"); k >= 0 {
		intPart, frac = body[:k], body[k:]
	}
	every := 3
	if math.IsInf(x, 0) || math.IsNaN(x) {
		intPart, frac, every = body, "", 0 // not grouped, even when zero-filled
	}
	return s.number(neg, "", intPart, frac+suffix, every), nil
}

// number lays out a number: sign, prefix, grouped integer digits, the
// rest (fraction, exponent, %), in the field.
func (s *fspec) number(neg bool, prefix, digits, rest string, every int) string {
	sign := ""
	switch {
	case neg:
		sign = "-"
	case s.sign == '+':
		sign = "+"
	case s.sign == ' ':
		sign = " "
	}
	group := func(d string) string {
		if s.grouping == 0 || every == 0 || len(d) <= every {
			return d
		}
		var b strings.Builder
		first := len(d) % every
		if first > 0 {
			b.WriteString(d[:first])
		}
		for k := first; k < len(d); k += every {
			if b.Len() > 0 {
				b.WriteByte(s.grouping)
			}
			b.WriteString(d[k : k+every])
		}
		return b.String()
	}
	if s.align == 0 && s.zero {
		s.align = '='
	}
	body := group(digits)
	if s.align == '=' && s.fill == '0' && s.grouping != 0 && every > 0 {
		// Zero padding is grouped too: "0,001,234".
		need := s.width - len(sign) - len(prefix) - len(rest)
		for utf8.RuneCountInString(body) < need {
			digits = "0" + digits
			body = group(digits)
		}
	}
	return s.pad(sign+prefix, body+rest, '>')
}

// pad places sign and body in the field with the fill and alignment;
// def is the alignment when the spec gives none.
func (s *fspec) pad(sign, body string, def byte) string {
	n := s.width - utf8.RuneCountInString(sign) - utf8.RuneCountInString(body)
	if n <= 0 {
		return sign + body
	}
	align := s.align
	if align == 0 {
		align = def
	}
	fill := strings.Repeat(string(s.fill), n)
	switch align {
	case '<':
		return sign + body + fill
	case '^':
		left := strings.Repeat(string(s.fill), n/2)
		return left + sign + body + strings.Repeat(string(s.fill), n-n/2)
	case '=':
		return sign + fill + body
	}
	return fill + sign + body
}

// FormatValue is Python's format(v, spec): str(v) for an empty spec,
// else v formatted by the format-spec mini-language of its type.
func FormatValue(v starlark.Value, spec string) (string, error) { return formatValue(v, spec) }
