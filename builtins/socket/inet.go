package socket

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"net/netip"

	"go.starlark.net/starlark"
	"golang.org/x/sys/unix"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
)

// Byte order and address conversions: htons/ntohs/htonl/ntohl and
// inet_aton/inet_ntoa/inet_pton/inet_ntop, with CPython's messages.

// byteSwap is htons, ntohs (bits 16) or htonl, ntohl (bits 32): on a
// little-endian host (every host Go's linux/amd64 and arm64 run on) both
// directions swap the bytes.
func byteSwap(name string, width int) *starlark.Builtin {
	what := "16-bit"
	if width == 32 {
		what = "32-bit"
	}
	return doc.Func(name, fmt.Sprintf(`%s(x)
Convert the %s positive integer x between host and network byte order.`, name, what),
		func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var v starlark.Value
			if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &v); err != nil {
				return nil, err
			}
			n, err := intArg(v)
			if err != nil {
				if i, ok := v.(starlark.Int); ok && i.Sign() > 0 {
					n = 1 << 40 // beyond int64: too large, as below
				} else {
					return nil, argErr(err, name)
				}
			}
			if width == 16 {
				switch {
				case n < 0:
					return nil, pyerr.New("OverflowError", "%s: can't convert negative Python int to C 16-bit unsigned integer", name)
				case n > 0xffff:
					return nil, pyerr.New("OverflowError", "%s: Python int too large to convert to C 16-bit unsigned integer", name)
				}
				return starlark.MakeInt(int(bits.ReverseBytes16(uint16(n)))), nil
			}
			switch {
			case n < 0:
				return nil, pyerr.New("OverflowError", "can't convert negative value to unsigned int")
			case n > 0xffffffff:
				return nil, pyerr.New("OverflowError", "int larger than 32 bits")
			}
			return starlark.MakeUint64(uint64(bits.ReverseBytes32(uint32(n)))), nil
		})
}

var inetAtonFn = doc.Func("inet_aton", `inet_aton(ip_string)
Pack a dotted IPv4 address ("127.0.0.1", or the short forms "127.1" and
hex/octal parts inet_aton(3) accepts) into 4 bytes.`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	s, ok := v.(starlark.String)
	if !ok {
		return nil, pyerr.New("TypeError", "inet_aton() argument 1 must be str, not %s", pyerr.TypeName(v))
	}
	ip, ok := inetAton(string(s))
	if !ok {
		return nil, pyerr.New("OSError", "illegal IP address string passed to inet_aton")
	}
	var out [4]byte
	binary.BigEndian.PutUint32(out[:], ip)
	return starlark.Bytes(out[:]), nil
})

// inetAton parses s as glibc's inet_aton(3): one to four parts, each
// decimal, octal (leading 0) or hex (0x), the last filling the bytes
// left; anything after a space is ignored.
func inetAton(s string) (uint32, bool) {
	var parts []uint64
	i := 0
	for {
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		base := uint64(10)
		if s[i] == '0' {
			base = 8
			i++
			if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
				base = 16
				i++
			}
		}
		var v uint64
		for ; i < len(s); i++ {
			d, ok := digit(s[i], base)
			if !ok {
				break
			}
			v = v*base + d
			if v > 0xffffffff {
				return 0, false
			}
		}
		parts = append(parts, v)
		if i < len(s) && s[i] == '.' {
			if len(parts) == 4 {
				return 0, false
			}
			i++
			continue
		}
		break
	}
	if i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\v' && s[i] != '\f' && s[i] != '\r' {
		return 0, false
	}
	last := parts[len(parts)-1]
	if last > 0xffffffff>>(8*(len(parts)-1)) {
		return 0, false
	}
	ip := uint32(last)
	for j, p := range parts[:len(parts)-1] {
		if p > 0xff {
			return 0, false
		}
		ip |= uint32(p) << (24 - 8*j)
	}
	return ip, true
}

func digit(c byte, base uint64) (uint64, bool) {
	var d uint64
	switch {
	case c >= '0' && c <= '9':
		d = uint64(c - '0')
	case c >= 'a' && c <= 'f':
		d = uint64(c-'a') + 10
	case c >= 'A' && c <= 'F':
		d = uint64(c-'A') + 10
	default:
		return 0, false
	}
	return d, d < base
}

var inetNtoaFn = doc.Func("inet_ntoa", `inet_ntoa(packed_ip)
Unpack 4 bytes into a dotted IPv4 address str.`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	p, err := bytesArg("inet_ntoa", v)
	if err != nil {
		return nil, err
	}
	if len(p) != 4 {
		return nil, pyerr.New("OSError", "packed IP wrong length for inet_ntoa")
	}
	return starlark.String(netip.AddrFrom4([4]byte([]byte(p))).String()), nil
})

var inetPtonFn = doc.Func("inet_pton", `inet_pton(address_family, ip_string)
Pack an IPv4 (AF_INET) or IPv6 (AF_INET6) address into 4 or 16 bytes.`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var family int
	var s string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &family, &s); err != nil {
		return nil, err
	}
	a, err := netip.ParseAddr(s)
	ok := err == nil && a.Zone() == ""
	switch family {
	case unix.AF_INET:
		if ok && a.Is4() {
			b := a.As4()
			return starlark.Bytes(b[:]), nil
		}
	case unix.AF_INET6:
		if ok && a.Is6() {
			b := a.As16()
			return starlark.Bytes(b[:]), nil
		}
	default:
		return nil, pyerr.Errno(int(unix.EAFNOSUPPORT), "calling inet_pton", nil)
	}
	return nil, pyerr.New("OSError", "illegal IP address string passed to inet_pton")
})

var inetNtopFn = doc.Func("inet_ntop", `inet_ntop(address_family, packed_ip)
Unpack 4 (AF_INET) or 16 (AF_INET6) bytes into an address str.`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var family int
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &family, &v); err != nil {
		return nil, err
	}
	p, err := bytesArg("inet_ntop", v)
	if err != nil {
		return nil, err
	}
	switch family {
	case unix.AF_INET:
		if len(p) == 4 {
			return starlark.String(netip.AddrFrom4([4]byte([]byte(p))).String()), nil
		}
	case unix.AF_INET6:
		if len(p) == 16 {
			return starlark.String(ntop6([16]byte([]byte(p)))), nil
		}
	default:
		return nil, pyerr.New("ValueError", "unknown address family %d", family)
	}
	return nil, pyerr.New("ValueError", "invalid length of packed IP address string")
})

// ntop6 writes an IPv6 address as glibc's inet_ntop does, which differs
// from Go's in one case: an IPv4-compatible address (::a.b.c.d).
func ntop6(b [16]byte) string {
	a := netip.AddrFrom16(b)
	var zero [12]byte
	if [12]byte(b[:12]) == zero && (b[12] != 0 || b[13] != 0) {
		return "::" + netip.AddrFrom4([4]byte(b[12:])).String()
	}
	return a.String()
}
