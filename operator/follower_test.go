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

// A restarted follower resumes after its cursor, yet still challenges an
// exit and answers a proof request whose events lie before the cursor.
func TestFollowerRecallsOpenExitsAndRequestsAfterRestart(t *testing.T) {
	e := newL1Env(t, true)
	p := newParts(t, e)
	ctx := context.Background()
	pub := p.publisher(t)
	fol := newFollower(p.seq, p.l1, p.clock, 0, time.Second, p.dir, p.log)
	fol.loadCursor()
	alice, aliceAddr := e.l1.Keys[1], e.l1.Addrs[1]

	e.deposit(alice, eth(3000))
	if err := fol.sync(ctx); err != nil {
		t.Fatal(err)
	}
	p.tick(e)
	p.seal(t, 1)
	if err := pub.step(ctx); err != nil {
		t.Fatal(err)
	}
	k := e.lastBlock()
	tr := e.transfer(alice, e.l1.Addrs[2], eth(1000), 0, new(big.Int))
	if _, err := p.seq.Submit(ctx, tr); err != nil {
		t.Fatal(err)
	}
	p.seal(t, 1)
	if err := pub.step(ctx); err != nil {
		t.Fatal(err)
	}
	if n := e.lastBlock(); n != k+1 {
		t.Fatalf("lastBlock %d, want %d", n, k+1)
	}

	// A stale exit from block k and a proof request, both read by the
	// follower before it stops, neither acted on.
	bond := l1get(e, e.pc.PackExitBond(), e.pc.UnpackExitBond)
	e.send(alice, bond, e.exitData(p.seq, k, aliceAddr))
	h, err := p.seq.Header(k)
	if err != nil {
		t.Fatal(err)
	}
	at, _, err := p.seq.CommittedAt(k)
	if err != nil {
		t.Fatal(err)
	}
	rb := l1get(e, e.pc.PackRequestBond(), e.pc.UnpackRequestBond)
	e.send(e.l1.Keys[3], rb, e.pc.PackRequestProof(aliceAddr, plasma.ETH, bindHeader(h), at))
	if err := fol.sync(ctx); err != nil {
		t.Fatal(err)
	}

	fol2 := newFollower(p.seq, p.l1, p.clock, 0, time.Second, p.dir, p.log)
	fol2.loadCursor()
	if fol2.cursor != fol.cursor || fol2.cursor <= e.deploy {
		t.Fatalf("cursor %d after restart, was %d", fol2.cursor, fol.cursor)
	}
	p.tick(e)
	if err := fol2.step(ctx); err != nil {
		t.Fatal(err)
	}
	chal := e.logs(bindings.PlasmaChainExitChallengedEventName)
	if len(chal) != 1 {
		t.Fatalf("%d challenges after the restart, want 1", len(chal))
	}
	ev, err := e.pc.UnpackExitChallengedEvent(&chal[0])
	if err != nil {
		t.Fatal(err)
	}
	if ev.SpentFloor.Cmp(tr.Spent.ToBig()) != 0 {
		t.Fatalf("challenged to floor %s, want %s", ev.SpentFloor, tr.Spent.Dec())
	}
	if n := len(e.logs(bindings.PlasmaChainProofAnsweredEventName)); n != 1 {
		t.Fatalf("%d answers after the restart, want 1", n)
	}
	// Another pass sends nothing more and forgets what is closed.
	if err := fol2.step(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(e.logs(bindings.PlasmaChainExitChallengedEventName)); n != 1 {
		t.Fatalf("%d challenges after a second pass", n)
	}
	fol2.mu.Lock()
	defer fol2.mu.Unlock()
	if len(fol2.requests) != 0 {
		t.Fatalf("%d requests still remembered after the answer", len(fol2.requests))
	}
}
