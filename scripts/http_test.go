package scripts_test

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"netrepl/internal/startest"
)

var dateRE = regexp.MustCompile(`Date: (Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT`)

func TestHTTPServerNotebookRequest(t *testing.T) {
	addrs, _ := serve(t, "servers/http_server.star", 1, "0")
	c, err := net.DialTimeout("tcp", addrs["http_server"], 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	// The notebook's request, LF line ends and all.
	io.WriteString(c, "GET / HTTP/1.1\nHost: www.cnn.com\nUser-Agent: Advanced-Python/1.0\nAccept: */*\n\n")
	resp, err := io.ReadAll(c)
	if err != nil {
		t.Fatal(err)
	}
	if len(resp) != 560 {
		t.Errorf("response is %d bytes, the notebook's was 560:\n%s", len(resp), resp)
	}
	want := startest.NotebookResponse
	got := string(resp)
	date := dateRE.FindString(got)
	if date == "" {
		t.Fatalf("no Date header in\n%s", got)
	}
	d, err := time.Parse(http.TimeFormat, strings.TrimPrefix(date, "Date: "))
	if err != nil || time.Since(d).Abs() > time.Minute {
		t.Errorf("Date %q is not now (%v)", date, err)
	}
	if got = strings.Replace(got, date, "Date: Thu, 24 Sep 2020 22:29:23 GMT", 1); got != want {
		t.Errorf("response:\n%q\nwant\n%q", got, want)
	}
}

func TestHTTPServerGoClient(t *testing.T) {
	addrs, _ := serve(t, "servers/http_server.star", 1, "0")
	client := &http.Client{
		Timeout:       5 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	// Several clients at once: a thread per connection.
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			path := fmt.Sprintf("/page/%d?q=1", i)
			resp, err := client.Get("http://" + addrs["http_server"] + path)
			if err != nil {
				t.Error(err)
				return
			}
			resp.Body.Close()
			if resp.StatusCode != 301 || resp.Header.Get("Location") != "https://"+addrs["http_server"]+path ||
				resp.Header.Get("Server") != "Varnish" || len(resp.Header.Values("Set-Cookie")) != 3 || resp.ContentLength != 0 {
				t.Errorf("%s: %d %v", path, resp.StatusCode, resp.Header)
			}
		}(i)
	}
	wg.Wait()

	// A request that is not HTTP gets a 400, and the server goes on.
	c, err := net.DialTimeout("tcp", addrs["http_server"], 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	c.SetDeadline(time.Now().Add(5 * time.Second))
	io.WriteString(c, "HELLO\r\n\r\n")
	resp, _ := io.ReadAll(c)
	c.Close()
	if !strings.HasPrefix(string(resp), "HTTP/1.1 400 Bad Request\r\n") {
		t.Errorf("garbage request: %q", resp)
	}
	if r, err := client.Get("http://" + addrs["http_server"] + "/"); err != nil || r.StatusCode != 301 {
		t.Errorf("after a bad request: %v %v", r, err)
	}
}

func TestHTTPServerCurl(t *testing.T) {
	curl := program(t, "curl", "curl")
	addrs, _ := serve(t, "servers/http_server.star", 1, "0")
	out, err := exec.Command(curl, "-si", "--max-time", "5", "http://"+addrs["http_server"]+"/x").Output()
	if err != nil {
		t.Fatalf("curl: %v\n%s", err, out)
	}
	for _, want := range []string{"HTTP/1.1 301 Moved Permanently\r\n", "Location: https://" + addrs["http_server"] + "/x\r\n", "Server: Varnish\r\n"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("curl -si: no %q in\n%s", want, out)
		}
	}
}

func TestHTTPGetStandIn(t *testing.T) {
	addrs, _ := serve(t, "servers/http_server.star", 1, "0")
	out, errOut, code := run(t, "lab/http_get.star", "http://"+addrs["http_server"]+"/")
	if code != 0 || !strings.HasPrefix(out, "HTTP/1.1 301 Moved Permanently\n") ||
		!strings.Contains(errOut, "not following the redirect to https://"+addrs["http_server"]+"/") {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
}

func TestHTTPGetHTTPTest(t *testing.T) {
	var mu sync.Mutex
	var seen []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen = append(seen, r.Method+" "+r.URL.String()+" host="+r.Host+" close="+fmt.Sprint(r.Close))
		mu.Unlock()
		switch r.URL.Path {
		case "/start":
			http.Redirect(w, r, "/next?x=1", http.StatusFound)
		case "/next":
			w.Header().Set("X-Lab", "yes")
			w.Header().Set("Content-Type", "text/plain")
			// Flushed in parts: Go's server sends these chunked.
			for i := 0; i < 3; i++ {
				fmt.Fprintf(w, "part %d of the page\n", i)
				w.(http.Flusher).Flush()
			}
		case "/missing":
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	out, errOut, code := run(t, "lab/http_get.star", srv.URL+"/start")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{
		"HTTP/1.1 302 Found\n",
		"Location: /next?x=1\n",
		"HTTP/1.1 200 OK\n",
		"Transfer-Encoding: chunked\n",
		"X-Lab: yes\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	if !strings.HasSuffix(out, "\n\npart 0 of the page\npart 1 of the page\npart 2 of the page\n") {
		t.Errorf("body not de-chunked at the end of\n%q", out)
	}
	if !strings.Contains(errOut, "following the redirect to "+srv.URL+"/next?x=1") {
		t.Errorf("stderr: %q", errOut)
	}
	host := strings.TrimPrefix(srv.URL, "http://")
	mu.Lock()
	got := strings.Join(seen, "\n")
	mu.Unlock()
	if want := "GET /start host=" + host + " close=true\nGET /next?x=1 host=" + host + " close=true"; got != want {
		t.Errorf("requests:\n%s\nwant\n%s", got, want)
	}

	out, _, code = run(t, "lab/http_get.star", srv.URL+"/missing")
	if code != 1 || !strings.HasPrefix(out, "HTTP/1.1 404 Not Found\n") {
		t.Errorf("404: exit %d\n%s", code, out)
	}
}

func TestHTTPGetNginx(t *testing.T) {
	nginx := program(t, "nginx", "nginx-light")
	dir := t.TempDir()
	www := filepath.Join(dir, "www")
	os.Mkdir(www, 0o755)
	page := "<h1>netrepl lab page</h1>\n"
	os.WriteFile(filepath.Join(www, "page.html"), []byte(page), 0o644)
	port := freePort(t, "tcp")
	conf := fmt.Sprintf(`daemon off;
master_process off;
worker_processes 1;
pid %[1]s/nginx.pid;
error_log stderr warn;
events { worker_connections 64; }
http {
	access_log off;
	client_body_temp_path %[1]s/body;
	proxy_temp_path %[1]s/proxy;
	fastcgi_temp_path %[1]s/fastcgi;
	types { text/html html; }
	server {
		listen 127.0.0.1:%[2]d;
		server_name localhost;
		location = / { return 301 /page.html; }
		location / { root %[3]s; }
	}
}
`, dir, port, www)
	confPath := filepath.Join(dir, "nginx.conf")
	os.WriteFile(confPath, []byte(conf), 0o644)
	_, output := daemon(t, nginx, "-e", "stderr", "-p", dir, "-c", confPath)
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	waitTCP(t, addr, output)

	out, errOut, code := run(t, "lab/http_get.star", "http://"+addr+"/")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{
		"HTTP/1.1 301 Moved Permanently\n",
		"Location: http://" + addr + "/page.html\n",
		"HTTP/1.1 200 OK\n",
		"Server: nginx",
		fmt.Sprintf("Content-Length: %d\n", len(page)),
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	if !strings.HasSuffix(out, "\n\n"+page) {
		t.Errorf("page not at the end of\n%s", out)
	}
}
