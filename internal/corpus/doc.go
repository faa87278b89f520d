// Package corpus is netrepl's differential test against CPython 3.11: a
// corpus of small Python programs (testdata/programs), what CPython does
// with each (testdata/expected.json, written by testdata/gen.py), and a
// test that runs every program through netrepl as `netrepl FILE` does and
// compares stdout, the uncaught error's type and its line (and column, for
// syntax errors).
//
// Programs netrepl does not run as CPython does yet are listed in
// testdata/known_failing.txt; the test accepts them, and fails when a
// program outside the list fails and when a listed program passes, so the
// list only shrinks:
//
//	go test ./internal/corpus -run Corpus -v            # the summary line
//	go test ./internal/corpus -run Corpus -show-known   # every failing program's diff
//	go test ./internal/corpus -run Corpus -update-known # rewrite the list
//	go test ./internal/corpus -run Corpus/fstr_          # some programs
//	python3 internal/corpus/testdata/gen.py              # after adding or editing programs
//
// Only tests live here.
package corpus
