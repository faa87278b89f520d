package socket

import (
	"fmt"
	"net"
	"net/netip"
	"strconv"
	"strings"

	"go.starlark.net/starlark"
	"golang.org/x/sys/unix"

	"netrepl/builtins/pyerr"
)

// Addresses are what Python makes them: ("127.0.0.1", 8042) for AF_INET,
// ("::1", 8042, flowinfo, scope_id) for AF_INET6, a path str for AF_UNIX
// (bytes starting with b"\x00" for Linux's abstract names). This file
// turns them into socket addresses, resolving host names as CPython's
// getsockaddrarg does, and back.

// sockaddr parses address v for socket s; fname is the method, for
// CPython's messages ("connect(): AF_INET address must be tuple, not str").
func sockaddr(thread *starlark.Thread, family int, fname string, v starlark.Value) (unix.Sockaddr, error) {
	switch family {
	case unix.AF_UNIX:
		var path string
		switch v := v.(type) {
		case starlark.String:
			path = string(v)
		case starlark.Bytes:
			path = string(v)
		default:
			return nil, pyerr.New("TypeError", "a bytes-like object is required, not '%s'", pyerr.TypeName(v))
		}
		if len(path) >= len(unix.RawSockaddrUnix{}.Path) {
			return nil, pyerr.New("OSError", "AF_UNIX path too long")
		}
		// x/sys/unix spells an abstract name with a leading '@'.
		if strings.HasPrefix(path, "\x00") {
			path = "@" + path[1:]
		}
		return &unix.SockaddrUnix{Name: path}, nil
	case unix.AF_INET, unix.AF_INET6:
		fam := "AF_INET"
		if family == unix.AF_INET6 {
			fam = "AF_INET6"
		}
		t, ok := v.(starlark.Tuple)
		if !ok {
			return nil, pyerr.New("TypeError", "%s(): %s address must be tuple, not %s", fname, fam, pyerr.TypeName(v))
		}
		if family == unix.AF_INET && len(t) != 2 {
			return nil, pyerr.New("TypeError", "AF_INET address must be a pair (host, port)")
		}
		if family == unix.AF_INET6 && (len(t) < 2 || len(t) > 4) {
			return nil, pyerr.New("TypeError", "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
		}
		host, err := hostArg(t[0])
		if err != nil {
			return nil, err
		}
		port, err := intArg(t[1])
		if err != nil {
			return nil, err
		}
		if port < 0 || port > 65535 {
			return nil, pyerr.New("OverflowError", "%s(): port must be 0-65535.", fname)
		}
		var flow, scope int64
		if len(t) > 2 {
			if flow, err = intArg(t[2]); err != nil {
				return nil, err
			}
			if flow < 0 || flow > 0xfffff {
				return nil, pyerr.New("OverflowError", "%s(): flowinfo must be 0-1048575.", fname)
			}
		}
		if len(t) > 3 {
			if scope, err = intArg(t[3]); err != nil {
				return nil, err
			}
		}
		ip, err := hostAddr(thread, family, host)
		if err != nil {
			return nil, err
		}
		if family == unix.AF_INET {
			return &unix.SockaddrInet4{Port: int(port), Addr: ip.As4()}, nil
		}
		sa := &unix.SockaddrInet6{Port: int(port), Addr: ip.As16(), ZoneId: uint32(scope)}
		if z := ip.Zone(); z != "" && scope == 0 {
			sa.ZoneId = zoneIndex(z)
		}
		return sa, nil
	}
	return nil, pyerr.Errno(int(unix.EAFNOSUPPORT), fname, nil)
}

// hostAddr is the address a host part means for family, as CPython's
// setipaddr: "" is the wildcard, "<broadcast>" the broadcast address,
// literals are taken as they are, anything else is resolved.
func hostAddr(thread *starlark.Thread, family int, host string) (netip.Addr, error) {
	switch {
	case host == "" && family == unix.AF_INET:
		return netip.IPv4Unspecified(), nil
	case host == "":
		return netip.IPv6Unspecified(), nil
	case host == "<broadcast>" && family == unix.AF_INET:
		return netip.AddrFrom4([4]byte{255, 255, 255, 255}), nil
	}
	addrs, err := resolve(thread, host, family)
	if err != nil {
		return netip.Addr{}, err
	}
	return addrs[0], nil
}

func zoneIndex(zone string) uint32 {
	if n, err := strconv.ParseUint(zone, 10, 32); err == nil {
		return uint32(n)
	}
	if ifi, err := net.InterfaceByName(zone); err == nil {
		return uint32(ifi.Index)
	}
	return 0
}

func zoneName(index uint32) string {
	if ifi, err := net.InterfaceByIndex(int(index)); err == nil {
		return ifi.Name
	}
	return strconv.Itoa(int(index))
}

// hostArg is the host part of an address: str, or bytes as Python allows.
func hostArg(v starlark.Value) (string, error) {
	switch v := v.(type) {
	case starlark.String:
		return string(v), nil
	case starlark.Bytes:
		return string(v), nil
	}
	return "", pyerr.New("TypeError", "str, bytes or bytearray expected, not %s", pyerr.TypeName(v))
}

// addrValue is sa as Python returns it from accept, recvfrom,
// getsockname and getpeername. An address the kernel did not give is None.
func addrValue(sa unix.Sockaddr) starlark.Value {
	switch sa := sa.(type) {
	case *unix.SockaddrInet4:
		return starlark.Tuple{starlark.String(netip.AddrFrom4(sa.Addr).String()), starlark.MakeInt(sa.Port)}
	case *unix.SockaddrInet6:
		return starlark.Tuple{starlark.String(ip6Text(sa)), starlark.MakeInt(sa.Port), starlark.MakeInt(0), starlark.MakeInt(int(sa.ZoneId))}
	case *unix.SockaddrUnix:
		if unnamed(sa) {
			return starlark.String("")
		}
		if strings.HasPrefix(sa.Name, "@") {
			return starlark.Bytes("\x00" + sa.Name[1:])
		}
		return starlark.String(sa.Name)
	}
	return starlark.None
}

// ip6Text is an IPv6 address as inet_ntop writes it, with "%zone" for a
// scoped address as CPython 3.7+ adds it.
func ip6Text(sa *unix.SockaddrInet6) string {
	a := netip.AddrFrom16(sa.Addr)
	if sa.ZoneId != 0 && (a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast()) {
		return a.String() + "%" + zoneName(sa.ZoneId)
	}
	return a.String()
}

// pyAddr is str(address) as Python prints it in a socket's repr:
// ('127.0.0.1', 8042), ('::1', 8042, 0, 0), /tmp/sock, b'\x00name';
// "" for no address.
func pyAddr(sa unix.Sockaddr) string {
	switch sa := sa.(type) {
	case *unix.SockaddrInet4:
		return fmt.Sprintf("('%s', %d)", netip.AddrFrom4(sa.Addr), sa.Port)
	case *unix.SockaddrInet6:
		return fmt.Sprintf("('%s', %d, 0, %d)", ip6Text(sa), sa.Port, sa.ZoneId)
	case *unix.SockaddrUnix:
		if unnamed(sa) {
			return ""
		}
		if strings.HasPrefix(sa.Name, "@") {
			return pyBytesRepr("\x00" + sa.Name[1:])
		}
		return sa.Name
	}
	return ""
}

// addrText is an address the way Go and the trace write it:
// 127.0.0.1:8042, [::1]:8042, /tmp/sock, @name.
func addrText(sa unix.Sockaddr) string {
	switch sa := sa.(type) {
	case *unix.SockaddrInet4:
		return netip.AddrPortFrom(netip.AddrFrom4(sa.Addr), uint16(sa.Port)).String()
	case *unix.SockaddrInet6:
		return net.JoinHostPort(ip6Text(sa), strconv.Itoa(sa.Port))
	case *unix.SockaddrUnix:
		if unnamed(sa) {
			return "(unnamed)"
		}
		return sa.Name
	}
	return "?"
}

// unnamed reports whether sa is an unbound AF_UNIX socket's address:
// x/sys/unix reads its all-zero path as the abstract name "@".
func unnamed(sa *unix.SockaddrUnix) bool { return sa.Name == "" || sa.Name == "@" }

// pyBytesRepr is Python's repr of bytes b: b'...' with \xNN escapes.
func pyBytesRepr(b string) string {
	var sb strings.Builder
	sb.WriteString("b'")
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case c == '\\' || c == '\'':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c == '\t':
			sb.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&sb, `\x%02x`, c)
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteString("'")
	return sb.String()
}
