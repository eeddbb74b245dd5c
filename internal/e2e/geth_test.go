// Package e2e runs AVL Plasma end to end on a real L1 node: geth --dev
// built from our own go-ethereum dependency, plasmad and plasma as real
// processes.
package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// challengePeriod is the shortest the deploy command accepts with the dev
// preset: its responseWindow and opsTimeout (20 s) must be at most half of it
// (contracts.Params.Check). geth --dev cannot warp time, so an exit waits
// for it in real time: exitableAt = max(committedAt + 2·period, now + period).
const challengePeriod = 40

// e2eBudget bounds everything after the binaries are built.
const e2eBudget = 4 * time.Minute

var eth = big.NewInt(1e18)

// TestGethDevEndToEnd deploys PlasmaChain on geth --dev, runs the operator,
// and takes a user through deposit, transfer, saved proof, exit, finalize
// and withdraw with the plasma wallet binary only, then checks the user's L1
// balance to the wei.
//
// It is skipped only when AVLPLASMA_SKIP_GETH_E2E=1. The CI entry point
// (.ci/run → make test → go test ./...) does not set it, so CI always runs
// it; building geth the first time takes about 5 minutes on 2 cores, later
// runs reuse the binary that scripts/geth.sh caches.
func TestGethDevEndToEnd(t *testing.T) {
	skipUnlessEnabled(t)
	bins := buildBinaries(t)
	ctx, cancel := context.WithTimeout(context.Background(), e2eBudget)
	defer cancel()
	began := time.Now()
	dir := t.TempDir()

	// L1: geth --dev sealing a block every second.
	g := startGethDev(ctx, t, bins, dir)
	rc, l1, l1URL, dev := g.RPC, g.Client, g.URL, g.Dev

	// Fund the operator and the user from the dev account, which geth --dev
	// keeps unlocked for eth_sendTransaction.
	opKey, alice, bob := newKey(t), newKey(t), newKey(t)
	aliceAddr, bobAddr := crypto.PubkeyToAddress(alice.PublicKey), crypto.PubkeyToAddress(bob.PublicKey)
	fund(ctx, t, rc, l1, dev, crypto.PubkeyToAddress(opKey.PublicKey), new(big.Int).Mul(big.NewInt(100), eth))
	fund(ctx, t, rc, l1, dev, aliceAddr, new(big.Int).Mul(big.NewInt(10), eth))

	// Deploy and run the operator.
	plasmad := bins.Plasmad
	opHex := hex.EncodeToString(crypto.FromECDSA(opKey))
	depFile := deploy(ctx, t, bins, dir, l1URL, opHex)
	var dep struct {
		Params struct {
			ExitBond *big.Int `json:"exitBond"`
		} `json:"params"`
	}
	readJSON(t, depFile, &dep)
	if dep.Params.ExitBond == nil || dep.Params.ExitBond.Sign() <= 0 {
		t.Fatalf("deployment file has no exit bond")
	}
	apiPort := freePort(t)
	apiURL := fmt.Sprintf("http://127.0.0.1:%d", apiPort)
	startProc(t, "plasmad operator", plasmad, "operator", "--l1.rpc", l1URL, "--deployment", depFile,
		"--datadir", filepath.Join(dir, "operator"), "--private-key", opHex, "--dev",
		"--http.addr", fmt.Sprintf("127.0.0.1:%d", apiPort), "--confirmations", "0")
	waitUntil(ctx, t, "operator /readyz", func() (bool, string) {
		r, err := http.Get(apiURL + "/readyz")
		if err != nil {
			return false, err.Error()
		}
		r.Body.Close()
		return r.StatusCode == http.StatusOK, r.Status
	})

	// The user side, with the plasma binary only.
	pw := filepath.Join(dir, "password")
	writeFile(t, pw, "e2e password\n")
	w := &wallet{t: t, ctx: ctx, bin: bins.Plasma, global: []string{
		"--api", apiURL, "--l1.rpc", l1URL, "--keystore", filepath.Join(dir, "keystore"),
		"--password-file", pw, "--json", "--lightkdf",
	}}
	for i, k := range []*ecdsa.PrivateKey{alice, bob} {
		kf := filepath.Join(dir, fmt.Sprintf("key%d", i))
		writeFile(t, kf, hex.EncodeToString(crypto.FromECDSA(k)))
		var a struct{ Address common.Address }
		w.json(&a, "account", "import", "--key-file", kf)
		if want := crypto.PubkeyToAddress(k.PublicKey); a.Address != want {
			t.Fatalf("imported %s, want %s", a.Address, want)
		}
	}

	initial, err := l1.BalanceAt(ctx, aliceAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	var txs []common.Hash // every L1 transaction alice sends
	type txJSON struct {
		Tx string `json:"tx"`
	}

	deposit := new(big.Int).Mul(big.NewInt(2), eth)
	var dj txJSON
	w.json(&dj, "deposit", "--from", aliceAddr.Hex(), "--amount", "2eth")
	txs = append(txs, common.HexToHash(dj.Tx))
	w.waitBalance(aliceAddr, deposit)

	sent := new(big.Int).Div(eth, big.NewInt(2))
	var tj struct {
		Hash     string `json:"hash"`
		Transfer struct {
			Fee string `json:"fee"`
		} `json:"transfer"`
	}
	w.json(&tj, "transfer", "--from", aliceAddr.Hex(), "--to", bobAddr.Hex(), "--amount", "0.5eth")
	fee, ok := new(big.Int).SetString(tj.Transfer.Fee, 10)
	if !ok {
		t.Fatalf("transfer fee %q", tj.Transfer.Fee)
	}
	left := new(big.Int).Sub(new(big.Int).Sub(deposit, sent), fee)
	w.waitBalance(bobAddr, sent)
	w.waitBalance(aliceAddr, left)

	// A proof of alice's leaf at a committed block that holds the transfer.
	proofFile := filepath.Join(dir, "alice.proof.json")
	waitUntil(ctx, t, "a committed proof with the transfer", func() (bool, string) {
		var p struct {
			Block   string `json:"block"`
			Balance string `json:"balance"`
		}
		if err := w.tryJSON(&p, "proof", "--owner", aliceAddr.Hex(), "--out", proofFile); err != nil {
			return false, err.Error()
		}
		return p.Balance == left.String(), "block " + p.Block + " balance " + p.Balance
	})

	var ej struct {
		Tx         txJSON `json:"tx"`
		Amount     string `json:"amount"`
		ExitableAt uint64 `json:"exitableAt"`
	}
	w.json(&ej, "exit", "start", "--from", aliceAddr.Hex(), "--proof-file", proofFile)
	txs = append(txs, common.HexToHash(ej.Tx.Tx))
	if ej.Amount != left.String() {
		t.Fatalf("exit amount %s, want %s", ej.Amount, left)
	}
	t.Logf("exit started, exitable in %ds", int64(ej.ExitableAt)-time.Now().Unix())

	type statusJSON struct {
		Open         bool   `json:"open"`
		Amount       string `json:"amount"`
		Withdrawable string `json:"withdrawable"`
		Now          uint64 `json:"now"`
		ExitableAt   uint64 `json:"exitableAt"`
	}
	var st statusJSON
	w.json(&st, "exit", "status", "--owner", aliceAddr.Hex())
	if !st.Open || st.Amount != left.String() || st.ExitableAt != ej.ExitableAt {
		t.Fatalf("exit status %+v, want open with amount %s", st, left)
	}
	// Wait past the challenge period in real time (the operator may finalize
	// first: finalizing again is then a no-op that still costs alice gas).
	waitUntil(ctx, t, "the exit to mature", func() (bool, string) {
		var s statusJSON
		if err := w.tryJSON(&s, "exit", "status", "--owner", aliceAddr.Hex()); err != nil {
			return false, err.Error()
		}
		return !s.Open || s.Now >= s.ExitableAt, fmt.Sprintf("L1 time %d, exitable at %d", s.Now, s.ExitableAt)
	})
	var fj txJSON
	w.json(&fj, "exit", "finalize", "--from", aliceAddr.Hex())
	txs = append(txs, common.HexToHash(fj.Tx))

	// The exit's amount and the whole bond (nobody challenged) are withdrawable.
	paid := new(big.Int).Add(left, dep.Params.ExitBond)
	w.json(&st, "exit", "status", "--owner", aliceAddr.Hex())
	if st.Open || st.Withdrawable != paid.String() {
		t.Fatalf("after finalize: %+v, want closed with %s withdrawable", st, paid)
	}
	var wj struct {
		Tx     txJSON `json:"tx"`
		Amount string `json:"amount"`
	}
	w.json(&wj, "withdraw", "--from", aliceAddr.Hex())
	txs = append(txs, common.HexToHash(wj.Tx.Tx))
	if wj.Amount != paid.String() {
		t.Fatalf("withdrew %s, want %s", wj.Amount, paid)
	}

	// L1 balance to the wei: initial − deposit − gas + what the exit paid (the
	// bond went out with startExit and came back with the withdrawal).
	gas := new(big.Int)
	for _, h := range txs {
		r, err := l1.TransactionReceipt(ctx, h)
		if err != nil {
			t.Fatalf("receipt %s: %v", h, err)
		}
		gas.Add(gas, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
	}
	nonce, err := l1.NonceAt(ctx, aliceAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if nonce != uint64(len(txs)) {
		t.Fatalf("alice sent %d L1 transactions, the test accounted for %d", nonce, len(txs))
	}
	final, err := l1.BalanceAt(ctx, aliceAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := new(big.Int).Sub(initial, deposit)
	want.Sub(want, gas).Add(want, left)
	if final.Cmp(want) != 0 {
		t.Fatalf("alice's L1 balance %s, want %s (initial %s − deposit %s − gas %s + exit %s); off by %s",
			final, want, initial, deposit, gas, left, new(big.Int).Sub(final, want))
	}
	t.Logf("alice's L1 balance %s wei as expected (gas %s wei over %d txs); end to end in %s",
		final, gas, len(txs), time.Since(began).Round(time.Second))
}

// wallet runs the plasma binary with the test's global flags.
type wallet struct {
	t      *testing.T
	ctx    context.Context
	bin    string
	global []string
}

func (w *wallet) tryJSON(v any, args ...string) error {
	cmd := exec.CommandContext(w.ctx, w.bin, append(append([]string{}, w.global...), args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("plasma %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(errb.String()))
	}
	if err := json.Unmarshal(out.Bytes(), v); err != nil {
		return fmt.Errorf("plasma %s: output %q: %v", strings.Join(args, " "), out.String(), err)
	}
	return nil
}

func (w *wallet) json(v any, args ...string) {
	w.t.Helper()
	if err := w.tryJSON(v, args...); err != nil {
		w.t.Fatal(err)
	}
}

// waitBalance waits until `plasma balance` shows owner's ETH leaf at want.
func (w *wallet) waitBalance(owner common.Address, want *big.Int) {
	w.t.Helper()
	waitUntil(w.ctx, w.t, fmt.Sprintf("%s to hold %s wei", owner.Hex(), want), func() (bool, string) {
		var a struct {
			Block    string `json:"block"`
			Balances []struct {
				Token   common.Address `json:"token"`
				Balance string         `json:"balance"`
			} `json:"balances"`
		}
		if err := w.tryJSON(&a, "balance", owner.Hex()); err != nil {
			return false, err.Error()
		}
		for _, b := range a.Balances {
			if b.Token == (common.Address{}) {
				return b.Balance == want.String(), "block " + a.Block + " balance " + b.Balance
			}
		}
		return false, "block " + a.Block + ": no ETH leaf"
	})
}

// waitUntil polls cond every half second until it holds or ctx ends.
func waitUntil(ctx context.Context, t *testing.T, what string, cond func() (bool, string)) {
	t.Helper()
	var last string
	for {
		ok, state := cond()
		if ok {
			return
		}
		last = state
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: %v (last: %s)", what, ctx.Err(), last)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func waitRPC(ctx context.Context, t *testing.T, url string) *rpc.Client {
	t.Helper()
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)
	waitUntil(ctx, t, "geth's JSON-RPC", func() (bool, string) {
		var n hexutil.Uint64
		if err := rc.CallContext(ctx, &n, "eth_blockNumber"); err != nil {
			return false, err.Error()
		}
		return true, ""
	})
	return rc
}

func fund(ctx context.Context, t *testing.T, rc *rpc.Client, l1 *ethclient.Client, from, to common.Address, amount *big.Int) {
	t.Helper()
	var h common.Hash
	if err := rc.CallContext(ctx, &h, "eth_sendTransaction", map[string]any{
		"from": from, "to": to, "value": (*hexutil.Big)(amount),
	}); err != nil {
		t.Fatalf("funding %s from the dev account: %v", to, err)
	}
	waitUntil(ctx, t, "funding "+to.Hex(), func() (bool, string) {
		r, err := l1.TransactionReceipt(ctx, h)
		if err != nil {
			return false, err.Error()
		}
		if r.Status != 1 {
			t.Fatalf("funding %s failed", to)
		}
		return true, ""
	})
}

func newKey(t *testing.T) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// run runs a command to completion and returns its combined output.
func run(ctx context.Context, dir, bin string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func goCmd() string {
	if g := os.Getenv("GO"); g != "" {
		return g
	}
	return "go"
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}
