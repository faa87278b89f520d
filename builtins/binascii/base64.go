package binascii

import (
	"encoding/base64"
	"fmt"
)

// B2aBase64 is b2a_base64: standard alphabet, padded, and a newline at
// the end unless newline is false.
func B2aBase64(data string, newline bool) []byte {
	n := base64.StdEncoding.EncodedLen(len(data))
	out := make([]byte, n, n+1)
	base64.StdEncoding.Encode(out, []byte(data))
	if newline {
		out = append(out, '\n')
	}
	return out
}

// b64 maps a byte to its base64 value, or 0xff for anything outside the
// standard alphabet.
var b64 = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(alphabet); i++ {
		t[alphabet[i]] = byte(i)
	}
	return t
}()

// A2bBase64 is CPython 3.11's a2b_base64, whose leniency Go's decoder
// does not share: outside strict mode it skips every byte that is not in
// the alphabet, and stops at the first complete padding ("=" after two
// or three data characters of a quad), ignoring what follows. In strict
// mode those are errors. The messages are CPython's.
func A2bBase64(data string, strict bool) ([]byte, error) {
	if strict && len(data) > 0 && data[0] == '=' {
		return nil, binasciiErr("Leading padding not allowed")
	}
	out := make([]byte, 0, (len(data)+3)/4*3)
	quadPos, pads := 0, 0
	var left byte
	paddingStarted := false
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c == '=' {
			paddingStarted = true
			if quadPos >= 2 {
				pads++
				if quadPos+pads >= 4 {
					// The quad is complete: stop here.
					if strict && i+1 < len(data) {
						return nil, binasciiErr("Excess data after padding")
					}
					return out, nil
				}
			}
			continue
		}
		v := b64[c]
		if v == 0xff {
			if strict {
				return nil, binasciiErr("Only base64 data is allowed")
			}
			continue
		}
		if strict && paddingStarted {
			return nil, binasciiErr("Discontinuous padding not allowed")
		}
		pads = 0
		switch quadPos {
		case 0:
			quadPos, left = 1, v
		case 1:
			quadPos = 2
			out = append(out, left<<2|v>>4)
			left = v & 0x0f
		case 2:
			quadPos = 3
			out = append(out, left<<4|v>>2)
			left = v & 0x03
		case 3:
			quadPos = 0
			out = append(out, left<<6|v)
			left = 0
		}
	}
	switch quadPos {
	case 0:
		return out, nil
	case 1:
		// One data character too many: no input encodes to that.
		return nil, binasciiErr(fmt.Sprintf("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4",
			len(out)/3*4+1))
	}
	return nil, binasciiErr("Incorrect padding")
}
