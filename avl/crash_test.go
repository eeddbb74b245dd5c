package avl

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/ethereum/go-ethereum/common"
)

// crashSets are the leaves version v of the crash test sets: the child and
// the parent derive them alike, so the parent knows every version's content.
func crashSets(v int64) [][2]any {
	rng := rand.New(rand.NewPCG(uint64(v), 99))
	out := make([][2]any, 400)
	for i := range out {
		var leaf plasma.Leaf
		leaf.Balance.SetUint64(rng.Uint64())
		leaf.Nonce = uint64(v)
		out[i] = [2]any{testOwner(rng.IntN(5000)), leaf}
	}
	return out
}

// TestKillDuringSave kills (SIGKILL) a process that saves version after
// version, at a random moment, reopens its ledger and checks that every
// version the process reported saved is there with the same root, that no
// version is half written, and that the ledger goes on.
func TestKillDuringSave(t *testing.T) {
	if dir := os.Getenv("AVL_CRASH_CHILD"); dir != "" {
		crashChild(dir, os.Getenv("AVL_CRASH_BACKEND"))
		return
	}
	for i, backend := range []string{BackendGoLevelDB, BackendPebble} {
		t.Run(backend, func(t *testing.T) {
			dir := t.TempDir()
			roots := map[int64]common.Hash{}
			for round := 0; round < 2; round++ {
				cmd := exec.Command(os.Args[0], "-test.run=^TestKillDuringSave$", "-test.count=1")
				cmd.Env = append(os.Environ(), "AVL_CRASH_CHILD="+dir, "AVL_CRASH_BACKEND="+backend)
				cmd.Stderr = os.Stderr
				out, err := cmd.StdoutPipe()
				if err != nil {
					t.Fatal(err)
				}
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				// Let it save a few versions, then kill it at a moment that
				// varies with the round, most likely inside a Save.
				lines := make(chan string)
				go func() {
					defer close(lines)
					sc := bufio.NewScanner(out)
					for sc.Scan() {
						lines <- sc.Text()
					}
				}()
				kill := time.After(time.Duration(200+150*(round+i)) * time.Millisecond)
				stuck := time.After(90 * time.Second)
				seen := 0
			read:
				for {
					select {
					case line, ok := <-lines:
						if !ok {
							t.Fatalf("round %d: the saving process exited after %d versions", round, seen)
						}
						f := strings.Fields(line)
						if len(f) != 3 || f[0] != "saved" {
							continue
						}
						v, _ := strconv.ParseInt(f[1], 10, 64)
						roots[v] = common.HexToHash(f[2])
						seen++
					case <-kill:
						kill = nil
					case <-stuck:
						cmd.Process.Signal(syscall.SIGQUIT) // its goroutine dump goes to stderr
						time.Sleep(time.Second)
						t.Fatalf("round %d: the saving process reported %d versions in 90 s", round, seen)
					}
					if kill == nil && seen >= 3 {
						break read
					}
				}
				cmd.Process.Signal(syscall.SIGKILL)
				for range lines { // until the pipe closes
				}
				cmd.Wait()

				l := mustOpen(t, Options{Dir: dir, Backend: backend})
				var reported int64
				for v := range roots {
					reported = max(reported, v)
				}
				if l.Version() < reported {
					t.Fatalf("round %d: reopened at version %d, but version %d was reported saved", round, l.Version(), reported)
				}
				// The model: replaying crashSets gives every version's root.
				ref := newModel(t)
				for v := int64(1); v <= l.Version(); v++ {
					for _, s := range crashSets(v) {
						leaf := s[1].(plasma.Leaf)
						ref.set(EncodeKey(s[0].(common.Address), plasma.ETH), EncodeLeaf(&leaf))
					}
					s, err := l.Snapshot(v)
					if err != nil {
						t.Fatal(err)
					}
					ref.saved(v, s.Root())
					if r, ok := roots[v]; ok && r != s.Root() {
						t.Fatalf("version %d: root %x after the crash, %x before", v, s.Root(), r)
					}
					s.Close()
				}
				// The ledger continues where it stopped.
				o := testOwner(1)
				if err := l.Set(o, plasma.ETH, plasma.Leaf{Nonce: 1}); err != nil {
					t.Fatal(err)
				}
				if err := l.Rewind(l.Version()); err != nil { // drop that set again
					t.Fatal(err)
				}
				t.Logf("round %d: killed after version %d was reported saved; reopened at %d", round, reported, l.Version())
				if err := l.Close(); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// crashChild saves versions until it is killed, printing each after Save
// returns.
func crashChild(dir, backend string) {
	l, err := Open(Options{Dir: dir, Backend: backend, KeepRecent: 0})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	for {
		v := l.Version() + 1
		for _, s := range crashSets(v) {
			if err := l.Set(s[0].(common.Address), plasma.ETH, s[1].(plasma.Leaf)); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(2)
			}
		}
		got, root, err := l.Save()
		if err != nil || got != v {
			fmt.Fprintln(os.Stderr, "save", got, err)
			os.Exit(2)
		}
		fmt.Printf("saved %d %s\n", v, root.Hex())
	}
}
