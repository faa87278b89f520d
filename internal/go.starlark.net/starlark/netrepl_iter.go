package starlark

// ThreadIterable is an Iterable whose iteration needs the thread running
// the loop: a file over a socket, whose next line may have to be waited
// for (netrepl gives up its interpreter lock while waiting and must
// honour Ctrl-C, both of which are the thread's). A for loop or a
// comprehension calls IterateThread; other callers (list(), sorted())
// call Iterate, as before.
type ThreadIterable interface {
	Iterable
	IterateThread(thread *Thread) Iterator
}

// ErrIterator is an Iterator that can fail: once Next has returned
// false, Err is the error the loop raises (nil at the normal end). Only
// for and comprehensions look at it, with PythonSemantics.
type ErrIterator interface {
	Iterator
	Err() error
}

// iterateOn is the iterator of a for loop or comprehension over x.
func iterateOn(thread *Thread, x Value) Iterator {
	if PythonSemantics {
		if ti, ok := x.(ThreadIterable); ok {
			return ti.IterateThread(thread)
		}
	}
	return Iterate(x)
}
