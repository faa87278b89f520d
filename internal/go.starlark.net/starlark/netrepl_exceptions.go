// netrepl patch: Python's exceptions (FileOptions.Python compiles try and
// raise; see internal/compile/compile_netrepl_try.go). An exception is an
// *Exception value whose class is a *Type in Python's hierarchy
// (BaseException > Exception > OSError > ConnectionError > ...). A Go
// error reaching a try statement becomes one: an error that implements
// ExceptionError names its class and args (PyError does, and netrepl's
// pyerr.Error); ClassifyError names the others (netrepl sets it to
// pyerr's classification, so catch() and except agree).

package starlark

import (
	"errors"

	"fmt"
	"go.starlark.net/internal/compile"
	"strings"
	"sync"
	"syscall"
)

// ExceptionError is an error that is an instance of a Python exception
// class: its class's name ("ConnectionRefusedError", "struct.error"),
// its args (e.args: (errno, strerror) for an OSError with an errno) and
// str(e).
type ExceptionError interface {
	error
	PyException() (class string, args Tuple, str string)
}

// ClassifyError, if set, gives an error that is no ExceptionError its
// Python class (netrepl: pyerr.Classify, which names Starlark's own
// errors by their text). Without it such an error is an Exception.
var ClassifyError func(err error) ExceptionError

// InterruptCaught, if set, is called when a try statement catches a
// KeyboardInterrupt: it must clear the thread's cancellation
// (thread.Uncancel) once the interrupt that set it is complete; netrepl
// also gives the thread a fresh context there, so that the script goes
// on.
var InterruptCaught func(thread *Thread)

// KeyError is Python's KeyError(key): its str is the key's repr.
func KeyError(key Value) error { return &keyError{key} }

type keyError struct{ key Value }

func (e *keyError) Error() string { return "KeyError: " + pyRepr(e.key) }
func (e *keyError) PyException() (string, Tuple, string) {
	return "KeyError", Tuple{e.key}, pyRepr(e.key)
}

// pyKeyErr is err, or with PythonSemantics KeyError(key).
func pyKeyErr(err error, key Value) error {
	if !PythonSemantics {
		return err
	}
	return KeyError(key)
}

func (e *PyError) PyException() (string, Tuple, string) {
	if e.Msg == "" {
		return e.Type, nil, ""
	}
	return e.Type, Tuple{String(e.Msg)}, e.Msg
}

// A PyStringer is a value whose str() differs from its repr (an
// exception; later, an instance of a class with __str__).
type PyStringer interface {
	Value
	PyStr() string
}

// An Exception is an instance of an exception class.
type Exception struct {
	class    *Type
	args     Tuple
	str      *string    // str(e), when it is not made from args (an error from Go)
	cause    *Exception // __cause__, or nil (None)
	context  *Exception // __context__: the exception being handled when it was raised, or nil
	suppress bool       // __suppress_context__ (raise ... from)
	caught   int32      // the depth of the frame that last caught it, or 0
	err      error      // the error as last raised (with its traceback), or nil
	// Where err was raised, if err has no traceback yet: the depth of the
	// thread's stack at the frame that caught it, and that frame's pc
	// (the frames below it do not move while it handles the exception).
	tbFrame *frame
	tbDepth int32
	tbPC    uint32
	// A user class deriving from Exception makes its instances
	// Exceptions whose class is the user's *Type, with a dict of
	// attributes here (netrepl_class.go).
	dict map[string]Value
}

var (
	_ HasAttrs       = (*Exception)(nil)
	_ HasPyType      = (*Exception)(nil)
	_ ExceptionError = (*Exception)(nil)
)

// NewException returns an instance of class with args.
func NewException(class *Type, args Tuple) *Exception {
	return &Exception{class: class, args: args}
}

func (e *Exception) PyType() *Type         { return e.class }
func (e *Exception) Type() string          { return e.class.name }
func (e *Exception) Freeze()               { e.args.Freeze() }
func (e *Exception) Truth() Bool           { return True }
func (e *Exception) Hash() (uint32, error) { return String(fmt.Sprintf("%p", e)).Hash() }

// Class is the exception's class.
func (e *Exception) Class() *Type { return e.class }

// Args is e.args.
func (e *Exception) Args() Tuple { return e.args }

// Cause is e.__cause__ (None or an exception).
func (e *Exception) Cause() Value {
	if e.cause == nil {
		return None
	}
	return e.cause
}

func (e *Exception) qualName() string {
	if e.class.module != "" && e.class.module != "builtins" && e.class.module != "__main__" {
		return e.class.module + "." + e.class.name
	}
	return e.class.name
}

// SetField sets an attribute of an instance of a user class.
func (e *Exception) SetField(name string, v Value) error {
	if e.class.class == nil {
		return &PyError{Type: "AttributeError", Msg: fmt.Sprintf("'%s' object attribute '%s' is read-only", e.class.name, name)}
	}
	if e.dict == nil {
		e.dict = make(map[string]Value)
	}
	e.dict[name] = v
	return nil
}

// String is repr(e): ValueError('x').
func (e *Exception) String() string {
	if e.class.class != nil { // a user class's __repr__
		if v, ok, err := special(e, e.class, "__repr__"); ok && err == nil {
			if s, ok := v.(String); ok {
				return string(s)
			}
		}
	}
	var b strings.Builder
	b.WriteString(e.class.name)
	if len(e.args) == 1 {
		b.WriteString("(")
		writeValue(&b, e.args[0], nil)
		b.WriteString(")")
	} else {
		writeValue(&b, e.args, nil)
	}
	return b.String()
}

// PyStr is str(e).
func (e *Exception) PyStr() string {
	if e.class.class != nil { // a user class's __str__
		if v, ok, err := special(e, e.class, "__str__"); ok && err == nil {
			if s, ok := v.(String); ok {
				return string(s)
			}
		}
	}
	if e.str != nil {
		return *e.str
	}
	switch len(e.args) {
	case 0:
		return ""
	case 1:
		if e.class.IsSubtype(excKeyError) {
			return e.args[0].String()
		}
		if s, ok := e.args[0].(String); ok {
			return string(s)
		}
		return e.args[0].String()
	}
	if n, s, ok := e.oserror(); ok {
		return fmt.Sprintf("[Errno %s] %s", n.String(), s)
	}
	return e.args.String()
}

// oserror returns errno and strerror of an OSError made with two args.
func (e *Exception) oserror() (Value, string, bool) {
	if len(e.args) == 2 && e.class.IsSubtype(excOSError) {
		if _, ok := e.args[0].(Int); ok {
			s, ok := e.args[1].(String)
			if !ok {
				return e.args[0], e.args[1].String(), true
			}
			return e.args[0], string(s), true
		}
	}
	return nil, "", false
}

// Error is the error's text as the last line of Python's traceback.
func (e *Exception) Error() string {
	s := e.PyStr()
	if s == "" {
		return e.qualName()
	}
	return e.qualName() + ": " + s
}

func (e *Exception) PyException() (string, Tuple, string) {
	return e.qualName(), e.args, e.PyStr()
}

func (e *Exception) Attr(name string) (Value, error) {
	if e.class.class != nil { // an instance of a user class
		if v, ok := e.dict[name]; ok {
			return v, nil
		}
		if v, err := classAttr(e, e.class, name); v != nil || err != nil {
			return v, err
		}
	}
	switch name {
	case "args":
		return e.args, nil
	case "__cause__":
		return e.Cause(), nil
	case "__context__":
		if e.context == nil {
			return None, nil
		}
		return e.context, nil
	case "__suppress_context__":
		return Bool(e.suppress), nil
	case "__traceback__":
		return None, nil
	case "__class__":
		return e.class, nil
	case "errno", "strerror":
		if !e.class.IsSubtype(excOSError) {
			break
		}
		n, s, ok := e.oserror()
		if !ok {
			return None, nil
		}
		if name == "errno" {
			return n, nil
		}
		return String(s), nil
	case "filename", "filename2":
		if e.class.IsSubtype(excOSError) {
			return None, nil
		}
	case "code":
		if e.class.name == "SystemExit" {
			if len(e.args) == 0 {
				return None, nil
			}
			return e.args[0], nil
		}
	}
	return nil, nil
}

func (e *Exception) AttrNames() []string {
	names := []string{"args", "__cause__", "__context__", "__traceback__"}
	if e.class.IsSubtype(excOSError) {
		names = append(names, "errno", "strerror", "filename", "filename2")
	}
	return names
}

// The exception classes, by qualified name ("ValueError", "socket.gaierror").
var (
	excMu      sync.Mutex
	excClasses = map[string]*Type{}
)

var excBaseException, excException, excOSError, excKeyError, excKeyboardInterrupt *Type

// ExceptionClass returns the exception class named name (qualified by
// its module for a module's class: "struct.error"), or nil.
func ExceptionClass(name string) *Type {
	excMu.Lock()
	defer excMu.Unlock()
	return excClasses[name]
}

// NewExceptionClass returns the exception class name (module-qualified
// unless built in) deriving from base, making it if it does not exist.
func NewExceptionClass(name string, base *Type) *Type {
	excMu.Lock()
	defer excMu.Unlock()
	if t, ok := excClasses[name]; ok {
		return t
	}
	module, short := "", name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		module, short = name[:i], name[i+1:]
	}
	t := NewType(short, module, nil)
	t.base = base
	t.call = NewBuiltin(short, func(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
		if len(kwargs) > 0 {
			return nil, &PyError{Type: "TypeError", Msg: short + "() takes no keyword arguments"}
		}
		return NewException(t, args), nil // the interpreter's args are the call's own
	})
	excClasses[name] = t
	return t
}

// exceptionHierarchy: each class and its base, in CPython 3.11's tree.
var exceptionHierarchy = [][2]string{
	{"BaseException", ""},
	{"Exception", "BaseException"},
	{"KeyboardInterrupt", "BaseException"},
	{"SystemExit", "BaseException"},
	{"GeneratorExit", "BaseException"},
	{"ArithmeticError", "Exception"},
	{"ZeroDivisionError", "ArithmeticError"},
	{"OverflowError", "ArithmeticError"},
	{"FloatingPointError", "ArithmeticError"},
	{"AssertionError", "Exception"},
	{"AttributeError", "Exception"},
	{"BufferError", "Exception"},
	{"EOFError", "Exception"},
	{"ImportError", "Exception"},
	{"ModuleNotFoundError", "ImportError"},
	{"LookupError", "Exception"},
	{"IndexError", "LookupError"},
	{"KeyError", "LookupError"},
	{"MemoryError", "Exception"},
	{"NameError", "Exception"},
	{"UnboundLocalError", "NameError"},
	{"OSError", "Exception"},
	{"BlockingIOError", "OSError"},
	{"ChildProcessError", "OSError"},
	{"ConnectionError", "OSError"},
	{"BrokenPipeError", "ConnectionError"},
	{"ConnectionAbortedError", "ConnectionError"},
	{"ConnectionRefusedError", "ConnectionError"},
	{"ConnectionResetError", "ConnectionError"},
	{"FileExistsError", "OSError"},
	{"FileNotFoundError", "OSError"},
	{"InterruptedError", "OSError"},
	{"IsADirectoryError", "OSError"},
	{"NotADirectoryError", "OSError"},
	{"PermissionError", "OSError"},
	{"ProcessLookupError", "OSError"},
	{"TimeoutError", "OSError"},
	{"ReferenceError", "Exception"},
	{"RuntimeError", "Exception"},
	{"NotImplementedError", "RuntimeError"},
	{"RecursionError", "RuntimeError"},
	{"StopIteration", "Exception"},
	{"SyntaxError", "Exception"},
	{"IndentationError", "SyntaxError"},
	{"TabError", "IndentationError"},
	{"SystemError", "Exception"},
	{"TypeError", "Exception"},
	{"ValueError", "Exception"},
	{"UnicodeError", "ValueError"},
	{"UnicodeDecodeError", "UnicodeError"},
	{"UnicodeEncodeError", "UnicodeError"},
	{"Warning", "Exception"},
	// modules' classes
	{"socket.gaierror", "OSError"},
	{"socket.herror", "OSError"},
	{"struct.error", "Exception"},
	{"binascii.Error", "ValueError"},
	{"binascii.Incomplete", "Exception"},
	{"queue.Empty", "Exception"},
	{"queue.Full", "Exception"},
}

func init() {
	for _, c := range exceptionHierarchy {
		t := NewExceptionClass(c[0], excClasses[c[1]])
		if !strings.Contains(c[0], ".") {
			pythonUniverse[c[0]] = t
		}
	}
	// aliases, as CPython has them
	excClasses["socket.timeout"] = excClasses["TimeoutError"]
	excClasses["socket.error"] = excClasses["OSError"]
	excClasses["IOError"] = excClasses["OSError"]
	excClasses["EnvironmentError"] = excClasses["OSError"]
	pythonUniverse["IOError"] = excClasses["OSError"]
	pythonUniverse["EnvironmentError"] = excClasses["OSError"]
	excBaseException = excClasses["BaseException"]
	excException = excClasses["Exception"]
	excOSError = excClasses["OSError"]
	excKeyError = excClasses["KeyError"]
	excKeyboardInterrupt = excClasses["KeyboardInterrupt"]
	// OSError(errno, strerror) is an instance of errno's class, as CPython's
	excOSError.call = NewBuiltin("OSError", func(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
		if len(kwargs) > 0 {
			return nil, &PyError{Type: "TypeError", Msg: "OSError() takes no keyword arguments"}
		}
		t := excOSError
		if len(args) >= 2 {
			if n, ok := args[0].(Int); ok {
				if i, ok := n.Int64(); ok {
					if c := ErrnoClass(int(i)); c != "" {
						if ct := ExceptionClass(c); ct != nil {
							t = ct
						}
					}
				}
			}
		}
		return NewException(t, args), nil
	})
}

// ErrnoClass names the OSError subclass of an errno as PEP 3151 does
// (ECONNREFUSED: "ConnectionRefusedError"), or "".
func ErrnoClass(errno int) string { return errnoClasses[syscall.Errno(errno)] }

var errnoClasses = map[syscall.Errno]string{
	syscall.EAGAIN: "BlockingIOError", syscall.EALREADY: "BlockingIOError",
	syscall.EINPROGRESS: "BlockingIOError", syscall.ECHILD: "ChildProcessError",
	syscall.EPIPE: "BrokenPipeError", syscall.ESHUTDOWN: "BrokenPipeError",
	syscall.ECONNABORTED: "ConnectionAbortedError", syscall.ECONNREFUSED: "ConnectionRefusedError",
	syscall.ECONNRESET: "ConnectionResetError", syscall.EEXIST: "FileExistsError",
	syscall.ENOENT: "FileNotFoundError", syscall.EISDIR: "IsADirectoryError",
	syscall.ENOTDIR: "NotADirectoryError", syscall.EINTR: "InterruptedError",
	syscall.EACCES: "PermissionError", syscall.EPERM: "PermissionError",
	syscall.ESRCH: "ProcessLookupError", syscall.ETIMEDOUT: "TimeoutError",
}

// IsExceptionClass reports whether v is an exception class.
func IsExceptionClass(v Value) bool {
	t, ok := v.(*Type)
	return ok && t.IsSubtype(excBaseException)
}

// AsException returns the exception that err is, made from err's
// class, args and message if it is not one already.
func AsException(err error) *Exception {
	var ee ExceptionError
	switch e := err.(type) {
	case *Exception:
		return e
	case *EvalError:
		if exc, ok := e.cause.(*Exception); ok {
			return exc
		}
		if k, ok := e.cause.(*keyError); ok {
			ee = k
		}
	case *keyError:
		ee = e
	}
	var exc *Exception
	if ee == nil && errors.As(err, &exc) {
		return exc
	}
	if ee == nil && !errors.As(err, &ee) {
		if ClassifyError != nil {
			ee = ClassifyError(err)
		}
		if ee == nil {
			msg := err.Error()
			var e *EvalError
			if errors.As(err, &e) {
				msg = e.Msg
			}
			if strings.HasPrefix(msg, "Starlark computation cancelled") {
				ee = &PyError{Type: "KeyboardInterrupt"}
			} else {
				ee = &PyError{Type: "Exception", Msg: msg}
			}
		}
	}
	if k, ok := ee.(*keyError); ok {
		return &Exception{class: excKeyError, args: Tuple{k.key}}
	}
	name, args, str := ee.PyException()
	class := ExceptionClass(name)
	if class == nil {
		class = NewExceptionClass(name, excException)
	}
	return &Exception{class: class, args: args, str: &str}
}

// tryState is a frame's try statements, made at its first.
type tryState struct {
	handlers []handler // the active ones, innermost last
	excBase  int       // len(thread.excStack) when the frame began its first try
}

// A handler is a try statement's handler, active in a frame.
type handler struct {
	pc    uint32 // where the handler's code starts
	sp    int    // the operand stack's depth at the try
	iters int    // the iterator stack's depth at the try
	withs int    // the with stack's depth at the try
	excs  int    // the depth of thread.excStack at the try
}

// catch makes err, raised in a frame with handler h, the exception
// being handled, and returns it. Should it be raised again, it keeps
// its traceback: an error raised in this frame has none yet, so the
// frames' pcs are kept, and decoded only then (raised).
func (thread *Thread) catch(err error, h handler) *Exception {
	var exc *Exception
	switch e := err.(type) {
	case *Exception:
		exc = e
	case *EvalError:
		exc = AsException(e)
	default:
		exc = AsException(err)
	}
	exc.err, exc.tbDepth, exc.caught = err, 0, int32(len(thread.stack))
	if _, ok := err.(*EvalError); !ok {
		fr := thread.stack[len(thread.stack)-1]
		exc.tbDepth, exc.tbPC, exc.tbFrame = int32(len(thread.stack)), fr.pc, fr
	}
	if exc.class.IsSubtype(excKeyboardInterrupt) {
		// Ctrl-C may reach a blocking call before the thread's own
		// cancellation is set: InterruptCaught (the embedder's) clears
		// both in its order; without one, clear the thread's here.
		if InterruptCaught != nil {
			InterruptCaught(thread)
		} else {
			thread.Uncancel()
		}
	}
	thread.excStack = append(thread.excStack[:h.excs], exc)
	return exc
}

// raise is the RAISE instruction: raise x [from cause], or (x nil) the
// exception being handled again.
func (thread *Thread) raise(x, cause Value) error {
	if x == nil {
		if n := len(thread.excStack); n > 0 {
			return thread.excStack[n-1].raised(thread)
		}
		return &PyError{Type: "RuntimeError", Msg: "No active exception to reraise"}
	}
	exc, err := thread.instantiate(x)
	if err != nil {
		return err
	}
	if n := len(thread.excStack); n > 0 && thread.excStack[n-1] != exc {
		// raised while handling another: its __context__, whose
		// traceback is made now, while its frames are there
		c := thread.excStack[n-1]
		if c.err != nil {
			c.raised(thread)
		}
		exc.context = c
	}
	if cause != nil {
		exc.suppress = true
		if cause == None {
			exc.cause = nil
		} else {
			c, err := thread.instantiate(cause)
			if err != nil {
				return &PyError{Type: "TypeError", Msg: "exception causes must derive from BaseException"}
			}
			if c.err != nil {
				c.raised(thread) // its traceback, for the report of the chain
			}
			exc.cause = c
		}
	}
	exc.err, exc.tbDepth, exc.tbFrame = nil, 0, nil
	return exc
}

func (thread *Thread) instantiate(x Value) (*Exception, error) {
	switch x := x.(type) {
	case *Exception:
		return x, nil
	case *Type:
		if x.IsSubtype(excBaseException) {
			v, err := Call(thread, x, nil, nil)
			if err != nil {
				return nil, err
			}
			if exc, ok := v.(*Exception); ok {
				return exc, nil
			}
		}
	}
	return nil, &PyError{Type: "TypeError", Msg: "exceptions must derive from BaseException"}
}

// raised is the error to return to raise e again as it was raised.
func (e *Exception) raised(thread *Thread) error {
	if e.tbDepth > 0 && (int(e.tbDepth) > len(thread.stack) || thread.stack[e.tbDepth-1] != e.tbFrame) {
		e.tbDepth, e.tbFrame = 0, nil // that frame is gone: no traceback
	}
	if e.tbDepth > 0 {
		// the frame that caught it is still on thread's stack
		stack := make(CallStack, e.tbDepth)
		for i, fr := range thread.stack[:e.tbDepth] {
			stack[i] = fr.asCallFrame()
		}
		top := *thread.stack[e.tbDepth-1]
		top.pc = e.tbPC
		stack[e.tbDepth-1] = top.asCallFrame()
		e.err, e.tbDepth, e.tbFrame = &EvalError{Msg: e.err.Error(), CallStack: stack, cause: e.err}, 0, nil
	}
	if e.err != nil {
		return e.err
	}
	return e
}

// CaughtDepth is the depth of the call stack at the frame that last
// caught e (0 if none did): CPython's e.__traceback__ starts there.
func (e *Exception) CaughtDepth() int { return int(e.caught) }

// Context is the exception CPython's traceback prints before e ("During
// handling of the above exception, another exception occurred"), or nil.
func (e *Exception) Context() *Exception {
	if e.suppress {
		return nil
	}
	return e.context
}

// Raised is the error e was last raised as (with its traceback), or
// nil if it has not been raised.
func (e *Exception) Raised() error { return e.err }

// reraise is the RERAISE instruction: no except clause matched exc, or
// a finally clause ended.
func (thread *Thread) reraise(x Value) error {
	if n := len(thread.excStack); n > 0 {
		thread.excStack = thread.excStack[:n-1]
	}
	return x.(*Exception).raised(thread)
}

// popExc is the POPEXC instruction: an except clause ended.
func (thread *Thread) popExc() {
	if n := len(thread.excStack); n > 0 {
		thread.excStack = thread.excStack[:n-1]
	}
}

// excMatch is the EXCMATCH instruction: except cls (a class, or a
// tuple of classes: CPython 3.11 refuses a tuple inside it).
func excMatch(x, cls Value) (Value, error) {
	match, err := excMatches(x.(*Exception).class, cls, true)
	if err != nil {
		return nil, err
	}
	return Bool(match), nil
}

func excMatches(class *Type, cls Value, top bool) (bool, error) {
	switch cls := cls.(type) {
	case *Type:
		if cls.IsSubtype(excBaseException) {
			return class.IsSubtype(cls), nil
		}
	case Tuple:
		if !top {
			break
		}
		match := false
		for _, c := range cls {
			m, err := excMatches(class, c, false)
			if err != nil {
				return false, err
			}
			match = match || m
		}
		return match, nil
	}
	return false, &PyError{Type: "TypeError", Msg: "catching classes that do not inherit from BaseException is not allowed"}
}

// CurrentException is the exception thread is handling (Python's
// sys.exception()), or nil.
func (thread *Thread) CurrentException() *Exception {
	if n := len(thread.excStack); n > 0 {
		return thread.excStack[n-1]
	}
	return nil
}

// tryOp executes the instructions of try and raise statements (all but
// the catch, which the run loop does).
//
//go:noinline
func (thread *Thread) tryOp(op compile.Opcode, arg uint32, stack []Value, sp int, tries **tryState, iters, withs int) (int, error) {
	switch op {
	case compile.SETUPEXCEPT:
		if *tries == nil {
			*tries = &tryState{excBase: len(thread.excStack)}
		}
		t := *tries
		t.handlers = append(t.handlers, handler{pc: arg, sp: sp, iters: iters, withs: withs, excs: len(thread.excStack)})
	case compile.POPEXCEPT:
		t := *tries
		t.handlers = t.handlers[:len(t.handlers)-1]
	case compile.POPEXC:
		thread.popExc()
	case compile.EXCMATCH:
		v, err := excMatch(stack[sp-2], stack[sp-1])
		if err != nil {
			return sp, err
		}
		stack[sp-2] = v
		sp--
	case compile.RERAISE:
		sp--
		return sp, thread.reraise(stack[sp])
	case compile.RAISE:
		var x, cause Value
		switch arg {
		case 2:
			x, cause = stack[sp-2], stack[sp-1]
		case 1:
			x = stack[sp-1]
		}
		sp -= int(arg)
		return sp, thread.raise(x, cause)
	default:
		return thread.classOp(op, arg, stack, sp) // netrepl_class.go
	}
	return sp, nil
}

// handle unwinds a frame to its innermost handler after err: the
// iterators and with blocks opened inside the try statement are left
// (the with blocks told of the error), and the exception is pushed where
// the try began. It returns the frame's new sp, pc and stacks.
func (thread *Thread) handle(tries *tryState, err error, stack []Value, iterstack []Iterator, withstack []ContextManager) (int, uint32, []Iterator, []ContextManager) {
	h := tries.handlers[len(tries.handlers)-1]
	tries.handlers = tries.handlers[:len(tries.handlers)-1]
	for len(iterstack) > h.iters {
		iterstack[len(iterstack)-1].Done()
		iterstack = iterstack[:len(iterstack)-1]
	}
	for len(withstack) > h.withs {
		n := len(withstack) - 1
		cm := withstack[n]
		withstack = withstack[:n]
		if e := cm.Exit(thread, err); e != nil {
			err = e
		}
	}
	stack[h.sp] = thread.catch(err, h)
	return h.sp + 1, h.pc, iterstack, withstack
}
