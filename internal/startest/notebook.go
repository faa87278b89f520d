package startest

import "strings"

// NotebookResponse is what www.cnn.com answered the notebook's raw GET
// in 2020 (In [5]): 560 bytes, the Varnish 301 that the HTTP stand-in and
// the socket tests' local server reproduce.
var NotebookResponse = strings.Join([]string{
	"HTTP/1.1 301 Moved Permanently",
	"Server: Varnish",
	"Retry-After: 0",
	"Content-Length: 0",
	"Cache-Control: public, max-age=600",
	"Location: https://www.cnn.com/",
	"Accept-Ranges: bytes",
	"Date: Thu, 24 Sep 2020 22:29:23 GMT",
	"Via: 1.1 varnish",
	"Connection: close",
	"Set-Cookie: countryCode=US; Domain=.cnn.com; Path=/; SameSite=Lax",
	"Set-Cookie: stateCode=GA; Domain=.cnn.com; Path=/; SameSite=Lax",
	"Set-Cookie: geoData=marietta|GA|30068|US|NA|-400|broadband|33.970|-84.430; Domain=.cnn.com; Path=/; SameSite=Lax",
	"X-Served-By: cache-pdk17868-PDK",
	"X-Cache: HIT",
	"X-Cache-Hits: 0",
	"", "",
}, "\r\n")
