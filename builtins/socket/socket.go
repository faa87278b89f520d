// Package socket is netrepl's `socket` module: CPython 3.11's socket
// module, names, argument order, results and error messages included, so
// the notebook's cells run as typed.
//
//	socket(family=AF_INET, type=SOCK_STREAM, proto=0)  a new socket
//	socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)
//	                                    two sockets connected to each other
//	create_connection(address, timeout=None, source_address=None)
//	                                    resolve, connect, return the socket
//	create_server(address, family=AF_INET, backlog=None, reuse_port=False,
//	              dualstack_ipv6=False) bind and listen, return the socket
//	getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)
//	                                    [(family, type, proto, canonname, sockaddr)]
//	gethostbyname(name)                 the first IPv4 address of name, as a str
//	gethostname()                       this machine's host name
//	getdefaulttimeout()                 the timeout new sockets get (None = block)
//	setdefaulttimeout(t)                set it, for this session
//	htons(x) ntohs(x) htonl(x) ntohl(x) byte-order swaps of 16/32-bit ints
//	inet_aton(s) inet_ntoa(b)           dotted IPv4 text <-> 4 packed bytes
//	inet_pton(family, s) inet_ntop(family, b)
//	                                    IPv4/IPv6 text <-> packed bytes
//	trace(on, file=None)                hexdump every send and receive to
//	                                    stderr (or file): netrepl's own
//
// plus the constants (AF_*, SOCK_*, SOL_*, SO_*, IPPROTO_*, TCP_*, SHUT_*,
// MSG_*, AI_*, EAI_*, and the errno names E* that connect_ex and
// catch(...).error.errno are compared with). The methods of the socket
// value are listed in value.go.
//
// Design: raw descriptors, not net.Conn. A Python socket is a descriptor
// that the script drives one system call at a time: setsockopt before
// bind, bind before connect, bind and listen as two steps, connect_ex,
// connect on a UDP socket, fileno, getsockopt. Go's net package hides
// exactly these steps (Dial and Listen do them in one go; a Control hook
// can set options but cannot split bind from listen or report connect_ex),
// so each socket here is a descriptor made with socket(2) (through
// golang.org/x/sys/unix) and each method is the system call Python would
// make. The descriptor is non-blocking and wrapped in an *os.File only to
// get the runtime's netpoller: blocking calls (connect, accept, recv,
// recvfrom, send, sendall, sendto) retry their system call through
// syscall.RawConn, parked on the poller rather than on a thread, and
// Python's timeout and netrepl's Ctrl-C both become a deadline on that
// file (see io.go) — STYLE.md's "deadlines, not goroutine-per-timeout".
// Errors keep the errno the kernel gave, so pyerr.FromErrno names them
// exactly as CPython does.
package socket

import (
	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"
	"golang.org/x/sys/unix"

	"netrepl/builtins/doc"
)

// Module is the `socket` module.
var Module = &starlarkstruct.Module{
	Name:    "socket",
	Members: members(),
}

// SocketType is socket.socket, the class: calling it makes a socket, and
// type(s) of a socket is it (isinstance(s, socket.socket)).
var SocketType = starlark.NewType("socket", "socket", socketFn)

func init() { starlark.RegisterType("socket", SocketType) }

func members() starlark.StringDict {
	m := starlark.StringDict{
		"socket":            SocketType,
		"socketpair":        socketpairFn,
		"create_connection": createConnectionFn,
		"create_server":     createServerFn,
		"getaddrinfo":       getaddrinfoFn,
		"gethostbyname":     gethostbynameFn,
		"gethostname":       gethostnameFn,
		"getdefaulttimeout": getdefaulttimeoutFn,
		"setdefaulttimeout": setdefaulttimeoutFn,
		"htons":             byteSwap("htons", 16),
		"ntohs":             byteSwap("ntohs", 16),
		"htonl":             byteSwap("htonl", 32),
		"ntohl":             byteSwap("ntohl", 32),
		"inet_aton":         inetAtonFn,
		"inet_ntoa":         inetNtoaFn,
		"inet_pton":         inetPtonFn,
		"inet_ntop":         inetNtopFn,
		"trace":             traceFn,
		"has_ipv6":          starlark.True,
	}
	for name, v := range constants {
		m[name] = starlark.MakeInt(v)
	}
	return m
}

// constants are the module's integer names, with Linux's values (those
// python3 shows on Linux).
var constants = map[string]int{
	"AF_UNSPEC": unix.AF_UNSPEC, "AF_INET": unix.AF_INET, "AF_INET6": unix.AF_INET6, "AF_UNIX": unix.AF_UNIX,
	"SOCK_STREAM": unix.SOCK_STREAM, "SOCK_DGRAM": unix.SOCK_DGRAM, "SOCK_RAW": unix.SOCK_RAW,
	"SOCK_SEQPACKET": unix.SOCK_SEQPACKET, "SOCK_NONBLOCK": unix.SOCK_NONBLOCK, "SOCK_CLOEXEC": unix.SOCK_CLOEXEC,

	"SOL_SOCKET": unix.SOL_SOCKET, "SO_REUSEADDR": unix.SO_REUSEADDR, "SO_REUSEPORT": unix.SO_REUSEPORT,
	"SO_BROADCAST": unix.SO_BROADCAST, "SO_KEEPALIVE": unix.SO_KEEPALIVE, "SO_RCVBUF": unix.SO_RCVBUF,
	"SO_SNDBUF": unix.SO_SNDBUF, "SO_ERROR": unix.SO_ERROR, "SO_TYPE": unix.SO_TYPE, "SO_LINGER": unix.SO_LINGER,
	"SO_RCVLOWAT": unix.SO_RCVLOWAT, "SO_SNDLOWAT": unix.SO_SNDLOWAT, "SO_OOBINLINE": unix.SO_OOBINLINE,
	"SO_ACCEPTCONN": unix.SO_ACCEPTCONN, "SO_DOMAIN": unix.SO_DOMAIN, "SO_PROTOCOL": unix.SO_PROTOCOL,
	"SO_BINDTODEVICE": unix.SO_BINDTODEVICE, "SOMAXCONN": unix.SOMAXCONN,

	"IPPROTO_IP": unix.IPPROTO_IP, "IPPROTO_TCP": unix.IPPROTO_TCP, "IPPROTO_UDP": unix.IPPROTO_UDP,
	"IPPROTO_IPV6": unix.IPPROTO_IPV6, "IPPROTO_ICMP": unix.IPPROTO_ICMP, "IPPROTO_ICMPV6": unix.IPPROTO_ICMPV6,
	"IPPROTO_RAW": unix.IPPROTO_RAW,
	"IP_TTL":      unix.IP_TTL, "IP_TOS": unix.IP_TOS, "IP_MULTICAST_TTL": unix.IP_MULTICAST_TTL,
	"IP_MULTICAST_LOOP": unix.IP_MULTICAST_LOOP, "IP_ADD_MEMBERSHIP": unix.IP_ADD_MEMBERSHIP,
	"IPV6_V6ONLY": unix.IPV6_V6ONLY, "IPV6_UNICAST_HOPS": unix.IPV6_UNICAST_HOPS,
	"TCP_NODELAY": unix.TCP_NODELAY, "TCP_MAXSEG": unix.TCP_MAXSEG, "TCP_KEEPIDLE": unix.TCP_KEEPIDLE,
	"TCP_KEEPINTVL": unix.TCP_KEEPINTVL, "TCP_KEEPCNT": unix.TCP_KEEPCNT, "TCP_QUICKACK": unix.TCP_QUICKACK,

	"SHUT_RD": unix.SHUT_RD, "SHUT_WR": unix.SHUT_WR, "SHUT_RDWR": unix.SHUT_RDWR,
	"MSG_PEEK": unix.MSG_PEEK, "MSG_WAITALL": unix.MSG_WAITALL, "MSG_DONTWAIT": unix.MSG_DONTWAIT,
	"MSG_OOB": unix.MSG_OOB, "MSG_TRUNC": unix.MSG_TRUNC, "MSG_NOSIGNAL": unix.MSG_NOSIGNAL,

	"AI_PASSIVE": aiPassive, "AI_CANONNAME": aiCanonname, "AI_NUMERICHOST": aiNumerichost,
	"AI_NUMERICSERV": aiNumericserv, "AI_ADDRCONFIG": aiAddrconfig, "AI_V4MAPPED": aiV4mapped, "AI_ALL": aiAll,
	"EAI_AGAIN": eaiAgain, "EAI_FAIL": eaiFail, "EAI_FAMILY": eaiFamily, "EAI_NONAME": eaiNoname,
	"EAI_SERVICE": eaiService, "EAI_NODATA": eaiNodata,

	// errno names, as Python's errno module has them, so a script can
	// compare connect_ex's result or catch(...).error.errno by name.
	"EAGAIN": int(unix.EAGAIN), "EWOULDBLOCK": int(unix.EWOULDBLOCK), "EINPROGRESS": int(unix.EINPROGRESS),
	"EALREADY": int(unix.EALREADY), "EISCONN": int(unix.EISCONN), "ENOTCONN": int(unix.ENOTCONN),
	"ECONNREFUSED": int(unix.ECONNREFUSED), "ECONNRESET": int(unix.ECONNRESET), "ECONNABORTED": int(unix.ECONNABORTED),
	"ETIMEDOUT": int(unix.ETIMEDOUT), "EHOSTUNREACH": int(unix.EHOSTUNREACH), "ENETUNREACH": int(unix.ENETUNREACH),
	"EADDRINUSE": int(unix.EADDRINUSE), "EADDRNOTAVAIL": int(unix.EADDRNOTAVAIL), "EPIPE": int(unix.EPIPE),
	"EBADF": int(unix.EBADF), "EINTR": int(unix.EINTR), "EINVAL": int(unix.EINVAL), "EACCES": int(unix.EACCES),
	"EPERM": int(unix.EPERM), "ENOENT": int(unix.ENOENT), "EMSGSIZE": int(unix.EMSGSIZE),
}

// getaddrinfo's flags and error numbers (glibc's <netdb.h>).
const (
	aiPassive     = 0x1
	aiCanonname   = 0x2
	aiNumerichost = 0x4
	aiV4mapped    = 0x8
	aiAll         = 0x10
	aiAddrconfig  = 0x20
	aiNumericserv = 0x400

	eaiAgain   = -3
	eaiFail    = -4
	eaiFamily  = -6
	eaiNoname  = -2
	eaiService = -8
	eaiNodata  = -5
	eaiAfNoSup = -9 // EAI_ADDRFAMILY: "Address family for hostname not supported"
)

func init() {
	// The module and its value type are both named "socket", as in
	// Python, so they share one doc.
	doc.Type("socket", `TCP, UDP and Unix-domain sockets, as Python's socket module and socket.socket.
Make a socket with socket.socket(family=AF_INET, type=SOCK_STREAM, proto=0),
socket.create_connection, socket.create_server, or the shortcuts
connect(host, port), listen(port), udp(). Sockets block until done unless
given a timeout (settimeout); Ctrl-C interrupts any blocking call.
Send and receive bytes: "text".encode() encodes, b.decode() decodes.
socket.trace(True) hexdumps all traffic.`)
}
