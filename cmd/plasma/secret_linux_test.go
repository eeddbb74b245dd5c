package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/avlplasma/avlplasma/internal/siml1"
	"github.com/avlplasma/avlplasma/internal/syncbuf"
	"github.com/avlplasma/avlplasma/internal/wallet"
)

// openPTY opens a pseudo-terminal pair: what the program reads and writes
// goes through slave; master plays the user's keyboard and screen.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatalf("open /dev/ptmx: %v", err)
	}
	t.Cleanup(func() { master.Close() })
	var unlock int32
	if err := ioctl(master, syscall.TIOCSPTLCK, unsafe.Pointer(&unlock)); err != nil {
		t.Fatalf("unlock pty: %v", err)
	}
	var n uint32
	if err := ioctl(master, syscall.TIOCGPTN, unsafe.Pointer(&n)); err != nil {
		t.Fatalf("pty number: %v", err)
	}
	slave, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatalf("open pty slave: %v", err)
	}
	t.Cleanup(func() { slave.Close() })
	return master, slave
}

func ioctl(f *os.File, req uintptr, arg unsafe.Pointer) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var errno syscall.Errno
	if err := rc.Control(func(fd uintptr) {
		_, _, errno = syscall.Syscall(syscall.SYS_IOCTL, fd, req, uintptr(arg))
	}); err != nil {
		return err
	}
	if errno != 0 {
		return errno
	}
	return nil
}

func echoOn(t *testing.T, f *os.File) bool {
	var tio syscall.Termios
	if err := ioctl(f, syscall.TCGETS, unsafe.Pointer(&tio)); err != nil {
		t.Fatalf("TCGETS: %v", err)
	}
	return tio.Lflag&syscall.ECHO != 0
}

// typeAt waits until the program shows the n-th prompt (counting from 1)
// and has switched echo off, then types line.
func typeAt(t *testing.T, master, slave *os.File, prompts *syncbuf.Buffer, n int, line string) {
	t.Helper()
	for end := time.Now().Add(20 * time.Second); strings.Count(prompts.String(), ": ") < n || echoOn(t, slave); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(end) {
			t.Fatalf("no prompt %d with echo off; prompts so far %q", n, prompts.String())
		}
	}
	if _, err := master.WriteString(line + "\n"); err != nil {
		t.Fatal(err)
	}
}

// screen is what the terminal showed the user since the last call.
func screen(t *testing.T, master *os.File) string {
	t.Helper()
	var b bytes.Buffer
	buf := make([]byte, 4096)
	for {
		if err := master.SetReadDeadline(time.Now().Add(300 * time.Millisecond)); err != nil {
			t.Fatalf("pty read deadline: %v", err)
		}
		n, err := master.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			return b.String()
		}
	}
}

// On a terminal, `account new` and `account import` read the key and the
// password without echo, ask for a new password twice and refuse two that
// differ.
func TestSecretsFromTerminalAreNotEchoed(t *testing.T) {
	master, slave := openPTY(t)
	// The terminal echoes by default: what the program does not switch off
	// would show.
	if _, err := master.WriteString("visible\n"); err != nil {
		t.Fatal(err)
	}
	line := make([]byte, 64)
	if n, err := slave.Read(line); err != nil || string(line[:n]) != "visible\n" {
		t.Fatalf("pty read %q, %v", line[:n], err)
	}
	if got := screen(t, master); !strings.Contains(got, "visible") {
		t.Fatalf("the pty does not echo by default (%q): the test would prove nothing", got)
	}

	dir := t.TempDir()
	ks := filepath.Join(dir, "ks")
	run := func(prompts *syncbuf.Buffer, typed []string, args ...string) (string, error) {
		var out bytes.Buffer
		done := make(chan error, 1)
		go func() {
			app := newApp(slave, &out, prompts)
			done <- app.RunContext(context.Background(), append([]string{"plasma", "--keystore", ks, "--lightkdf", "--json"}, args...))
		}()
		for i, s := range typed {
			typeAt(t, master, slave, prompts, i+1, s)
		}
		select {
		case err := <-done:
			return out.String(), err
		case <-time.After(60 * time.Second):
			t.Fatalf("plasma %v did not finish; prompts %q", args, prompts.String())
			return "", nil
		}
	}

	var prompts syncbuf.Buffer
	if _, err := run(&prompts, []string{"first-try", "second-try"}, "account", "new"); err == nil || !strings.Contains(err.Error(), "differ") {
		t.Fatalf("account new with two different passwords: %v", err)
	}
	if !strings.Contains(prompts.String(), "Repeat it: ") {
		t.Fatalf("no confirmation prompt: %q", prompts.String())
	}
	prompts = syncbuf.Buffer{}
	out, err := run(&prompts, []string{"pty-secret", "pty-secret"}, "account", "new")
	if err != nil {
		t.Fatalf("account new: %v", err)
	}
	if strings.Count(out, `"address"`) != 1 {
		t.Fatalf("account new printed %q", out)
	}
	hexKey := siml1.DevKeys[9]
	prompts = syncbuf.Buffer{}
	if _, err := run(&prompts, []string{hexKey, "import-secret", "import-secret"}, "account", "import"); err != nil {
		t.Fatalf("account import: %v", err)
	}
	if got := screen(t, master); strings.Contains(got, "secret") || strings.Contains(got, "try") || strings.Contains(got, hexKey[:16]) {
		t.Fatalf("the terminal showed a secret: %q", got)
	}
	keys, err := wallet.OpenKeys(ks, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(keys.List()) != 2 {
		t.Fatalf("keystore holds %d keys, want 2 (the refused one not stored)", len(keys.List()))
	}
	if _, err := keys.Unlock(crypto.PubkeyToAddress(siml1.DevKey(9).PublicKey), "import-secret"); err != nil {
		t.Fatalf("imported key does not open with the typed password: %v", err)
	}
}
