package socket

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"os"
	"strconv"
	"strings"

	"go.starlark.net/starlark"
	"golang.org/x/sys/unix"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

// Name resolution through Go's resolver (/etc/hosts, then DNS), with
// getaddrinfo's answers and socket.gaierror's numbers and texts, so a
// failed lookup reads "[Errno -2] Name or service not known" as in
// python3 on glibc.

var gaiText = map[int]string{
	eaiNoname:  "Name or service not known",
	eaiAgain:   "Temporary failure in name resolution",
	eaiFail:    "Non-recoverable failure in name resolution",
	eaiNodata:  "No address associated with hostname",
	eaiFamily:  "ai_family not supported",
	eaiService: "Servname not supported for ai_socktype",
	eaiAfNoSup: "Address family for hostname not supported",
}

func gaierror(n int, host string, err error) *pyerr.Error {
	return &pyerr.Error{Type: "socket.gaierror", Errno: n, Message: fmt.Sprintf("[Errno %d] %s", n, gaiText[n]), Op: "resolving " + host, Err: err}
}

// resolve returns host's addresses of family (AF_UNSPEC: both), literal
// or looked up; Ctrl-C interrupts a lookup.
func resolve(thread *starlark.Thread, host string, family int) ([]netip.Addr, error) {
	if a, err := netip.ParseAddr(host); err == nil {
		if (family == unix.AF_INET && !a.Is4()) || (family == unix.AF_INET6 && a.Is4()) {
			return nil, gaierror(eaiAfNoSup, host, nil)
		}
		return []netip.Addr{a}, nil
	}
	// RFC 6761: .invalid never resolves; answer at once rather than ask a
	// DNS server that may not be reachable.
	if h := strings.ToLower(strings.TrimSuffix(host, ".")); h == "invalid" || strings.HasSuffix(h, ".invalid") {
		return nil, gaierror(eaiNoname, host, nil)
	}
	network := "ip"
	switch family {
	case unix.AF_INET:
		network = "ip4"
	case unix.AF_INET6:
		network = "ip6"
	}
	ctx := rt.Context(thread)
	resume := rt.Blocking(thread)
	addrs, err := net.DefaultResolver.LookupNetIP(ctx, network, host)
	resume()
	if err != nil {
		if ctx.Err() != nil {
			return nil, pyerr.KeyboardInterrupt()
		}
		var dnsErr *net.DNSError
		var addrErr *net.AddrError
		switch {
		case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
			return nil, gaierror(eaiNoname, host, err)
		case errors.As(err, &addrErr):
			return nil, gaierror(eaiAfNoSup, host, err)
		case errors.As(err, &dnsErr) && (dnsErr.IsTimeout || dnsErr.IsTemporary):
			return nil, gaierror(eaiAgain, host, err)
		}
		return nil, gaierror(eaiFail, host, err)
	}
	for i, a := range addrs {
		addrs[i] = a.Unmap()
	}
	if len(addrs) == 0 {
		return nil, gaierror(eaiNoname, host, nil)
	}
	return addrs, nil
}

var getaddrinfoFn = doc.Func("getaddrinfo", `getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)
Resolve host and port into a list of (family, type, proto, canonname,
sockaddr) tuples, each ready for socket(family, type, proto) and
connect(sockaddr). host may be None (the loopback address, or the
wildcard with flags=AI_PASSIVE); port may be an int, a numeric str, a
service name ("http") or None. Fails with socket.gaierror.`, getaddrinfo)

func getaddrinfo(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var host, port starlark.Value
	var family, typ, proto, flags int
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "host", &host, "port", &port,
		"family?", &family, "type?", &typ, "proto?", &proto, "flags?", &flags); err != nil {
		return nil, err
	}
	var name string
	switch h := host.(type) {
	case starlark.NoneType:
	case starlark.String:
		name = string(h)
	case starlark.Bytes:
		name = string(h)
	default:
		return nil, pyerr.New("TypeError", "getaddrinfo() argument 1 must be string or None")
	}
	portNum := 0
	switch p := port.(type) {
	case starlark.NoneType:
	case starlark.Int:
		n, ok := p.Int64()
		if !ok || n < 0 || n > 65535 {
			return nil, gaierror(eaiService, name, nil)
		}
		portNum = int(n)
	case starlark.String, starlark.Bytes:
		svc, _ := starlark.AsString(p)
		if b, ok := p.(starlark.Bytes); ok {
			svc = string(b)
		}
		n, err := strconv.Atoi(svc)
		if err != nil {
			network := "tcp"
			if typ == unix.SOCK_DGRAM {
				network = "udp"
			}
			if n, err = net.LookupPort(network, svc); err != nil || flags&aiNumericserv != 0 {
				return nil, gaierror(eaiService, svc, err)
			}
		}
		portNum = n
	default:
		return nil, pyerr.New("OSError", "Int or String expected")
	}
	if family != unix.AF_UNSPEC && family != unix.AF_INET && family != unix.AF_INET6 {
		return nil, gaierror(eaiFamily, name, nil)
	}

	var addrs []netip.Addr
	if host == starlark.None {
		v4, v6 := netip.AddrFrom4([4]byte{127, 0, 0, 1}), netip.IPv6Loopback()
		if flags&aiPassive != 0 {
			v4, v6 = netip.IPv4Unspecified(), netip.IPv6Unspecified()
		}
		for _, a := range []netip.Addr{v4, v6} {
			if family == unix.AF_UNSPEC || (family == unix.AF_INET) == a.Is4() {
				addrs = append(addrs, a)
			}
		}
	} else if name == "" {
		return nil, gaierror(eaiNoname, name, nil)
	} else {
		var err error
		if addrs, err = resolve(thread, name, family); err != nil {
			return nil, err
		}
	}

	// Each address once per socket type, as glibc lists them when type
	// and proto are left open.
	kinds := [][2]int{{unix.SOCK_STREAM, unix.IPPROTO_TCP}, {unix.SOCK_DGRAM, unix.IPPROTO_UDP}, {unix.SOCK_RAW, 0}}
	if typ != 0 || proto != 0 {
		p := proto
		if p == 0 {
			switch typ {
			case unix.SOCK_STREAM:
				p = unix.IPPROTO_TCP
			case unix.SOCK_DGRAM:
				p = unix.IPPROTO_UDP
			}
		}
		t := typ
		if t == 0 {
			switch proto {
			case unix.IPPROTO_TCP:
				t = unix.SOCK_STREAM
			case unix.IPPROTO_UDP:
				t = unix.SOCK_DGRAM
			}
		}
		kinds = [][2]int{{t, p}}
	}
	canon := ""
	if flags&aiCanonname != 0 {
		canon = name
	}
	var out []starlark.Value
	for _, a := range addrs {
		fam, sa := unix.AF_INET, starlark.Value(nil)
		if a.Is4() {
			sa = starlark.Tuple{starlark.String(a.String()), starlark.MakeInt(portNum)}
		} else {
			fam = unix.AF_INET6
			s6 := &unix.SockaddrInet6{Port: portNum, Addr: a.As16()}
			if z := a.Zone(); z != "" {
				s6.ZoneId = zoneIndex(z)
			}
			sa = addrValue(s6)
		}
		for _, k := range kinds {
			out = append(out, starlark.Tuple{starlark.MakeInt(fam), starlark.MakeInt(k[0]), starlark.MakeInt(k[1]), starlark.String(canon), sa})
		}
	}
	return starlark.NewList(out), nil
}

var gethostbynameFn = doc.Func("gethostbyname", `gethostbyname(hostname)
Return the first IPv4 address of hostname as a str ("93.184.216.34").
Fails with socket.gaierror.`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var host starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &host); err != nil {
		return nil, err
	}
	var name string
	switch h := host.(type) {
	case starlark.String:
		name = string(h)
	case starlark.Bytes:
		name = string(h)
	default:
		return nil, pyerr.New("TypeError", "gethostbyname() argument 1 must be str, bytes or bytearray, not %s", pyerr.TypeName(host))
	}
	a, err := hostAddr(thread, unix.AF_INET, name)
	if err != nil {
		return nil, err
	}
	return starlark.String(a.String()), nil
})

var gethostnameFn = doc.Func("gethostname", `gethostname()
Return this machine's host name.`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	h, err := os.Hostname()
	if err != nil {
		return nil, pyerr.FromErrno(err, "gethostname")
	}
	return starlark.String(h), nil
})
