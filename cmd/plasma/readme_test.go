package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/avlplasma/avlplasma/internal/siml1"
	"github.com/avlplasma/avlplasma/internal/wallet"
)

// readmeBlocks returns the ```sh blocks between the walkthrough markers of
// the README.
func readmeBlocks(t *testing.T, readme string) []string {
	t.Helper()
	raw, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	const startMark, endMark = "<!-- walkthrough:start -->", "<!-- walkthrough:end -->"
	i, j := strings.Index(text, startMark), strings.Index(text, endMark)
	if i < 0 || j < i {
		t.Fatalf("%s: no %s … %s region", readme, startMark, endMark)
	}
	var blocks []string
	for _, m := range regexp.MustCompile("(?s)```sh\n(.*?)```").FindAllStringSubmatch(text[i:j], -1) {
		blocks = append(blocks, m[1])
	}
	if len(blocks) < 3 {
		t.Fatalf("%s: %d sh blocks in the walkthrough", readme, len(blocks))
	}
	return blocks
}

// goEnv returns the go command's settings that a changed HOME would lose
// (build and module caches, config file), so builds in the walkthrough stay
// warm.
func goEnv(t *testing.T) []string {
	t.Helper()
	out, err := exec.Command("go", "env", "-json", "GOCACHE", "GOMODCACHE", "GOPATH", "GOENV", "GOFLAGS", "GOPROXY", "GOTOOLCHAIN").Output()
	if err != nil {
		t.Fatalf("go env: %v", err)
	}
	var m map[string]string
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	// VCS stamping would run git with the temporary HOME's (empty) config.
	if !strings.Contains(m["GOFLAGS"], "-buildvcs") {
		m["GOFLAGS"] = strings.TrimSpace(m["GOFLAGS"] + " -buildvcs=false")
	}
	var env []string
	for k, v := range m {
		if v != "" {
			env = append(env, k+"="+v)
		}
	}
	return env
}

// bash runs script with `bash -euo pipefail` in dir and returns its output.
func bash(ctx context.Context, t *testing.T, dir string, env []string, script string) (string, error) {
	t.Helper()
	cmd := exec.CommandContext(ctx, "bash", "-euo", "pipefail", "-x", "-c", script)
	cmd.Dir, cmd.Env = dir, env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	// The whole process group: a plasma command bash is running goes too.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM) }
	cmd.WaitDelay = 10 * time.Second
	err := cmd.Run()
	return out.String(), err
}

// devProcess is `plasmad dev` running as a child process.
type devProcess struct {
	cmd    *exec.Cmd
	api    string
	l1     string
	stderr *os.File
	done   chan error
}

// startDevProcess starts plasmad dev on free ports with a short challenge
// period and waits for its welcome text.
func startDevProcess(t *testing.T, plasmad, logFile string, challengePeriod int) *devProcess {
	t.Helper()
	logf, err := os.Create(logFile)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(plasmad, "dev", "--l1.addr", "127.0.0.1:0", "--http.addr", "127.0.0.1:0",
		"--challenge-period", fmt.Sprint(challengePeriod))
	cmd.Stderr = logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL} // gone with the test binary, even if it is killed
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	d := &devProcess{cmd: cmd, stderr: logf, done: make(chan error, 1)}
	t.Cleanup(func() { d.stop(t) })
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
		d.done <- cmd.Wait()
	}()
	rpc := regexp.MustCompile(`JSON-RPC (http://\S+)`)
	api := regexp.MustCompile(`^REST API\s+(http://\S+)`)
	timeout := time.After(90 * time.Second)
	for d.api == "" {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("plasmad dev exited before it was ready; its log:\n%s", tail(logFile))
			}
			if m := rpc.FindStringSubmatch(l); m != nil {
				d.l1 = m[1]
			}
			if m := api.FindStringSubmatch(l); m != nil {
				d.api = m[1]
			}
		case <-timeout:
			t.Fatalf("plasmad dev not ready after 90 s; its log:\n%s", tail(logFile))
		}
	}
	go func() { // keep draining so the child never blocks on a full pipe
		for range lines {
		}
	}()
	if d.l1 == "" {
		t.Fatal("plasmad dev printed no JSON-RPC endpoint")
	}
	return d
}

// stop interrupts the dev process (it stops gracefully), then kills it if
// it lingers.
func (d *devProcess) stop(t *testing.T) {
	if d.cmd.ProcessState == nil {
		_ = d.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-d.done:
		case <-time.After(30 * time.Second):
			t.Errorf("plasmad dev did not stop within 30 s of SIGTERM; killing it")
			_ = d.cmd.Process.Kill()
			<-d.done
		}
	}
	d.stderr.Close()
}

func tail(file string) string {
	b, _ := os.ReadFile(file)
	if len(b) > 6000 {
		b = b[len(b)-6000:]
	}
	return string(b)
}

// The README's walkthrough, run as written: the test extracts its shell
// blocks, runs the first (building plasma and plasmad into ~/.plasma/bin of
// a temporary HOME), starts that plasmad dev as a child process, and runs
// the other blocks in one `bash -euo pipefail` from the repository root,
// pointed at the dev chain only through PLASMA_* variables. Then Bob's exit
// must be closed with nothing left to withdraw, and his L1 balance must have
// grown by exactly the 0.25 ETH Alice paid him, less the gas he spent.
func TestREADMEWalkthrough(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	blocks := readmeBlocks(t, filepath.Join(root, "README.md"))
	if !strings.HasPrefix(strings.TrimSpace(blocks[0]), "go build") {
		t.Fatalf("the walkthrough's first block must build the binaries, got:\n%s", blocks[0])
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()

	home := t.TempDir()
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PLASMA_") && !strings.HasPrefix(kv, "PLASMAD_") && !strings.HasPrefix(kv, "HOME=") {
			env = append(env, kv)
		}
	}
	env = append(append(env, "HOME="+home), goEnv(t)...)

	out, err := bash(ctx, t, root, env, blocks[0])
	if err != nil {
		t.Fatalf("build block: %v\n%s", err, out)
	}
	built := time.Since(start)
	bin := filepath.Join(home, ".plasma", "bin")
	for _, b := range []string{"plasma", "plasmad"} {
		if _, err := os.Stat(filepath.Join(bin, b)); err != nil {
			t.Fatalf("the build block did not produce %s: %v", b, err)
		}
	}

	dev := startDevProcess(t, filepath.Join(bin, "plasmad"), filepath.Join(home, "plasmad-dev.log"), 10)
	env = append(env, "PLASMA_API="+dev.api, "PLASMA_L1_RPC="+dev.l1,
		"PLASMA_LIGHTKDF=true") // the keystore's scrypt at full cost takes seconds per command here
	out, err = bash(ctx, t, root, env, strings.Join(blocks[1:], "\n"))
	t.Logf("walkthrough output:\n%s", out)
	if err != nil {
		t.Fatalf("walkthrough: %v; plasmad dev log:\n%s", err, tail(filepath.Join(home, "plasmad-dev.log")))
	}

	// The outcome, checked through the CLI's JSON and the L1 node.
	bob := crypto.PubkeyToAddress(siml1.DevKey(2).PublicKey)
	var status struct {
		Open         bool   `json:"open"`
		Withdrawable string `json:"withdrawable"`
	}
	jsonOut, err := exec.CommandContext(ctx, filepath.Join(bin, "plasma"), "--api", dev.api, "--l1.rpc", dev.l1, "--json",
		"exit", "status", "--owner", bob.Hex()).Output()
	if err != nil || json.Unmarshal(jsonOut, &status) != nil {
		t.Fatalf("exit status --json: %v, %q", err, jsonOut)
	}
	if status.Open || status.Withdrawable != "0" {
		t.Fatalf("Bob's exit after the walkthrough: %+v, want closed and withdrawn", status)
	}
	api := wallet.NewClient(dev.api)
	alice, err := api.Account(ctx, crypto.PubkeyToAddress(siml1.DevKey(1).PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	tst := common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")
	if eth, tok := alice.Leaf(common.Address{}), alice.Leaf(tst); eth.Balance != "750000000000000000" || tok.Balance != "90000000000000000000" {
		t.Fatalf("Alice's leaves %+v, %+v; want 0.75 ETH and 90 TST", eth, tok)
	}

	l1, err := ethclient.DialContext(ctx, dev.l1)
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()
	got, err := l1.BalanceAt(ctx, bob, nil)
	if err != nil {
		t.Fatal(err)
	}
	gas, n := gasSpent(ctx, t, l1, bob)
	want := new(big.Int).Add(siml1.DevBalance, big.NewInt(25e16))
	want.Sub(want, gas)
	if got.Cmp(want) != 0 {
		t.Fatalf("Bob's L1 balance %s wei, want %s (dev balance + 0.25 ETH − %s wei of gas in %d transactions)", got, want, gas, n)
	}
	if n != 3 {
		t.Fatalf("Bob sent %d L1 transactions, want 3 (exit start, finalize, withdraw)", n)
	}
	t.Logf("README walkthrough passed in %s (build %s)", time.Since(start).Round(time.Second), built.Round(time.Second))
}

// gasSpent sums what addr paid for gas in every L1 block so far.
func gasSpent(ctx context.Context, t *testing.T, c *ethclient.Client, addr common.Address) (*big.Int, int) {
	t.Helper()
	head, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(chainID)
	sum, n := new(big.Int), 0
	for i := uint64(0); i <= head; i++ {
		b, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(i))
		if err != nil {
			t.Fatalf("L1 block %d: %v", i, err)
		}
		for _, tx := range b.Transactions() {
			if from, err := types.Sender(signer, tx); err != nil || from != addr {
				continue
			}
			r, err := c.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			sum.Add(sum, gasCost(r))
			n++
		}
	}
	return sum, n
}
