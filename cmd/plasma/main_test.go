package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/avlplasma/avlplasma/internal/siml1"
	"github.com/avlplasma/avlplasma/internal/wallet"
	"github.com/avlplasma/avlplasma/internal/wallet/wallettest"
)

// Every flag, global or of any subcommand, is settable as PLASMA_<FLAG>.
func TestEveryFlagHasEnvVar(t *testing.T) {
	app := newApp(strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{})
	check := func(where string, flags []cli.Flag) {
		for _, f := range flags {
			if f == cli.HelpFlag { // added by urfave/cli once an app has run
				continue
			}
			name := f.Names()[0]
			want := envVar(name)[0]
			ev, ok := f.(interface{ GetEnvVars() []string })
			if !ok {
				t.Errorf("%s --%s: flag type %T has no env vars", where, name, f)
				continue
			}
			found := false
			for _, e := range ev.GetEnvVars() {
				found = found || e == want
			}
			if !found {
				t.Errorf("%s --%s: env var %s missing (has %v)", where, name, want, ev.GetEnvVars())
			}
		}
	}
	check("plasma", app.Flags)
	var walk func(prefix string, cmds []*cli.Command)
	walk = func(prefix string, cmds []*cli.Command) {
		for _, c := range cmds {
			check(prefix+c.Name, c.Flags)
			walk(prefix+c.Name+" ", c.Subcommands)
		}
	}
	walk("plasma ", app.Commands)
	if envVar("l1.rpc")[0] != "PLASMA_L1_RPC" || envVar("deadline-in")[0] != "PLASMA_DEADLINE_IN" {
		t.Fatalf("env names: %v %v", envVar("l1.rpc"), envVar("deadline-in"))
	}
}

func TestParseAmount(t *testing.T) {
	for in, want := range map[string]string{"1": "1", "1.5eth": "1500000000000000000", "2 gwei": "2000000000", "0.000000000000000001eth": "1"} {
		got, err := parseAmount("x", in)
		if err != nil || got.String() != want {
			t.Errorf("%q: %v, %v; want %s", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "-1", "0.5", "1e-19eth", "abc"} {
		if _, err := parseAmount("x", bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// cliEnv runs the CLI against one chain and keystore.
type cliEnv struct {
	t       *testing.T
	global  []string
	stdin   string
	chain   *wallettest.Chain
	apiURL  string
	dataDir string
}

func (e *cliEnv) run(args ...string) (string, error) {
	e.t.Helper()
	var out, errb bytes.Buffer
	app := newApp(strings.NewReader(e.stdin), &out, &errb)
	err := app.RunContext(context.Background(), append(append([]string{"plasma"}, e.global...), args...))
	if errb.Len() > 0 {
		e.t.Logf("plasma %s: stderr: %s", strings.Join(args, " "), strings.TrimSpace(errb.String()))
	}
	if err != nil {
		return out.String(), err
	}
	return out.String(), nil
}

func (e *cliEnv) mustJSON(v any, args ...string) {
	e.t.Helper()
	out, err := e.run(args...)
	if err != nil {
		e.t.Fatalf("plasma %s: %v", strings.Join(args, " "), explain(err, nil))
	}
	if err := json.Unmarshal([]byte(out), v); err != nil {
		e.t.Fatalf("plasma %s: output %q: %v", strings.Join(args, " "), out, err)
	}
}

// humanRun runs without --json and returns what a person reads.
func (e *cliEnv) humanRun(args ...string) string {
	e.t.Helper()
	saved := e.global
	defer func() { e.global = saved }()
	e.global = nil
	for _, g := range saved {
		if g != "--json" {
			e.global = append(e.global, g)
		}
	}
	out, err := e.run(args...)
	if err != nil {
		e.t.Fatalf("plasma %s: %v", strings.Join(args, " "), err)
	}
	e.t.Logf("plasma %s:\n%s", strings.Join(args, " "), out)
	return out
}

func newCLIEnv(t *testing.T, c *wallettest.Chain, apiURL string) *cliEnv {
	dir := t.TempDir()
	pw := filepath.Join(dir, "password")
	if err := os.WriteFile(pw, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return &cliEnv{t: t, chain: c, apiURL: apiURL, dataDir: dir, global: []string{
		"--api", apiURL, "--l1.rpc", c.HTTPEndpoint(), "--keystore", filepath.Join(dir, "ks"),
		"--password-file", pw, "--lightkdf", "--json",
	}}
}

func TestAccountCommands(t *testing.T) {
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "key")
	if err := os.WriteFile(keyFile, []byte(siml1.DevKeys[4]+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	e := &cliEnv{t: t, global: []string{"--keystore", filepath.Join(dir, "ks"), "--lightkdf", "--json"}}
	// Password from the prompt (stdin), key from a file.
	e.stdin = "pw-one\n"
	var imported, created accountJSON
	e.mustJSON(&imported, "account", "import", "--key-file", keyFile)
	if imported.Address != crypto.PubkeyToAddress(siml1.DevKey(4).PublicKey).Hex() {
		t.Fatalf("imported %s", imported.Address)
	}
	// Key and password both from stdin.
	e.stdin = siml1.DevKeys[5] + "\npw-two\n"
	var second accountJSON
	e.mustJSON(&second, "account", "import")
	// The same key again: harmless with its password, refused with another.
	e.stdin = "pw-one\n"
	var again accountJSON
	e.mustJSON(&again, "account", "import", "--key-file", keyFile)
	if again != imported {
		t.Fatalf("second import %+v, first %+v", again, imported)
	}
	e.stdin = "another\n"
	if _, err := e.run("account", "import", "--key-file", keyFile); err == nil || !strings.Contains(err.Error(), "another password") {
		t.Fatalf("import with another password: %v", err)
	}
	e.stdin = "pw-three\n"
	e.mustJSON(&created, "account", "new")
	var list []accountJSON
	e.mustJSON(&list, "account", "list")
	if len(list) != 3 {
		t.Fatalf("listed %v", list)
	}
	ks, err := wallet.OpenKeys(filepath.Join(dir, "ks"), true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ks.Unlock(common.HexToAddress(second.Address), "pw-two"); err != nil {
		t.Fatalf("key imported from stdin does not open with the stdin password: %v", err)
	}
	// No password anywhere: a clear error, not a hang.
	e.stdin = ""
	if _, err := e.run("account", "new"); err == nil || !strings.Contains(err.Error(), "password") {
		t.Fatalf("account new without a password: %v", err)
	}
}

// The user journey through the CLI, the real API and L1 JSON-RPC: import a
// key, deposit, transfer, balance, save a proof, the operator goes away,
// exit from the file alone, finalize, withdraw — L1 balance right to the wei.
func TestCLIJourneyExitWithOperatorDown(t *testing.T) {
	ctx := context.Background()
	c := wallettest.NewChain(t, true)
	s := wallettest.StartStack(t, c)
	e := newCLIEnv(t, c, s.URL)
	keyFile := filepath.Join(e.dataDir, "key")
	if err := os.WriteFile(keyFile, []byte("0x"+siml1.DevKeys[1]), 0o600); err != nil {
		t.Fatal(err)
	}
	alice, bob := c.Addrs[1].Hex(), c.Addrs[2].Hex()
	var acc accountJSON
	e.mustJSON(&acc, "account", "import", "--key-file", keyFile)
	if err := os.WriteFile(keyFile, []byte(siml1.DevKeys[2]), 0o600); err != nil {
		t.Fatal(err)
	}
	e.mustJSON(&acc, "account", "import", "--key-file", keyFile)

	var tx txJSON
	e.mustJSON(&tx, "deposit", "--from", alice, "--amount", "1eth")
	var bal wallet.Account
	wallettest.WaitFor(t, "deposit credited", func() bool {
		e.mustJSON(&bal, "balance", alice)
		return bal.Leaf(common.Address{}).Balance == "1000000000000000000"
	})

	human := e.humanRun("balance", alice)
	if !strings.Contains(human, "1 ETH (1000000000000000000 wei)") {
		t.Fatalf("human balance: %q", human)
	}
	var sent struct {
		Hash   string `json:"hash"`
		Status string `json:"status"`
	}
	e.mustJSON(&sent, "transfer", "--from", alice, "--to", bob, "--amount", "0.3eth")
	if sent.Status != "accepted" || len(sent.Hash) != 66 {
		t.Fatalf("transfer answer %+v", sent)
	}
	// A second transfer right away follows the first from the wallet's own
	// record, before the operator seals the first.
	var second struct {
		Status   string            `json:"status"`
		Transfer map[string]string `json:"transfer"`
	}
	e.mustJSON(&second, "transfer", "--from", alice, "--to", bob, "--amount", "0.1eth")
	if second.Transfer["nonce"] != "1" {
		t.Fatalf("second transfer %+v", second)
	}
	// An amount above the balance is refused before signing.
	if _, err := e.run("transfer", "--from", alice, "--to", bob, "--amount", "5eth"); err == nil || !strings.Contains(err.Error(), "balance") {
		t.Fatalf("overdraft: %v", err)
	}

	left := new(big.Int).Sub(big.NewInt(6e17), big.NewInt(2*wallettest.MinFee))
	proofFile := filepath.Join(e.dataDir, "alice-eth.proof.json")
	wallettest.WaitFor(t, "transfer in a committed block", func() bool {
		var p map[string]any
		if _, err := e.run("proof", "--owner", alice, "--out", proofFile); err != nil {
			return false
		}
		raw, err := os.ReadFile(proofFile)
		if err != nil || json.Unmarshal(raw, &p) != nil {
			return false
		}
		return p["balance"] == left.String()
	})
	var hist []map[string]any
	e.mustJSON(&hist, "history", bob)
	if len(hist) != 2 || hist[0]["hash"] != sent.Hash {
		t.Fatalf("bob's history %v", hist)
	}

	var req struct {
		Answered bool `json:"answered"`
	}
	e.mustJSON(&req, "request-proof", "--from", bob, "--owner", alice, "--wait", "20s")
	if !req.Answered {
		t.Fatal("proof request not answered")
	}

	var auth wallet.ExitAuthorization
	e.mustJSON(&auth, "authorize-exit", "--owner", alice, "--executor", bob, "--deadline-in", "1h")
	if auth.Owner != c.Addrs[1] || auth.Executor != c.Addrs[2] || len(auth.Signature) != 65 {
		t.Fatalf("authorization %+v", auth)
	}

	s.Stop()
	_, err := e.run("balance", alice)
	if err == nil || !strings.Contains(explain(err, nil), "plasma exit start --from ADDR --proof-file FILE") {
		t.Fatalf("operator down: %v", err)
	}

	before, err := c.Balance(ctx, c.Addrs[1])
	if err != nil {
		t.Fatal(err)
	}
	var started struct {
		Tx         txJSON `json:"tx"`
		Amount     string `json:"amount"`
		ExitableAt uint64 `json:"exitableAt"`
	}
	e.mustJSON(&started, "exit", "start", "--from", alice, "--proof-file", proofFile)
	if started.Amount != left.String() {
		t.Fatalf("exit amount %s, want %s", started.Amount, left)
	}
	// The operator is down: the contract address comes from the flag now.
	e.global = append(e.global, "--contract", c.Dep.PlasmaChain.Hex())
	var status struct {
		Open       bool   `json:"open"`
		Now        uint64 `json:"now"`
		ExitableAt uint64 `json:"exitableAt"`
	}
	e.mustJSON(&status, "exit", "status", "--owner", alice)
	if !status.Open || status.ExitableAt != started.ExitableAt {
		t.Fatalf("status %+v", status)
	}
	if human := e.humanRun("exit", "status", "--owner", alice); !strings.Contains(human, "Challengeable for") {
		t.Fatalf("human exit status: %q", human)
	}
	if _, err := e.run("withdraw", "--from", alice); err == nil || !strings.Contains(err.Error(), "nothing to withdraw") {
		t.Fatalf("early withdraw: %v", err)
	}
	c.AdjustTime(t, time.Duration(status.ExitableAt-status.Now+1)*time.Second)

	var fin txJSON
	e.mustJSON(&fin, "exit", "finalize", "--from", alice)
	var wd struct {
		Tx txJSON `json:"tx"`
	}
	e.mustJSON(&wd, "withdraw", "--from", alice)
	after, err := c.Balance(ctx, c.Addrs[1])
	if err != nil {
		t.Fatal(err)
	}
	want := new(big.Int).Add(before, left)
	for _, h := range []string{started.Tx.Tx, fin.Tx, wd.Tx.Tx} {
		r, err := c.Client.TransactionReceipt(ctx, common.HexToHash(h))
		if err != nil {
			t.Fatal(err)
		}
		want.Sub(want, gasCost(r))
	}
	if after.Cmp(want) != 0 {
		t.Fatalf("L1 balance %s, want %s (off by %s)", after, want, new(big.Int).Sub(after, want))
	}
}

func gasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// Without --proof-file, exit start fetches the newest committed proof.
func TestCLIExitStartFromOperatorProof(t *testing.T) {
	c := wallettest.NewChain(t, true)
	s := wallettest.StartStack(t, c)
	e := newCLIEnv(t, c, s.URL)
	keyFile := filepath.Join(e.dataDir, "key")
	if err := os.WriteFile(keyFile, []byte(siml1.DevKeys[3]), 0o600); err != nil {
		t.Fatal(err)
	}
	var acc accountJSON
	e.mustJSON(&acc, "account", "import", "--key-file", keyFile)
	var tx txJSON
	e.mustJSON(&tx, "deposit", "--from", acc.Address, "--amount", "2eth")
	wallettest.WaitFor(t, "deposit in a committed block", func() bool {
		var p map[string]any
		out := filepath.Join(e.dataDir, "p.json")
		if _, err := e.run("proof", "--owner", acc.Address, "--out", out); err != nil {
			return false
		}
		raw, _ := os.ReadFile(out)
		return json.Unmarshal(raw, &p) == nil && p["balance"] == "2000000000000000000"
	})
	var started struct {
		Amount string `json:"amount"`
		ExitID string `json:"exitId"`
	}
	e.mustJSON(&started, "exit", "start", "--from", acc.Address)
	if started.Amount != "2000000000000000000" {
		t.Fatalf("exit amount %s", started.Amount)
	}
	// The owner's second exit replaces the open one, taking over its bond.
	var again struct {
		ExitID   string `json:"exitId"`
		Replaced string `json:"replaced"`
		Amount   string `json:"amount"`
	}
	e.mustJSON(&again, "exit", "start", "--from", acc.Address)
	if again.Replaced != started.ExitID || again.ExitID == started.ExitID || again.Amount != started.Amount {
		t.Fatalf("second exit start %+v after %+v", again, started)
	}
	var status struct {
		Open   bool   `json:"open"`
		ExitID string `json:"exitId"`
	}
	e.mustJSON(&status, "exit", "status", "--owner", acc.Address)
	if !status.Open || status.ExitID != again.ExitID {
		t.Fatalf("status after the replacement %+v, want exit %s", status, again.ExitID)
	}
	// The exit's tokens are locked: a transfer is refused, with what to do.
	wallettest.WaitFor(t, "leaf locked", func() bool {
		_, err := e.run("transfer", "--from", acc.Address, "--to", c.Addrs[4].Hex(), "--amount", "1")
		return err != nil && strings.Contains(explain(err, nil), "open for this token")
	})
	// A missing flag is named.
	if _, err := e.run("exit", "start"); err == nil || !strings.Contains(err.Error(), "--from") {
		t.Fatalf("exit start without --from: %v", err)
	}
}
