package operator

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/rs/zerolog"

	"github.com/avlplasma/avlplasma/contracts/bindings"
)

// parts builds a sequencer on disk and the L1 side over e, without the
// service's loops, so tests drive each step.
type parts struct {
	seq   *Sequencer
	l1    *l1
	clock *l1Clock
	log   zerolog.Logger
	dir   string
}

func newParts(t *testing.T, e *l1env) *parts {
	t.Helper()
	p := &parts{clock: &l1Clock{}, log: zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.InfoLevel), dir: t.TempDir()}
	p.tick(e)
	seq, err := NewSequencer(SequencerConfig{DataDir: p.dir, Domain: e.dom, Operator: e.l1.Addrs[0], BlockTime: time.Hour}, p.clock, p.log)
	if err != nil {
		t.Fatal(err)
	}
	if err := seq.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = seq.Stop(context.Background()) })
	p.seq = seq
	p.l1 = &l1{c: e.l1.Client, contract: e.addr, pc: e.pc, auth: e.l1.TransactOpts(e.l1.Keys[0]), deployBlock: e.deploy,
		timeout: 5 * time.Second, receipt: 5 * time.Second, log: p.log, m: newMetrics()}
	return p
}

// tick moves the clock to the L1 head's time.
func (p *parts) tick(e *l1env) {
	now, err := e.l1.Now(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	p.clock.observe(now)
}

func (p *parts) publisher(t *testing.T) *Publisher {
	t.Helper()
	pub := newPublisher(p.seq, p.l1, 0, 0, time.Second, p.log)
	if err := pub.init(context.Background()); err != nil {
		t.Fatal(err)
	}
	return pub
}

func (p *parts) seal(t *testing.T, n int) {
	t.Helper()
	for range n {
		if _, err := p.seq.SealNow(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
}

func commitTxs(e *l1env) map[common.Hash][]uint64 {
	out := map[common.Hash][]uint64{}
	for _, lg := range e.logs(bindings.PlasmaChainBlockCommittedEventName) {
		ev, err := e.pc.UnpackBlockCommittedEvent(&lg)
		if err != nil {
			e.t.Fatal(err)
		}
		if ev.Number > 0 {
			out[lg.TxHash] = append(out[lg.TxHash], ev.Number)
		}
	}
	return out
}

func TestPublisherBatchesRestartsAndReseals(t *testing.T) {
	e := newL1Env(t, true)
	p := newParts(t, e)
	ctx := context.Background()

	// Behind by five blocks: one transaction commits them all.
	p.seal(t, 5)
	pub := p.publisher(t)
	if err := pub.step(ctx); err != nil {
		t.Fatal(err)
	}
	if n := e.lastBlock(); n != 5 {
		t.Fatalf("lastBlock %d, want 5", n)
	}
	if txs := commitTxs(e); len(txs) != 1 {
		t.Fatalf("%d commit transactions, want 1: %v", len(txs), txs)
	}
	e.checkCommitted(p.seq)

	// A restart that lost the receipt: the markers come back from L1 and
	// nothing is committed twice.
	if err := p.seq.MarkCommitted(2, 0); err != nil {
		t.Fatal(err)
	}
	pub = p.publisher(t)
	if err := pub.step(ctx); err != nil {
		t.Fatal(err)
	}
	if m := p.seq.Markers(); m.Committed != 5 || m.Finalized != 5 {
		t.Fatalf("markers %+v after restart, want committed and finalized 5", m)
	}
	if txs := commitTxs(e); len(txs) != 1 {
		t.Fatalf("%d commit transactions after restart, want 1", len(txs))
	}
	p.seal(t, 2)
	if err := pub.step(ctx); err != nil {
		t.Fatal(err)
	}
	if n := e.lastBlock(); n != 7 {
		t.Fatalf("lastBlock %d, want 7", n)
	}
	e.checkCommitted(p.seq)

	// A block sealed, then left until it is too old to commit: re-sealed
	// with a fresh timestamp, then committed.
	p.seal(t, 1)
	old, err := p.seq.Header(8)
	if err != nil {
		t.Fatal(err)
	}
	e.advance(time.Duration(e.p.MaxSealLag+5) * time.Second)
	p.tick(e)
	for i := 0; i < 3 && e.lastBlock() < 8; i++ {
		if err := pub.step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if n := e.lastBlock(); n != 8 {
		t.Fatalf("lastBlock %d after re-seal, want 8", n)
	}
	h, err := p.seq.Header(8)
	if err != nil {
		t.Fatal(err)
	}
	if h.Timestamp <= old.Timestamp {
		t.Fatalf("block 8 timestamp %d, not re-sealed after %d", h.Timestamp, old.Timestamp)
	}
	e.checkCommitted(p.seq)
}

// sendTap records every transaction sent through the real client, with the
// node's answer.
type sendTap struct {
	L1Client
	mu   sync.Mutex
	txs  []*types.Transaction
	errs []error
}

func (s *sendTap) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := s.L1Client.SendTransaction(ctx, tx)
	s.mu.Lock()
	s.txs, s.errs = append(s.txs, tx), append(s.errs, err)
	s.mu.Unlock()
	return err
}

func (s *sendTap) calls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.txs)
}

func (s *sendTap) since(i int) ([]*types.Transaction, []error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*types.Transaction(nil), s.txs[i:]...), append([]error(nil), s.errs[i:]...)
}

// A commit transaction not mined within the receipt timeout is replaced at
// the same nonce with higher fees; exactly one version lands and the
// blocks are committed once. Then a commit left pending by a run that died
// is replaced by the next run, not queued behind or doubled.
func TestPublisherBumpsFeesUntilMined(t *testing.T) {
	e := newL1Env(t, false) // blocks are mined only when the test says
	p := newParts(t, e)
	tap := &sendTap{L1Client: e.l1.Client}
	p.l1.c = tap
	p.l1.receipt = 300 * time.Millisecond
	ctx := context.Background()
	op := e.l1.Addrs[0]
	nonce0, err := e.l1.Client.NonceAt(ctx, op, nil)
	if err != nil {
		t.Fatal(err)
	}

	p.seal(t, 2)
	pub := p.publisher(t)
	done := make(chan error, 1)
	go func() { done <- pub.step(ctx) }()
	waitFor(t, "two fee bumps", func() bool { return tap.calls() >= 3 })
	e.l1.Commit()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("step: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("step did not return after the block was mined")
	}

	txs, errs := tap.since(0)
	var landed []*types.Receipt
	for i, tx := range txs {
		if errs[i] != nil {
			t.Fatalf("version %d refused by the node: %v", i, errs[i])
		}
		if tx.Nonce() != nonce0 {
			t.Fatalf("version %d has nonce %d, want %d", i, tx.Nonce(), nonce0)
		}
		if i > 0 {
			prev := txs[i-1]
			// Nodes replace only with at least 10% more on both fees.
			if tx.GasTipCap().Cmp(new(big.Int).Div(new(big.Int).Mul(prev.GasTipCap(), big.NewInt(110)), big.NewInt(100))) < 0 ||
				tx.GasFeeCap().Cmp(new(big.Int).Div(new(big.Int).Mul(prev.GasFeeCap(), big.NewInt(110)), big.NewInt(100))) < 0 {
				t.Fatalf("version %d fees (%s, %s) not 10%% above (%s, %s)", i, tx.GasTipCap(), tx.GasFeeCap(), prev.GasTipCap(), prev.GasFeeCap())
			}
			if !bytes.Equal(tx.Data(), prev.Data()) {
				t.Fatalf("version %d carries other calldata", i)
			}
		}
		if r, err := e.l1.Client.TransactionReceipt(ctx, tx.Hash()); err == nil {
			landed = append(landed, r)
		}
	}
	if len(txs) < 3 {
		t.Fatalf("%d versions sent, want at least 3", len(txs))
	}
	if len(landed) != 1 || landed[0].Status != types.ReceiptStatusSuccessful {
		t.Fatalf("%d versions landed, want exactly one that succeeded", len(landed))
	}
	if landed[0].TxHash == txs[0].Hash() {
		t.Fatal("the first version landed: it was never replaced")
	}
	if n, err := e.l1.Client.NonceAt(ctx, op, nil); err != nil || n != nonce0+1 {
		t.Fatalf("operator nonce %d (%v), want %d", n, err, nonce0+1)
	}
	if got := commitTxs(e); len(got) != 1 || len(got[landed[0].TxHash]) != 2 {
		t.Fatalf("commit transactions %v, want one with blocks 1 and 2", got)
	}
	if m := p.seq.Markers(); m.Committed != 2 || m.Published != 2 {
		t.Fatalf("markers %+v, want committed 2", m)
	}
	e.checkCommitted(p.seq)
	if v := counterValue(t, p.l1.m.feeBumps.WithLabelValues("commitBlocks")); v != float64(len(txs)-1) {
		t.Fatalf("fee bumps counted %v, sent %d versions", v, len(txs))
	}
	if v := counterValue(t, p.l1.m.commitTxs); v != 1 {
		t.Fatalf("commit transactions counted %v, want 1", v)
	}
	// Nothing left to commit: a further step sends nothing.
	before := tap.calls()
	if err := pub.step(ctx); err != nil {
		t.Fatal(err)
	}
	if tap.calls() != before {
		t.Fatal("a step with nothing to commit sent a transaction")
	}

	// A run dies while its commit of block 3 is pending (its context ends
	// mid-wait); the next run finds the transaction in the pool and takes
	// over its nonce.
	p.seal(t, 1)
	dying, die := context.WithCancel(ctx)
	go func() { done <- pub.step(dying) }()
	waitFor(t, "the dying run's commit and one fee bump", func() bool { return tap.calls() >= before+2 })
	die()
	if err := <-done; err == nil {
		t.Fatal("the cancelled step reported success")
	}
	if n, err := e.l1.Client.PendingTransactionCount(ctx); err != nil || n != 1 {
		t.Fatalf("%d transactions pending (%v), want the dead run's commit", n, err)
	}
	before = tap.calls()
	pub = p.publisher(t) // the restarted run
	go func() { done <- pub.step(ctx) }()
	waitFor(t, "the restarted run's send", func() bool { return tap.calls() > before })
	e.l1.Commit()
	if err := <-done; err != nil {
		t.Fatalf("step after restart: %v", err)
	}
	// Its fresh fees are below the bumped pending version: the node calls
	// them underpriced, and the run outbids at once.
	txs, errs = tap.since(before)
	for i, tx := range txs {
		if tx.Nonce() != nonce0+1 {
			t.Fatalf("the restarted run sent nonce %d, want the pending one's %d", tx.Nonce(), nonce0+1)
		}
		t.Logf("restarted run, version %d: %v", i, errs[i])
	}
	if len(errs) < 2 || errs[0] == nil || !strings.Contains(errs[0].Error(), "underpriced") {
		t.Fatalf("the restarted run's first version got %v, want underpriced", errs)
	}
	if n, err := e.l1.Client.NonceAt(ctx, op, nil); err != nil || n != nonce0+2 {
		t.Fatalf("operator nonce %d (%v), want %d: the restarted run queued behind or doubled", n, err, nonce0+2)
	}
	if n := e.lastBlock(); n != 3 {
		t.Fatalf("lastBlock %d, want 3", n)
	}
	if got := commitTxs(e); len(got) != 2 {
		t.Fatalf("commit transactions %v, want two", got)
	}
	if m := p.seq.Markers(); m.Committed != 3 {
		t.Fatalf("markers %+v, want committed 3", m)
	}
	e.checkCommitted(p.seq)
}

func counterValue(t *testing.T, c prometheus.Counter) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}
