package operator

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/contracts/bindings"
	"github.com/avlplasma/avlplasma/internal/siml1"
)

// An L1 reorg shallower than confirmations: a deposit in a block that is
// replaced is never applied from the replaced block, and the ledger ends up
// with exactly the canonical chain's operations, each once.
func TestFollowerSurvivesShallowReorg(t *testing.T) {
	e := newL1Env(t, false)
	p := newParts(t, e)
	ctx := context.Background()
	newFol := func() *Follower {
		f := newFollower(p.seq, p.l1, p.clock, 2, time.Second, p.dir, p.log)
		f.loadCursor()
		return f
	}
	fol := newFol()
	alice, bob := e.l1.Keys[1], e.l1.Keys[2]

	base, err := e.l1.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ra, err := e.l1.Transact(ctx, alice, siml1.Tx{To: &e.addr, Value: eth(1000), Data: e.pc.PackDeposit(), Gas: 1_000_000})
	if err != nil {
		t.Fatal(err)
	}
	e.l1.Commit() // the deposit is one block deep: not yet confirmed
	if err := fol.sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := p.seq.NextOpIndex(); n != 0 {
		t.Fatalf("applied %d operations before they were confirmed", n)
	}

	// Replace both blocks: bob deposits first on the new branch.
	if err := e.l1.Backend.Fork(base.Hash()); err != nil {
		t.Fatal(err)
	}
	if _, err := e.l1.Transact(ctx, bob, siml1.Tx{To: &e.addr, Value: eth(2000), Data: e.pc.PackDeposit(), Gas: 1_000_000}); err != nil {
		t.Fatal(err)
	}
	for range 4 {
		e.l1.Commit()
	}
	if h, err := e.l1.Client.HeaderByNumber(ctx, ra.BlockNumber); err != nil || h.Hash() == ra.BlockHash {
		t.Fatalf("the deposit's block was not replaced (%v)", err)
	}
	if err := fol.sync(ctx); err != nil {
		t.Fatal(err)
	}
	count := l1get(e, e.pc.PackOpsCount(), e.pc.UnpackOpsCount)
	if n := p.seq.NextOpIndex(); n != count {
		t.Fatalf("next op %d, contract has %d", n, count)
	}
	blk, err := p.seq.SealNow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The sealed ops hash is the canonical chain's, and the ledger holds
	// exactly what the contract owes.
	var last [32]byte
	for _, lg := range e.logs(bindings.PlasmaChainOperationAppendedEventName) {
		ev, err := e.pc.UnpackOperationAppendedEvent(&lg)
		if err != nil {
			t.Fatal(err)
		}
		last = ev.OpsHash
	}
	if blk.OpsHash != common.Hash(last) {
		t.Fatalf("sealed ops hash %s, contract's %s", blk.OpsHash.Hex(), common.Hash(last).Hex())
	}
	sum := new(big.Int)
	for _, a := range e.l1.Addrs[:3] {
		sum.Add(sum, balance(t, p.seq, a))
	}
	if liab := l1get(e, e.pc.PackLiabilities(plasma.ETH), e.pc.UnpackLiabilities); sum.Cmp(liab) != 0 {
		t.Fatalf("ledger holds %s, contract owes %s", sum, liab)
	}
	if b := balance(t, p.seq, e.l1.Addrs[2]); b.Cmp(eth(2000)) != 0 {
		t.Fatalf("bob holds %s", b)
	}

	// A restarted follower resumes from its cursor and applies nothing twice.
	fol2 := newFol()
	if fol2.cursor != fol.cursor {
		t.Fatalf("cursor %d after restart, was %d", fol2.cursor, fol.cursor)
	}
	fol2.cursor = e.deploy // even a replay from the start is harmless
	if err := fol2.sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := p.seq.NextOpIndex(); n != count {
		t.Fatalf("next op %d after replay, want %d", n, count)
	}
}
