package binascii

import "netrepl/builtins/pyerr"

// Hex in both directions, as CPython 3.11's binascii (and bytes.hex,
// which shares _Py_strhex_impl with hexlify).

// Hexlify returns the lower-case hex of data. When sep (one byte, or ""
// for none) is given and bytesPerSep != 0, sep goes between groups of
// |bytesPerSep| bytes, counted from the right when bytesPerSep > 0 and
// from the left when it is negative: Hexlify("abcde", ":", 2) is
// "61:6263:6465".
func Hexlify(data, sep string, bytesPerSep int) []byte {
	per := bytesPerSep
	if per < 0 {
		per = -per
	}
	if len(sep) != 1 || per == 0 || per >= len(data) {
		out := make([]byte, 2*len(data))
		for i := 0; i < len(data); i++ {
			c := data[i]
			out[2*i], out[2*i+1] = hexDigits[c>>4], hexDigits[c&0xf]
		}
		return out
	}
	seps := (len(data) - 1) / per
	out := make([]byte, 0, 2*len(data)+seps)
	// first is the size of the first group: the short one is at the
	// start when counting from the right, at the end otherwise.
	first := per
	if bytesPerSep > 0 {
		first = len(data) - seps*per
	}
	for i := 0; i < len(data); i++ {
		if i > 0 && (i-first)%per == 0 {
			out = append(out, sep[0])
		}
		c := data[i]
		out = append(out, hexDigits[c>>4], hexDigits[c&0xf])
	}
	return out
}

// unhex maps a byte to its hex value, or 0xff: an invalid digit sets the
// high bit, so one test checks both digits of a pair.
var unhex = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for i := 0; i < 10; i++ {
		t['0'+i] = byte(i)
	}
	for i := 0; i < 6; i++ {
		t['a'+i] = byte(10 + i)
		t['A'+i] = byte(10 + i)
	}
	return t
}()

// Unhexlify is a2b_hex: two hex digits (either case) per byte, nothing
// else, not even spaces.
func Unhexlify(hexstr string) ([]byte, error) {
	if len(hexstr)%2 != 0 {
		return nil, binasciiErr("Odd-length string")
	}
	out := make([]byte, len(hexstr)/2)
	for i := range out {
		pair := hexstr[2*i : 2*i+2] // one bounds check for both digits
		hi, lo := unhex[pair[0]], unhex[pair[1]]
		if (hi|lo)&0x80 != 0 {
			return nil, binasciiErr("Non-hexadecimal digit found")
		}
		out[i] = hi<<4 | lo
	}
	return out, nil
}

// binasciiErr is binascii.Error with CPython's message.
func binasciiErr(msg string) error { return &pyerr.Error{Type: "binascii.Error", Message: msg} }
