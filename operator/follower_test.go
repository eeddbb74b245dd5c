package operator

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

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

// An L1 reorg shallower than confirmations undoes the commit of a block
// holding alice's spend; the block goes stale, is re-sealed without the
// (now expired) spend and committed again. The follower's spend index must
// not keep the undone spend: alice's exit from before it is honest and
// stays unchallenged, at its full amount.
func TestFollowerSpendIndexSurvivesReorg(t *testing.T) {
	e := newL1Env(t, true)
	p := newParts(t, e)
	ctx := context.Background()
	const conf = 2
	pub := newPublisher(p.seq, p.l1, conf, 0, time.Second, p.log)
	if err := pub.init(ctx); err != nil {
		t.Fatal(err)
	}
	fol := newFollower(p.seq, p.l1, p.clock, conf, time.Second, p.dir, p.log)
	fol.loadCursor()
	mine := func(n int) {
		for range n {
			e.l1.Commit()
		}
	}
	step := func(what string, fn func(context.Context) error) {
		t.Helper()
		p.tick(e)
		if err := fn(ctx); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	alice, aliceAddr, op := e.l1.Keys[1], e.l1.Addrs[1], e.l1.Addrs[0]

	e.deposit(alice, eth(5000))
	mine(conf)
	step("follower", fol.step)
	p.seal(t, 1)
	step("publisher", pub.step) // commits block 1
	mine(conf)
	step("publisher", pub.step) // finalizes it
	if m := p.seq.Markers(); m.Finalized != 1 {
		t.Fatalf("markers %+v, want block 1 finalized", m)
	}

	tr := e.transfer(alice, e.l1.Addrs[2], eth(1000), 0, new(big.Int))
	hash, err := p.seq.Submit(ctx, tr)
	if err != nil {
		t.Fatal(err)
	}
	p.seal(t, 1)
	nonce, err := e.l1.Client.NonceAt(ctx, op, nil)
	if err != nil {
		t.Fatal(err)
	}
	step("publisher", pub.step) // commits block 2, one L1 block deep
	if n := e.lastBlock(); n != 2 {
		t.Fatalf("lastBlock %d, want 2", n)
	}
	commit, err := e.l1.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	step("follower", fol.step)
	fol.mu.Lock()
	_, indexed := fol.spends[plasma.AccountKey{Owner: aliceAddr, Token: plasma.ETH}]
	fol.mu.Unlock()
	if indexed || fol.indexed != 1 {
		t.Fatalf("spend index covers %d blocks (alice's spend: %v) while block 2's commit is 1 of %d confirmations deep", fol.indexed, indexed, conf)
	}

	// The reorg: the commit's L1 block is replaced by one where the
	// operator's nonce went to another transaction, so the commit cannot
	// come back.
	e.forkBurningNonce(commit.ParentHash, e.l1.Keys[0], nonce)
	if n := e.lastBlock(); n != 1 {
		t.Fatalf("lastBlock %d after the reorg, want 1", n)
	}

	// Past the transfer's deadline: block 2 is stale, re-sealed without it.
	e.advance(2 * time.Hour)
	for i := 0; i < 4 && e.lastBlock() < 2; i++ {
		step("publisher", pub.step)
	}
	blk, err := p.seq.Block(2)
	if err != nil {
		t.Fatal(err)
	}
	if e.lastBlock() != 2 || len(blk.Transfers) != 0 {
		t.Fatalf("lastBlock %d, block 2 has %d transfers: want block 2 re-sealed empty and committed", e.lastBlock(), len(blk.Transfers))
	}
	if st, _, err := p.seq.TransferStatus(hash); err != nil || st != plasma.StatusDropped {
		t.Fatalf("transfer status %s (%v), want dropped", st, err)
	}
	mine(conf)
	step("publisher", pub.step)
	if m := p.seq.Markers(); m.Finalized != 2 {
		t.Fatalf("markers %+v, want block 2 finalized", m)
	}
	e.checkCommitted(p.seq)

	// Alice's exit from block 1 is honest: her spend never happened.
	bond := l1get(e, e.pc.PackExitBond(), e.pc.UnpackExitBond)
	e.send(alice, bond, e.exitData(p.seq, 1, aliceAddr))
	mine(conf)
	step("follower", fol.step)
	step("follower", fol.step)
	if n := len(e.logs(bindings.PlasmaChainExitChallengedEventName)); n != 0 {
		t.Fatalf("an honest exit was challenged %d times", n)
	}
	open := l1get(e, e.pc.PackOpenExit(aliceAddr, plasma.ETH), e.pc.UnpackOpenExit)
	if open.Amount.Cmp(eth(5000)) != 0 {
		t.Fatalf("exit amount %s, want 5 ETH", open.Amount)
	}
	fol.mu.Lock()
	defer fol.mu.Unlock()
	if loc, ok := fol.spends[plasma.AccountKey{Owner: aliceAddr, Token: plasma.ETH}]; ok {
		t.Fatalf("spend index still holds alice's undone spend at block %d", loc.block)
	}
	if fol.indexed != 2 {
		t.Fatalf("spend index covers %d blocks, want 2", fol.indexed)
	}
}

// forkBurningNonce makes a side chain from parent its head, with one block
// holding a self-transfer from key at nonce (at fees no dropped transaction
// matches), so the transaction key had at that nonce in the dropped blocks
// cannot come back.
func (e *l1env) forkBurningNonce(parent common.Hash, key *ecdsa.PrivateKey, nonce uint64) {
	e.t.Helper()
	e.mineMu.Lock()
	defer e.mineMu.Unlock()
	if err := e.l1.Backend.Fork(parent); err != nil {
		e.t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	gwei := big.NewInt(1e9)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(e.l1.ChainID), &types.DynamicFeeTx{
		ChainID: e.l1.ChainID, Nonce: nonce, GasTipCap: new(big.Int).Mul(gwei, big.NewInt(100)),
		GasFeeCap: new(big.Int).Mul(gwei, big.NewInt(1000)), Gas: 21000, To: &from, Value: new(big.Int),
	})
	if err != nil {
		e.t.Fatal(err)
	}
	// The pool catches up with the new head asynchronously (and takes the
	// dropped transactions back): retry until it knows the nonce is free.
	for i := 0; ; i++ {
		err := e.l1.Client.SendTransaction(e.ctx, tx)
		if err == nil {
			break
		}
		if i == 200 || !strings.Contains(err.Error(), "nonce too low") {
			e.t.Fatal(err)
		}
		time.Sleep(10 * time.Millisecond)
	}
	e.l1.Commit()
}

// An exit started in an L1 block that a reorg shallower than confirmations
// drops is never acted on: the follower remembers only exits confirmations
// deep, and one started again on the new branch once it is.
func TestFollowerIgnoresExitUndoneByReorg(t *testing.T) {
	e := newL1Env(t, true)
	p := newParts(t, e)
	ctx := context.Background()
	const conf = 2
	pub := p.publisher(t)
	fol := newFollower(p.seq, p.l1, p.clock, conf, time.Second, p.dir, p.log)
	fol.loadCursor()
	mine := func(n int) {
		for range n {
			e.l1.Commit()
		}
	}
	step := func(what string, fn func(context.Context) error) {
		t.Helper()
		p.tick(e)
		if err := fn(ctx); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	remembered := func() int {
		fol.mu.Lock()
		defer fol.mu.Unlock()
		return len(fol.exits)
	}
	alice, aliceAddr := e.l1.Keys[1], e.l1.Addrs[1]
	e.deposit(alice, eth(2000))
	mine(conf)
	step("follower", fol.step)
	p.seal(t, 1)
	step("publisher", pub.step)
	if n := e.lastBlock(); n != 1 {
		t.Fatalf("lastBlock %d, want 1", n)
	}

	bond := l1get(e, e.pc.PackExitBond(), e.pc.UnpackExitBond)
	nonce, err := e.l1.Client.NonceAt(ctx, aliceAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := e.send(alice, bond, e.exitData(p.seq, 1, aliceAddr))
	exitBlock, err := e.l1.Client.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	step("follower", fol.step)
	if n := remembered(); n != 0 {
		t.Fatalf("the follower took up an exit 0 of %d confirmations deep", conf)
	}

	e.forkBurningNonce(exitBlock.ParentHash, alice, nonce)
	mine(conf + 1)
	step("follower", fol.step)
	if open := l1get(e, e.pc.PackOpenExit(aliceAddr, plasma.ETH), e.pc.UnpackOpenExit); open.ExitId.Sign() != 0 {
		t.Fatalf("exit %s still open after the reorg", open.ExitId)
	}
	if n := remembered(); n != 0 {
		t.Fatalf("the follower remembers %d exits the reorg dropped", n)
	}
	if v := counterValue(t, p.l1.m.exitsSeen); v != 0 {
		t.Fatalf("%v exits seen", v)
	}

	// Started again on the new branch: taken up once confirmed.
	e.send(alice, bond, e.exitData(p.seq, 1, aliceAddr))
	step("follower", fol.step)
	if n := remembered(); n != 0 {
		t.Fatal("the new exit was taken up before it was confirmed")
	}
	mine(conf)
	step("follower", fol.step)
	if n := remembered(); n != 1 {
		t.Fatalf("the follower remembers %d exits, want the confirmed one", n)
	}
}
