package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/avlplasma/avlplasma/internal/syncbuf"
)

// skipEnv skips every test of this package when set to 1 (the real-node
// tests need a geth build; CI never sets it).
const skipEnv = "AVLPLASMA_SKIP_GETH_E2E"

func skipUnlessEnabled(t *testing.T) {
	t.Helper()
	if os.Getenv(skipEnv) == "1" {
		t.Skip(skipEnv + "=1")
	}
}

// binaries are geth (cached by scripts/geth.sh) and plasmad and plasma
// built once per test binary run.
type binaries struct {
	Geth, Plasmad, Plasma string
}

var (
	buildOnce sync.Once
	built     binaries
	buildErr  error
	binDir    string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		_ = os.RemoveAll(binDir)
	}
	os.Exit(code)
}

func buildBinaries(t *testing.T) binaries {
	t.Helper()
	buildOnce.Do(func() {
		root, err := filepath.Abs("../..")
		if err != nil {
			buildErr = err
			return
		}
		start := time.Now()
		gethOut, err := run(context.Background(), root, "bash", "scripts/geth.sh")
		if err != nil {
			buildErr = fmt.Errorf("scripts/geth.sh: %v\n%s", err, gethOut)
			return
		}
		built.Geth = lastLine(gethOut)
		t.Logf("geth %s ready in %s", built.Geth, time.Since(start).Round(time.Second))
		if binDir, err = os.MkdirTemp("", "avlplasma-e2e-"); err != nil {
			buildErr = err
			return
		}
		start = time.Now()
		for _, c := range []string{"plasmad", "plasma"} {
			if out, err := run(context.Background(), root, goCmd(), "build", "-o", filepath.Join(binDir, c), "./cmd/"+c); err != nil {
				buildErr = fmt.Errorf("go build ./cmd/%s: %v\n%s", c, err, out)
				return
			}
		}
		built.Plasmad, built.Plasma = filepath.Join(binDir, "plasmad"), filepath.Join(binDir, "plasma")
		t.Logf("plasmad and plasma built in %s", time.Since(start).Round(time.Second))
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return built
}

// gethDev is a running geth --dev node.
type gethDev struct {
	URL    string
	RPC    *rpc.Client
	Client *ethclient.Client
	Dev    common.Address // the unlocked, funded dev account
}

// startGethDev starts geth --dev sealing a block every second, with its
// data under dir; it is killed when the test ends.
func startGethDev(ctx context.Context, t *testing.T, bins binaries, dir string) *gethDev {
	t.Helper()
	httpPort, authPort := freePort(t), freePort(t)
	g := &gethDev{URL: fmt.Sprintf("http://127.0.0.1:%d", httpPort)}
	startProc(t, "geth", bins.Geth,
		"--dev", "--dev.period", "1",
		"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(httpPort),
		"--http.api", "eth,net,web3,txpool",
		"--datadir", filepath.Join(dir, "geth"), "--ipcdisable", "--nodiscover", "--port", "0",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", fmt.Sprint(authPort),
		"--verbosity", "2")
	g.RPC = waitRPC(ctx, t, g.URL)
	g.Client = ethclient.NewClient(g.RPC)
	var accts []common.Address
	if err := g.RPC.CallContext(ctx, &accts, "eth_accounts"); err != nil || len(accts) == 0 {
		t.Fatalf("eth_accounts: %v %v", accts, err)
	}
	g.Dev = accts[0]
	return g
}

// deploy runs `plasmad deploy` with the dev preset and returns the
// deployment file.
func deploy(ctx context.Context, t *testing.T, bins binaries, dir, l1URL, opHex string) string {
	t.Helper()
	depFile := filepath.Join(dir, "deployment.json")
	out, err := run(ctx, dir, bins.Plasmad, "deploy", "--l1.rpc", l1URL, "--private-key", opHex, "--dev",
		"--challenge-period", fmt.Sprint(challengePeriod), "--out", depFile)
	if err != nil {
		t.Fatalf("plasmad deploy: %v\n%s", err, out)
	}
	t.Logf("plasmad deploy: %s", strings.TrimSpace(out))
	return depFile
}

// proc is a long-running child process.
type proc struct {
	name string
	cmd  *exec.Cmd
	out  *syncbuf.Buffer
	done chan struct{}
	once sync.Once
}

// startProc starts a long-running process, kills it at the end of the test
// and logs its output if the test failed.
func startProc(t *testing.T, name, bin string, args ...string) *proc {
	t.Helper()
	p := &proc{name: name, cmd: exec.Command(bin, args...), out: &syncbuf.Buffer{}, done: make(chan struct{})}
	dieWithParent(p.cmd)
	p.cmd.Stdout, p.cmd.Stderr = p.out, p.out
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	go func() { _ = p.cmd.Wait(); close(p.done) }()
	t.Cleanup(func() {
		p.kill()
		if t.Failed() {
			t.Logf("--- %s output ---\n%s", name, p.out.String())
		}
	})
	return p
}

// kill sends SIGKILL (no chance to flush or stop cleanly) and waits for
// the process to be gone.
func (p *proc) kill() {
	p.once.Do(func() { _ = p.cmd.Process.Signal(syscall.SIGKILL) })
	<-p.done
}
