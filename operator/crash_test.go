package operator

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	plasma "github.com/avlplasma/avlplasma"
)

const crashChildEnv = "OPERATOR_CRASH_CHILD_DIR"

func TestMain(m *testing.M) {
	if dir := os.Getenv(crashChildEnv); dir != "" {
		crashChild(dir)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// crashConfig is the configuration of the child and of the parent's
// recovery: blocks seal every few milliseconds, so kills land while blocks
// are cut, saved and stored.
func crashConfig(dir string) SequencerConfig {
	return SequencerConfig{
		DataDir:           dir,
		Domain:            testDomain,
		Operator:          testOperator,
		MinFee:            uint256.NewInt(1),
		MinDeadlineMargin: 3600,
		BlockTime:         3 * time.Millisecond,
		MaxBlockTxs:       40,
		CacheSize:         10_000,
		LogSegmentSize:    64 << 10, // rotations happen under load too
	}
}

// crashChild runs a sequencer on dir, reads transfers (one encoded transfer
// per line, hex) from stdin, submits each sender's in order with senders in
// parallel, and prints "ok <hash>" for every acknowledgement.
func crashChild(dir string) {
	seq, err := NewSequencer(crashConfig(dir), newClock(testNow), zerolog.Nop())
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		os.Exit(2)
	}
	if err := seq.Start(context.Background()); err != nil {
		os.Exit(2)
	}
	bySender := map[common.Address]chan plasma.Transfer{}
	var out sync.Mutex
	var wg sync.WaitGroup
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 4096), 4096)
	for sc.Scan() {
		raw := common.FromHex(sc.Text())
		t, err := decodeTransfer(raw)
		if err != nil {
			fmt.Fprintln(os.Stderr, "child: bad input:", err)
			os.Exit(2)
		}
		ch := bySender[t.From]
		if ch == nil {
			ch = make(chan plasma.Transfer, 1024)
			bySender[t.From] = ch
			wg.Add(1)
			go func() {
				defer wg.Done()
				for t := range ch {
					h, err := seq.Submit(context.Background(), &t)
					out.Lock()
					if err != nil {
						fmt.Printf("err %v\n", err)
					} else {
						fmt.Printf("ok %s\n", h.Hex())
					}
					out.Unlock()
				}
			}()
		}
		ch <- t
	}
	for _, ch := range bySender {
		close(ch)
	}
	wg.Wait()
	seq.Stop(context.Background())
}

// Kill -9 mid-load, several times over: every acknowledged transfer is in a
// block after recovery, no transfer is sealed twice, value is conserved,
// and every block replays to its state root.
func TestCrashRecovery(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(7, 7))
	const senders = 12
	keys := make([]*ecdsa.PrivateKey, senders)
	var ops []plasma.Op
	for i := range keys {
		keys[i] = testKey(300 + i)
		ops = append(ops, plasma.Op{Index: uint64(i), Kind: plasma.OpDeposit, Owner: addrOf(keys[i]), Token: plasma.ETH, Amount: u(1_000_000)})
	}
	recover := func() *Sequencer {
		seq, err := NewSequencer(crashConfig(dir), newClock(testNow), testLogger(t))
		if err != nil {
			t.Fatal(err)
		}
		if err := seq.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		for seq.PendingCount() > 0 {
			if _, err := seq.SealNow(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		return seq
	}
	seq := recover()
	if err := seq.ApplyOps(ops); err != nil {
		t.Fatal(err)
	}
	if _, err := seq.SealNow(context.Background()); err != nil {
		t.Fatal(err)
	}

	acked := map[common.Hash]bool{}
	for round := 0; round < 4; round++ {
		// Transfers continuing from the recovered state.
		snap, err := seq.Snapshot(int64(seq.LatestBlock()))
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for i, k := range keys {
			leaf, _, err := snap.Get(addrOf(k), plasma.ETH)
			if err != nil {
				t.Fatal(err)
			}
			nonce, spent := leaf.Nonce, leaf.Spent.Uint64()
			for n := 0; n < 30; n++ {
				amount := 1 + rng.Uint64N(50)
				to := addrOf(keys[(i+1+rng.IntN(senders-1))%senders])
				tx := signed(k, to, plasma.ETH, amount, 1, nonce, spent, testNow+7200)
				lines = append(lines, common.Bytes2Hex(appendTransfer(nil, tx)))
				nonce++
				spent += amount + 1
			}
		}
		if err := seq.Stop(context.Background()); err != nil {
			t.Fatal(err)
		}

		killAfter := 40 + rng.IntN(250)
		got := runAndKill(t, dir, lines, killAfter)
		for _, h := range got {
			acked[h] = true
		}
		t.Logf("round %d: %d acknowledged before the kill", round, len(got))

		seq = recover()
		for h := range acked {
			if st, _, err := seq.TransferStatus(h); err != nil || st != plasma.StatusSealed {
				t.Fatalf("round %d: acknowledged transfer %s is %s (%v)", round, h, st, err)
			}
		}
	}
	defer seq.Stop(context.Background())

	rep := newReplayer(t)
	rep.catchUp(seq)
	seen := map[common.Hash]bool{}
	total := new(uint256.Int)
	for n := uint64(1); n <= seq.LatestBlock(); n++ {
		blk, err := seq.Block(n)
		if err != nil {
			t.Fatal(err)
		}
		for i := range blk.Transfers {
			h := testDomain.TransferDigest(&blk.Transfers[i])
			if seen[h] {
				t.Fatalf("transfer %s sealed twice", h)
			}
			seen[h] = true
		}
	}
	snap, err := seq.Snapshot(int64(seq.LatestBlock()))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range append([]common.Address{testOperator}, func() (out []common.Address) {
		for _, k := range keys {
			out = append(out, addrOf(k))
		}
		return
	}()...) {
		l, _, err := snap.Get(a, plasma.ETH)
		if err != nil {
			t.Fatal(err)
		}
		total.Add(total, &l.Balance)
	}
	if total.Uint64() != senders*1_000_000 {
		t.Fatalf("value not conserved: %s", total.Dec())
	}
	if len(seen) < len(acked) {
		t.Fatalf("%d sealed < %d acknowledged", len(seen), len(acked))
	}
}

// runAndKill starts the child on dir, feeds it lines, and SIGKILLs it after
// killAfter acknowledgements (or when it finishes). It returns the hashes
// acknowledged before the kill.
func runAndKill(t *testing.T, dir string, lines []string, killAfter int) []common.Hash {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		for _, l := range lines {
			if _, err := io.WriteString(stdin, l+"\n"); err != nil {
				return
			}
		}
		// Keep stdin open: the child runs until killed.
	}()
	var acked []common.Hash
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		line := sc.Text()
		if h, ok := strings.CutPrefix(line, "ok "); ok {
			acked = append(acked, common.HexToHash(h))
			if len(acked) >= killAfter {
				break
			}
			continue
		}
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("child: %s (stderr: %s)", line, stderr.String())
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	stdin.Close()
	if len(acked) < killAfter {
		t.Fatalf("child ended after %d acknowledgements: %s", len(acked), stderr.String())
	}
	return acked
}
