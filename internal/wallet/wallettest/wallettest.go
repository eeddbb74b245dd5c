// Package wallettest starts what wallet tests talk to: a simulated L1 with
// PlasmaChain deployed and mined continuously, and a real operator serving
// the REST API over it.
package wallettest

import (
	"context"
	"net"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	"github.com/avlplasma/avlplasma/contracts"
	"github.com/avlplasma/avlplasma/httpapi"
	"github.com/avlplasma/avlplasma/internal/apiserver"
	"github.com/avlplasma/avlplasma/internal/siml1"
	"github.com/avlplasma/avlplasma/operator"
)

// MinFee is the operator's minimum fee in these stacks.
const MinFee = 7

// Chain is a simulated L1 with PlasmaChain deployed (dev parameters,
// operator = Keys[0]) and a block mined every 50 ms.
type Chain struct {
	*siml1.Chain
	Dep *contracts.Deployment
}

// NewChain starts the chain; withRPC also serves JSON-RPC on a free local
// port (see HTTPEndpoint).
func NewChain(t testing.TB, withRPC bool) *Chain {
	t.Helper()
	ctx := context.Background()
	var opts []siml1.Option
	if withRPC {
		opts = append(opts, siml1.WithHTTP("127.0.0.1", freePort(t)))
	}
	c := siml1.New(t, opts...)
	p := contracts.DefaultDevParams(c.Addrs[0])
	_, tx, err := contracts.SendDeploy(c.Client, c.TransactOpts(c.Keys[0]), p)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := c.Mine(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	dep, err := contracts.NewDeployment(ctx, c.Client, c.ChainID, rc[0], p)
	if err != nil {
		t.Fatal(err)
	}
	// Mine here rather than with MineEvery so cleanup can wait for the
	// miner to stop before the chain closes (cleanups run last first).
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tk := time.NewTicker(50 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tk.C:
				c.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done })
	return &Chain{Chain: c, Dep: dep}
}

func freePort(t testing.TB) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// AdjustTime moves L1 time forward, retrying while the miner holds a
// pending transaction.
func (c *Chain) AdjustTime(t testing.TB, d time.Duration) {
	t.Helper()
	var err error
	for range 100 {
		if err = c.Chain.AdjustTime(d); err == nil {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal(err)
}

// Stack is an operator with its REST API over a Chain.
type Stack struct {
	Service *operator.Service
	Server  *httptest.Server
	URL     string
}

// StartStack starts the operator (100 ms blocks, min fee MinFee, 60 s
// deadline margin) and its API; Stop (also at cleanup) ends both.
func StartStack(t testing.TB, c *Chain) *Stack {
	t.Helper()
	log := zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel)
	svc, err := operator.NewService(operator.ServiceConfig{
		DataDir: t.TempDir(), L1: c.Client, Contract: c.Dep.PlasmaChain, DeploymentBlock: c.Dep.Block,
		ChainID: c.ChainID, Operator: c.TransactOpts(c.Keys[0]), BlockTime: 100 * time.Millisecond,
		MinFee: uint256.NewInt(MinFee), MinDeadlineMargin: 60 * time.Second, PollInterval: 30 * time.Millisecond,
		CallTimeout: 5 * time.Second, ReceiptTimeout: 5 * time.Second, SyncTimeout: 10 * time.Second,
	}, log)
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	be, err := apiserver.New(apiserver.Config{
		Sequencer: svc.Sequencer(), L1: c.Client, Contract: c.Dep.PlasmaChain,
		DeploymentBlock: c.Dep.Block, DeployTime: c.Dep.DeployTime, ChainID: c.ChainID,
		Operator: c.Addrs[0], MinFee: uint256.NewInt(MinFee), MinDeadlineMargin: 60, Ready: svc.Ready, Log: log,
	})
	if err != nil {
		_ = svc.Stop(context.Background())
		t.Fatal(err)
	}
	srv := httptest.NewServer(httpapi.NewRouter(be, httpapi.Options{Log: log}))
	s := &Stack{Service: svc, Server: srv, URL: srv.URL}
	t.Cleanup(s.Stop)
	return s
}

// Stop closes the API and stops the operator; the URL then refuses
// connections.
func (s *Stack) Stop() {
	if s.Server != nil {
		s.Server.Close()
		_ = s.Service.Stop(context.Background())
		s.Server = nil
	}
}

// WaitFor polls cond every 30 ms for up to 20 s.
func WaitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(30 * time.Millisecond)
	}
}
