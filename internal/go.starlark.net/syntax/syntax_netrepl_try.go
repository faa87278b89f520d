// netrepl patch: Python's try statement and raise (FileOptions.Python).

package syntax

func (*TryStmt) stmt()   {}
func (*RaiseStmt) stmt() {}

// A TryStmt is Python's try statement:
//
//	try: Body
//	except T as Name: ...   (Handlers; T and Name may be nil)
//	else: Else
//	finally: Finally
type TryStmt struct {
	commentsRef
	Try        Position
	Body       []Stmt
	Handlers   []*ExceptClause
	ElsePos    Position // invalid if there is no else clause
	Else       []Stmt
	FinallyPos Position // invalid if there is no finally clause
	Finally    []Stmt
}

// An ExceptClause is one except clause of a try statement.
type ExceptClause struct {
	Except Position
	Type   Expr // nil for a bare except:
	Name   Expr // the name after as (an *Ident, which a rewrite may replace by a target), or nil
	Body   []Stmt
}

func (x *TryStmt) Span() (start, end Position) {
	var last []Stmt
	switch {
	case x.Finally != nil:
		last = x.Finally
	case x.Else != nil:
		last = x.Else
	case len(x.Handlers) > 0:
		last = x.Handlers[len(x.Handlers)-1].Body
	default:
		last = x.Body
	}
	_, end = last[len(last)-1].Span()
	return x.Try, end
}

// A RaiseStmt is Python's raise statement: raise [X [from Cause]].
type RaiseStmt struct {
	commentsRef
	Raise Position
	X     Expr // nil for a bare raise
	Cause Expr // may be nil
}

func (x *RaiseStmt) Span() (start, end Position) {
	end = x.Raise.add("raise")
	if x.Cause != nil {
		_, end = x.Cause.Span()
	} else if x.X != nil {
		_, end = x.X.Span()
	}
	return x.Raise, end
}

func walkTryStmt(n Node, f func(Node) bool) {
	switch n := n.(type) {
	case *TryStmt:
		walkStmts(n.Body, f)
		for _, h := range n.Handlers {
			if h.Type != nil {
				Walk(h.Type, f)
			}
			if h.Name != nil {
				Walk(h.Name, f)
			}
			walkStmts(h.Body, f)
		}
		walkStmts(n.Else, f)
		walkStmts(n.Finally, f)
	case *RaiseStmt:
		if n.X != nil {
			Walk(n.X, f)
		}
		if n.Cause != nil {
			Walk(n.Cause, f)
		}
	}
}

// parseTryStmt parses a try statement; the current token is TRY.
func (p *parser) parseTryStmt() Stmt {
	stmt := &TryStmt{Try: p.nextToken()}
	p.consume(COLON)
	stmt.Body = p.parseSuite()
	var bare Position // of a bare except:, which must be the last
	for p.tok == EXCEPT {
		if bare.IsValid() {
			p.in.error(bare, "default 'except:' must be last")
		}
		h := &ExceptClause{Except: p.nextToken()}
		if p.tok != COLON {
			h.Type = p.parseTest()
			if p.tok == COMMA {
				// except A, B: is Python 2
				p.in.error(Start(h.Type), "multiple exception types must be parenthesized")
			}
			if p.tok == AS {
				p.nextToken()
				h.Name = p.parseIdent()
			}
		} else {
			bare = h.Except
		}
		p.consume(COLON)
		h.Body = p.parseSuite()
		stmt.Handlers = append(stmt.Handlers, h)
	}
	if p.tok == ELSE && len(stmt.Handlers) > 0 {
		stmt.ElsePos = p.nextToken()
		p.consume(COLON)
		stmt.Else = p.parseSuite()
	}
	if p.tok == FINALLY {
		stmt.FinallyPos = p.nextToken()
		p.consume(COLON)
		stmt.Finally = p.parseSuite()
	}
	if len(stmt.Handlers) == 0 && stmt.Finally == nil {
		pos := p.tokval.pos
		if p.tok == EOF || p.tok == OUTDENT {
			_, pos = stmt.Body[len(stmt.Body)-1].Span() // after the body's last line, as CPython
		}
		p.in.error(pos, "expected 'except' or 'finally' block")
	}
	return stmt
}

// parseRaiseStmt parses a raise statement; the current token is RAISE.
func (p *parser) parseRaiseStmt() Stmt {
	stmt := &RaiseStmt{Raise: p.nextToken()}
	switch p.tok {
	case NEWLINE, EOF, SEMI:
		return stmt
	}
	stmt.X = p.parseTest()
	if p.tok == FROM {
		p.nextToken()
		stmt.Cause = p.parseTest()
	}
	return stmt
}
