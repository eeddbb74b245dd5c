package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"

	"github.com/avlplasma/avlplasma/internal/wallet"
)

// secretInput reads passwords and private keys: from a terminal without
// echo, after a prompt; from anything else (a pipe, a file) one line at a
// time and silently, so scripts can feed them.
type secretInput struct {
	fd     int           // terminal file descriptor, or -1
	lines  *bufio.Reader // when not a terminal
	prompt io.Writer
}

// stdinReaders shares one buffered reader per input stream, so the key and
// the password may follow each other on a piped stdin.
var stdinReaders = map[io.Reader]*bufio.Reader{}

func newSecretInput(in io.Reader, prompt io.Writer) *secretInput {
	if f, ok := in.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return &secretInput{fd: int(f.Fd()), prompt: prompt}
	}
	br, ok := stdinReaders[in]
	if !ok {
		br = bufio.NewReader(in)
		stdinReaders[in] = br
	}
	return &secretInput{fd: -1, lines: br, prompt: prompt}
}

func (s *secretInput) terminal() bool { return s.fd >= 0 }

// read returns one secret, without its line ending.
func (s *secretInput) read(prompt string) (string, error) {
	if !s.terminal() {
		return wallet.ReadSecretLine(s.lines)
	}
	fmt.Fprint(s.prompt, prompt)
	b, err := term.ReadPassword(s.fd)
	fmt.Fprintln(s.prompt) // the Enter the user typed was not echoed
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// readNew returns a new secret: on a terminal it is asked twice, since a
// typo nobody saw would lock the key away for good.
func (s *secretInput) readNew(prompt string) (string, error) {
	pw, err := s.read(prompt)
	if err != nil || !s.terminal() {
		return pw, err
	}
	if pw == "" {
		return "", errors.New("empty password: a key file anyone can open protects nothing")
	}
	again, err := s.read("Repeat it: ")
	if err != nil {
		return "", err
	}
	if again != pw {
		return "", errors.New("the two passwords differ; nothing was stored")
	}
	return pw, nil
}
