package operator

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
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
