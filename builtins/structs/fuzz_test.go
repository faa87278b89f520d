package structs

import (
	"math"
	"testing"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
)

// Fuzz targets: no format, value or buffer may panic, and what unpack
// returns must pack and unpack to itself. Crashers found are kept under
// testdata/fuzz/<FuzzName>/ and replayed by go test.

// maxFuzzSize keeps each input's buffers small (formats like
// "999999999x" compile but are not worth allocating).
const maxFuzzSize = 1 << 16

// FuzzRoundTrip unpacks arbitrary bytes with an arbitrary format, then
// packs the tuple and unpacks it again: the two tuples must be equal.
func FuzzRoundTrip(f *testing.F) {
	for _, seed := range []struct{ format, data string }{
		{"!HHI", "\x00\x01\x00\x02\x00\x00\x00\x03"},
		{"iii", "UU\xaazUU\xaazUU\xaaz"},
		{"@bhiqnNPefd?c3s5p", "\xff\x80\x7f\x01"},
		{"<e f d", "\x01\x7c\x01\x00\x80\x7f\x01\x00\x00\x00\x00\x00\xf8\x7f"},
		{"0p", ""},
		{"0pB", "\x01"},
		{"=2x3h 0q", "abcdefgh"},
		{"99999999999999999999i", ""},
	} {
		f.Add(seed.format, []byte(seed.data))
	}
	f.Fuzz(func(t *testing.T, format string, raw []byte) {
		fm, err := Compile(format)
		if err != nil {
			return
		}
		if fm.size > maxFuzzSize {
			return
		}
		buf := make([]byte, fm.size)
		copy(buf, raw)
		first, err := fm.Unpack(string(buf))
		if err != nil {
			if !fm.badP {
				t.Fatalf("unpack(%q, %q): %v", format, buf, err)
			}
			return
		}
		if from, err := fm.UnpackFrom("xy"+string(buf)+"z", 2); err != nil || !sameTuple(from, first) {
			t.Fatalf("unpack_from(%q) = %v, %v; unpack = %v", format, from, err, first)
		}
		packed, err := fm.Pack(first)
		if err != nil {
			t.Fatalf("pack(%q, *%v): %v", format, first, err)
		}
		if len(packed) != fm.size {
			t.Fatalf("pack(%q) gave %d bytes, calcsize %d", format, len(packed), fm.size)
		}
		second, err := fm.Unpack(string(packed))
		if err != nil || !sameTuple(first, second) {
			t.Fatalf("format %q: unpack %v, pack, unpack %v (%v)", format, first, second, err)
		}
	})
}

// sameTuple compares unpacked values; all NaNs are alike (pack may
// canonicalize them).
func sameTuple(a, b starlark.Tuple) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		fa, okA := a[i].(starlark.Float)
		fb, okB := b[i].(starlark.Float)
		if okA && okB {
			if math.Float64bits(float64(fa)) != math.Float64bits(float64(fb)) && !(math.IsNaN(float64(fa)) && math.IsNaN(float64(fb))) {
				return false
			}
			continue
		}
		if eq, err := starlark.Equal(a[i], b[i]); err != nil || !eq {
			return false
		}
	}
	return true
}

// FuzzPack packs arbitrary values into arbitrary formats: ints (also
// beyond 64 bits), floats and bytes wherever the format has a code, and
// values of the wrong type. Errors are fine; panics and errors that are
// not Python errors are not.
func FuzzPack(f *testing.F) {
	f.Add("!HHI", int64(1), 0.5, []byte("ab"), uint8(0))
	f.Add("@bBhHiIlLqQnNP", int64(-1), math.Inf(1), []byte{}, uint8(1))
	f.Add("<efd?c5s5p0p", int64(1<<62), 65520.0, []byte("hello"), uint8(2))
	f.Add("e", int64(0), math.NaN(), []byte("x"), uint8(3))
	f.Fuzz(func(t *testing.T, format string, i int64, fl float64, b []byte, kind uint8) {
		fm, err := Compile(format)
		if err != nil || fm.size > maxFuzzSize || fm.items > maxFuzzSize {
			return
		}
		var big starlark.Value = starlark.MakeInt64(i)
		switch kind % 4 {
		case 1: // beyond 64 bits
			big = starlark.MakeInt64(i).Lsh(64)
		case 2:
			big = starlark.MakeInt64(i).Lsh(uint(i & 63))
		case 3:
			big = starlark.Bool(i&1 == 1)
		}
		values := make([]starlark.Value, 0, fm.items)
		for _, c := range fm.codes {
			for range c.repeat {
				var v starlark.Value
				switch c.def.format {
				case 'e', 'f', 'd':
					v = starlark.Float(fl)
					if kind%8 >= 4 {
						v = big
					}
				case 's', 'p', 'c':
					v = starlark.Bytes(b)
					if kind%8 >= 4 {
						v = starlark.String(b)
					}
				default:
					v = big
					if kind%8 >= 4 {
						v = starlark.Float(fl)
					}
				}
				values = append(values, v)
			}
		}
		if kind%16 >= 8 && len(values) > 0 {
			values = values[:len(values)-1] // a count error
		}
		out, err := fm.Pack(values)
		if err != nil {
			if _, ok := err.(*pyerr.Error); !ok {
				t.Fatalf("pack(%q): %T %v", format, err, err)
			}
			return
		}
		if len(out) != fm.size {
			t.Fatalf("pack(%q) gave %d bytes, calcsize %d", format, len(out), fm.size)
		}
	})
}
