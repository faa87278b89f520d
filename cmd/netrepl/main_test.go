package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	if os.Getenv("NETREPL_RUN_MAIN") == "1" {
		// The pty tests run this test binary as netrepl itself.
		main()
	}
	testscript.Main(m, map[string]func(){
		"netrepl": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the CLI transcripts in testdata/script: each is a
// txtar file with the commands to run, the files they read and the
// output they must print. NETREPL_HISTORY points into the script's own
// directory so no test touches the user's history.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("NETREPL_HISTORY", env.WorkDir+"/.netrepl_history")
			return nil
		},
	})
}
