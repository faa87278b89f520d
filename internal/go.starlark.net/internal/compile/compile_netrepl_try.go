// netrepl patch: code for Python's try and raise statements
// (FileOptions.Python).
//
// A try body runs between SETUPEXCEPT<handler> and POPEXCEPT: the
// interpreter keeps a stack of handlers per frame, and an error in a
// frame with a handler unwinds the operand and iterator stacks to where
// SETUPEXCEPT left them, pushes the exception, records it as being
// handled, and jumps to the handler. Code that has no try statement pays
// nothing. A finally clause is compiled twice: inline on every way out
// of the body (falling off its end, return, break, continue: the
// "unwinds" below), and as a handler that runs it and re-raises.

package compile

import "go.starlark.net/syntax"

// A setup is a SETUPEXCEPT instruction of a block (insn is its index)
// and the block of its handler; depth is the operand stack's depth there.
type setup struct {
	insn    int
	handler *block
	depth   int
}

func setHandlerDepth(b *block, i, depth int) {
	for k := range b.setups {
		if b.setups[k].insn == i {
			b.setups[k].depth = depth
		}
	}
}

// An unwind is what leaving an enclosing try statement's part takes.
type unwind struct {
	kind    unwindKind
	finally []syntax.Stmt // uwFinally: the clause to run
}

type unwindKind int

const (
	uwExcept     unwindKind = iota // in a try body: POPEXCEPT
	uwFinally                      // in a try body with finally: POPEXCEPT, then the finally clause
	uwHandler                      // in an except clause: POPEXC
	uwFinallyExc                   // in a finally clause run for an exception (on the stack): POP, POPEXC
	uwValue                        // a return value waits on the stack under a finally clause: POP
	uwWith                         // in a with block: WITHEXIT
)

// unwindTo emits what leaving the try statements above depth n takes,
// innermost first; ret: for a return (whose value is on the stack).
func (fcomp *fcomp) unwindTo(n int, ret bool) {
	for i := len(fcomp.unwinds) - 1; i >= n; i-- {
		u := fcomp.unwinds[i]
		switch u.kind {
		case uwExcept:
			fcomp.emit(POPEXCEPT)
		case uwFinally:
			fcomp.emit(POPEXCEPT)
			saved := fcomp.unwinds
			fcomp.unwinds = append(saved[:i:i], unwind{kind: uwValue})
			if !ret {
				fcomp.unwinds = fcomp.unwinds[:i]
			}
			fcomp.stmts(u.finally)
			fcomp.unwinds = saved
			if fcomp.block == nil {
				return
			}
		case uwHandler:
			fcomp.emit(POPEXC)
		case uwFinallyExc:
			if !ret {
				fcomp.emit(POP)
			}
			fcomp.emit(POPEXC)
		case uwValue:
			if !ret {
				fcomp.emit(POP)
			}
		case uwWith:
			fcomp.emit(WITHEXIT)
		}
	}
}

// setupExcept emits SETUPEXCEPT with handler h.
func (fcomp *fcomp) setupExcept(h *block) {
	fcomp.block.setups = append(fcomp.block.setups, setup{insn: len(fcomp.block.insns), handler: h})
	fcomp.emit1(SETUPEXCEPT, 0) // address patched at layout
}

// tryStmt compiles a try or raise statement and reports whether stmt
// was one.
func (fcomp *fcomp) tryStmt(stmt syntax.Stmt) bool {
	switch stmt := stmt.(type) {
	case *syntax.TryStmt:
		if stmt.Finally != nil {
			fcomp.tryFinally(stmt)
		} else {
			fcomp.tryExcept(stmt)
		}
		return true

	case *syntax.RaiseStmt:
		var n uint32
		if stmt.X != nil {
			fcomp.expr(stmt.X)
			n++
			if stmt.Cause != nil {
				fcomp.expr(stmt.Cause)
				n++
			}
		}
		fcomp.setPos(stmt.Raise)
		fcomp.emit1(RAISE, n)
		fcomp.block = fcomp.newBlock() // dead code
		return true
	}
	return false
}

// tryFinally compiles try ... finally (with any except and else
// clauses inside it, as Python's grammar nests them).
func (fcomp *fcomp) tryFinally(stmt *syntax.TryStmt) {
	handler := fcomp.newBlock()
	done := fcomp.newBlock()

	fcomp.setupExcept(handler)
	fcomp.unwinds = append(fcomp.unwinds, unwind{kind: uwFinally, finally: stmt.Finally})
	if len(stmt.Handlers) > 0 {
		fcomp.tryExcept(stmt)
	} else {
		fcomp.stmts(stmt.Body)
	}
	fcomp.unwinds = fcomp.unwinds[:len(fcomp.unwinds)-1]
	if fcomp.block != nil {
		fcomp.emit(POPEXCEPT)
		fcomp.stmts(stmt.Finally)
		if fcomp.block != nil {
			fcomp.jump(done)
		}
	}

	// An error: run the clause, then raise the exception again.
	fcomp.block = handler
	fcomp.unwinds = append(fcomp.unwinds, unwind{kind: uwFinallyExc})
	fcomp.stmts(stmt.Finally)
	fcomp.unwinds = fcomp.unwinds[:len(fcomp.unwinds)-1]
	if fcomp.block != nil {
		fcomp.setPos(stmt.FinallyPos)
		fcomp.emit(RERAISE)
	}
	fcomp.block = done
}

// tryExcept compiles try ... except ... [else].
func (fcomp *fcomp) tryExcept(stmt *syntax.TryStmt) {
	handler := fcomp.newBlock()
	done := fcomp.newBlock()

	fcomp.setupExcept(handler)
	fcomp.unwinds = append(fcomp.unwinds, unwind{kind: uwExcept})
	fcomp.stmts(stmt.Body)
	fcomp.unwinds = fcomp.unwinds[:len(fcomp.unwinds)-1]
	if fcomp.block != nil {
		fcomp.emit(POPEXCEPT)
		fcomp.stmts(stmt.Else)
		if fcomp.block != nil {
			fcomp.jump(done)
		}
	}

	fcomp.block = handler // the exception is on the stack
	for _, h := range stmt.Handlers {
		next := fcomp.newBlock()
		if h.Type != nil {
			match := fcomp.newBlock()
			fcomp.emit(DUP)
			fcomp.expr(h.Type)
			fcomp.setPos(h.Except)
			fcomp.emit(EXCMATCH)
			fcomp.condjump(CJMP, match, next)
			fcomp.block = match
		}
		if h.Name != nil {
			fcomp.assign(h.Except, h.Name)
		} else {
			fcomp.emit(POP)
		}
		fcomp.unwinds = append(fcomp.unwinds, unwind{kind: uwHandler})
		fcomp.stmts(h.Body)
		fcomp.unwinds = fcomp.unwinds[:len(fcomp.unwinds)-1]
		if fcomp.block != nil {
			fcomp.emit(POPEXC)
			if h.Name != nil {
				// as Python: the name is gone after the clause
				fcomp.emit(NONE)
				fcomp.assign(h.Except, h.Name)
				fcomp.del(h.Name)
			}
			fcomp.jump(done)
		}
		fcomp.block = next
		if h.Type == nil {
			fcomp.block = nil // a bare except: catches all
			break
		}
	}
	if fcomp.block != nil {
		fcomp.emit(RERAISE) // no clause matched
	}
	fcomp.block = done
}
