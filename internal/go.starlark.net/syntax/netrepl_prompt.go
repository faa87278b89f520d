// netrepl patch: what the lines typed at a prompt need, asked of the
// scanner the parser uses (FileOptions.Python's tokens).

package syntax

// A PromptNeed says what the lines typed so far at an interactive
// prompt need before they can run, as Python's prompt decides it.
type PromptNeed int

const (
	// PromptComplete: a whole statement, or an error that more lines
	// cannot mend (the parser reports it).
	PromptComplete PromptNeed = iota
	// PromptMoreText: the text stops inside brackets, a triple-quoted
	// string or after a backslash: any line continues it, a blank one
	// too.
	PromptMoreText
	// PromptMoreBlock: a compound statement (def, if, for, while, with,
	// class, try), which goes on until a blank line.
	PromptMoreBlock
)

// PromptNeeds says what src, the lines typed so far (each ended by a
// newline), needs.
func (opts *FileOptions) PromptNeeds(src []byte) (need PromptNeed) {
	if n := len(src); n == 0 || src[n-1] != '\n' {
		src = append(src[:n:n], '\n')
	}
	sc, err := newScanner("<prompt>", src, false)
	if err != nil {
		return PromptComplete
	}
	sc.python = opts.Python
	defer func() {
		if recover() != nil {
			need = PromptComplete
			if sc.eofInString {
				need = PromptMoreText
			}
		}
	}()
	var val tokenValue
	first := EOF
	for {
		tok := sc.nextToken(&val)
		if tok == EOF {
			break
		}
		if first == EOF && tok != NEWLINE && tok != INDENT && tok != OUTDENT {
			first = tok
		}
	}
	if sc.depth > 0 || sc.contPos == sc.pos {
		return PromptMoreText
	}
	switch first {
	case DEF, IF, FOR, WHILE, WITH, CLASS, TRY:
		return PromptMoreBlock
	}
	return PromptComplete
}
