// netrepl patch: the identity of a position's file.

package syntax

// FileID identifies the parse a position comes from: every Parse has its
// own, though many have the same name (each chunk typed at netrepl's
// prompt is "<stdin>"), so that a traceback can show the line of the
// chunk a function was defined in.
func (p Position) FileID() *string { return p.file }
