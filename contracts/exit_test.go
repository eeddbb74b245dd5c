package contracts

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/avl"
	"github.com/avlplasma/avlplasma/contracts/bindings"
	"github.com/avlplasma/avlplasma/proofs"
)

// The whole exit game with ETH: deposit, blocks with real roots, a stale
// exit challenged twice, finalization in queue order, withdrawals, and the
// lock / unlock-and-debit operations replayed into the next block.
func TestExitGameETH(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	bobKey, bob := e.user(2)
	_, carol := e.user(3)
	w1Key, w1 := e.user(4)
	w2Key, w2 := e.user(5)

	e.deposit(aliceKey, milli(3000))
	e.deposit(bobKey, milli(1000))
	e.commit()                                                       // block 1: alice 3, bob 1
	e.commit(e.transfer(aliceKey, bob, eth, milli(1000), milli(10))) // block 2: alice spent 1.01
	e.commit(e.transfer(aliceKey, carol, eth, milli(500), milli(0))) // block 3: alice spent 1.51

	// Alice exits from block 1 as if she never paid.
	aliceLeaf, aliceProof := e.prove(1, alice, eth)
	r := e.mustSend(aliceKey, e.p.ExitBond, e.startExitData(1, eth, aliceLeaf, aliceProof))
	ev := e.exitStarted(r)
	aliceExit := ev.ExitId
	wantBig(t, "exit amount", ev.Amount, milli(3000))
	if ev.Owner != alice || ev.BlockNumber != 1 || ev.BondPayer != alice || ev.Leaf.Balance.Cmp(milli(3000)) != 0 {
		t.Fatalf("ExitStarted %+v", ev)
	}
	b1 := e.blocks[1]
	if want := max(b1.CommittedAt+2*e.p.ChallengePeriod, e.now()+e.p.ChallengePeriod); ev.ExitableAt != want {
		t.Fatalf("exitableAt %d, want %d", ev.ExitableAt, want)
	}
	if got := view(e, e.pc.PackExitableAtOf(aliceExit), e.pc.UnpackExitableAtOf); got != ev.ExitableAt {
		t.Fatalf("exitableAtOf %d", got)
	}
	lock := e.ops[len(e.ops)-1]
	if lock.Kind != plasma.OpLock || lock.Owner != alice || lock.Nonce != 0 || !lock.Amount.IsZero() {
		t.Fatalf("lock op %+v", lock)
	}

	// Two challenges: the floor rises to the newest spend; the second
	// challenger set the highest floor.
	e.mustSend(w1Key, nil, e.challengeData(aliceExit, 2, 0))
	wantBig(t, "floor", e.spentFloor(alice, eth), milli(1010))
	wantBig(t, "amount", e.openExit(alice, eth).Amount, milli(1990))
	_, err := e.send(w2Key, nil, e.challengeData(aliceExit, 2, 0))
	wantRevert(t, err, "SpentNotAbove")
	r = e.mustSend(w2Key, nil, e.challengeData(aliceExit, 3, 0))
	for _, lg := range r.Logs {
		if ch, err := e.pc.UnpackExitChallengedEvent(lg); err == nil {
			if ch.Challenger != w2 || ch.SpendBlock != 3 || ch.SpentFloor.Cmp(milli(1510)) != 0 || common.Hash(ch.TransferHash) != e.dom.TransferDigest(e.blocks[3].Txs[0]) {
				t.Fatalf("ExitChallenged %+v", ch)
			}
		}
	}
	ex := e.openExit(alice, eth)
	wantBig(t, "amount after second challenge", ex.Amount, milli(1490))
	if ex.Challenger != w2 {
		t.Fatalf("challenger %s", ex.Challenger)
	}

	// Bob exits from block 3; nothing is mature yet.
	bobExit := e.mustStartExit(bobKey, 3, eth)
	if n := len(e.finalized(e.finalize(eth, 10))); n != 0 {
		t.Fatalf("%d exits finalized before maturity", n)
	}
	_, err = e.send(w1Key, nil, e.challengeData(bobExit, 3, 0))
	wantRevert(t, err, "ExitNotOpen") // alice's spend is not bob's

	e.matureAll()
	_, err = e.send(w1Key, nil, e.challengeData(aliceExit, 3, 0))
	wantRevert(t, err, "ExitMatured")
	fin := e.finalized(e.finalize(eth, 10))
	if len(fin) != 2 || fin[0].ExitId.Cmp(aliceExit) != 0 || fin[1].ExitId.Cmp(bobExit) != 0 {
		t.Fatalf("finalized %+v", fin)
	}
	wantBig(t, "alice paid", fin[0].Paid, milli(1490))
	wantBig(t, "bob paid", fin[1].Paid, milli(2000))
	wantBig(t, "liabilities", e.liabilities(eth), milli(510)) // carol's 0.5 and the operator's fee
	wantBig(t, "alice withdrawable", e.withdrawable(alice, eth), sum(milli(1490), sub(e.p.ExitBond, e.p.ChallengeReward)))
	wantBig(t, "w2 reward", e.withdrawable(w2, eth), e.p.ChallengeReward)
	wantBig(t, "w1 reward", e.withdrawable(w1, eth), new(big.Int))
	wantBig(t, "bob withdrawable", e.withdrawable(bob, eth), sum(milli(2000), e.p.ExitBond))
	if got := view(e, e.pc.PackExitedNonce(alice, eth), e.pc.UnpackExitedNonce); got != 0 {
		t.Fatalf("exitedNonce %d", got)
	}
	// The unlock-and-debit operations carry what was paid and the exit nonce.
	debits := e.ops[len(e.ops)-2:]
	if debits[0].Kind != plasma.OpUnlockDebit || debits[0].Owner != alice || debits[0].Amount.ToBig().Cmp(milli(1490)) != 0 || debits[0].Nonce != 0 {
		t.Fatalf("debit %+v", debits[0])
	}

	// Withdraw: the pull payment arrives, once.
	before, _ := e.l1.Balance(e.ctx, alice)
	r = e.mustSend(aliceKey, nil, e.pc.PackWithdraw(eth))
	after, _ := e.l1.Balance(e.ctx, alice)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	wantBig(t, "alice received", sub(sum(after, fee), before), sum(milli(1490), sub(e.p.ExitBond, e.p.ChallengeReward)))
	_, err = e.send(aliceKey, nil, e.pc.PackWithdraw(eth))
	wantRevert(t, err, "NothingToWithdraw")

	// The operator replays the lock and debit operations into block 4:
	// alice is left with 0 and her nonce stays past the exit.
	e.commit()
	l, err := e.ledger.Get(alice, eth)
	if err != nil {
		t.Fatal(err)
	}
	if !l.Balance.IsZero() || l.Nonce != 2 {
		t.Fatalf("alice after the debit: %+v", l)
	}
	if got := view(e, e.pc.PackQueueLength(eth), e.pc.UnpackQueueLength); got.Sign() != 0 {
		t.Fatalf("queue length %s", got)
	}
}

// The exit game with an ERC-20: two exits of one token, withdrawn as tokens.
func TestExitGameERC20(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	bobKey, bob := e.user(2)
	tok := e.deployToken(aliceKey, alice, milli(10_000))
	e.approve(aliceKey, tok, milli(10_000))
	e.mustSend(aliceKey, nil, e.pc.PackDepositToken(tok, milli(4000)))
	e.commit()
	e.commit(e.transfer(aliceKey, bob, tok, milli(1500), milli(5)))

	e.mustStartExit(bobKey, 2, tok)
	e.mustStartExit(aliceKey, 2, tok)
	e.matureAll()
	fin := e.finalized(e.finalize(tok, 1))
	if len(fin) != 1 || fin[0].Owner != bob {
		t.Fatalf("first finalized %+v", fin)
	}
	fin = e.finalized(e.finalize(tok, 5))
	if len(fin) != 1 || fin[0].Owner != alice {
		t.Fatalf("second finalized %+v", fin)
	}
	wantBig(t, "liabilities", e.liabilities(tok), milli(5)) // the operator's fee stays
	e.mustSend(bobKey, nil, e.pc.PackWithdraw(tok))
	e.mustSend(aliceKey, nil, e.pc.PackWithdraw(tok))
	wantBig(t, "bob tokens", e.tokenBalance(tok, bob), milli(1500))
	wantBig(t, "alice tokens", e.tokenBalance(tok, alice), milli(6000+4000-1505))
	// The bonds are ETH.
	wantBig(t, "bob bond", e.withdrawable(bob, eth), e.p.ExitBond)
}

// startExitFor by an executor, replaced by the owner's own exit from a newer
// block: tombstone, bond moved, unlock before lock, fresh window.
func TestStartExitForAndReplacement(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	carolKey, _ := e.user(3)
	execKey, executor := e.user(4)
	e.deposit(aliceKey, milli(1000))
	e.deposit(carolKey, milli(1000))
	e.commit()

	deadline := e.now() + 3600
	sig := proofs.SignDigest(aliceKey, e.dom.ExitAuthorizationDigest(alice, eth, executor, deadline))
	leaf, proof := e.prove(1, alice, eth)
	b := e.blocks[1]
	data := e.pc.PackStartExitFor(alice, bindHeader(b.H), b.CommittedAt, eth, bindLeaf(leaf), proof, deadline, sig)
	_, err := e.send(carolKey, e.p.ExitBond, data)
	wantRevert(t, err, "BadSignature") // not the executor named
	expired := e.pc.PackStartExitFor(alice, bindHeader(b.H), b.CommittedAt, eth, bindLeaf(leaf), proof, e.now()-1,
		proofs.SignDigest(aliceKey, e.dom.ExitAuthorizationDigest(alice, eth, executor, e.now()-1)))
	_, err = e.send(execKey, e.p.ExitBond, expired)
	wantRevert(t, err, "AuthorizationExpired")
	r := e.mustSend(execKey, e.p.ExitBond, data)
	first := e.exitStarted(r)
	if first.Owner != alice || first.BondPayer != executor {
		t.Fatalf("ExitStarted %+v", first)
	}
	_, err = e.send(execKey, e.p.ExitBond, data)
	wantRevert(t, err, "AuthorizationUsed")
	if !view(e, e.pc.PackUsedAuthorizations(e.dom.ExitAuthorizationDigest(alice, eth, executor, deadline)), e.pc.UnpackUsedAuthorizations) {
		t.Fatal("authorization not marked used")
	}
	deadline2 := deadline + 1
	data2 := e.pc.PackStartExitFor(alice, bindHeader(b.H), b.CommittedAt, eth, bindLeaf(leaf), proof, deadline2,
		proofs.SignDigest(aliceKey, e.dom.ExitAuthorizationDigest(alice, eth, executor, deadline2)))
	_, err = e.send(execKey, e.p.ExitBond, data2)
	wantRevert(t, err, "ExitAlreadyOpen")

	// Carol pays alice in block 2 (a locked leaf may receive).
	e.commit(e.transfer(carolKey, alice, eth, milli(300), new(big.Int)))
	e.advance(100)
	leaf2, proof2 := e.prove(2, alice, eth)
	_, err = e.send(aliceKey, e.p.ExitBond, e.startExitData(2, eth, leaf2, proof2))
	wantRevert(t, err, "WrongBond") // the open exit's bond moves over
	nOps := len(e.ops)
	r = e.mustSend(aliceKey, nil, e.startExitData(2, eth, leaf2, proof2))
	second := e.exitStarted(r)
	var replaced *bindings.PlasmaChainExitReplaced
	for _, lg := range r.Logs {
		if ev, err := e.pc.UnpackExitReplacedEvent(lg); err == nil {
			replaced = ev
		}
	}
	if replaced == nil || replaced.OldExitId.Cmp(first.ExitId) != 0 || replaced.NewExitId.Cmp(second.ExitId) != 0 {
		t.Fatalf("ExitReplaced %+v", replaced)
	}
	if ops := e.ops[nOps:]; len(ops) != 2 || ops[0].Kind != plasma.OpUnlockDebit || !ops[0].Amount.IsZero() || ops[1].Kind != plasma.OpLock {
		t.Fatalf("replacement ops %+v", ops)
	}
	wantBig(t, "new amount", second.Amount, milli(1300))
	if second.BondPayer != executor || second.ExitableAt <= first.ExitableAt {
		t.Fatalf("replacement %+v after %+v", second, first)
	}
	if got := view(e, e.pc.PackQueueLength(eth), e.pc.UnpackQueueLength); got.Int64() != 2 {
		t.Fatalf("queue holds %s entries, want the tombstone and the new exit", got)
	}

	// At the first exit's maturity only its tombstone pops: nothing is paid.
	e.advance(first.ExitableAt - e.now())
	if fin := e.finalized(e.finalize(eth, 10)); len(fin) != 0 {
		t.Fatalf("tombstone finalized: %+v", fin)
	}
	e.advance(second.ExitableAt - e.now())
	fin := e.finalized(e.finalize(eth, 10))
	if len(fin) != 1 || fin[0].ExitId.Cmp(second.ExitId) != 0 {
		t.Fatalf("finalized %+v", fin)
	}
	wantBig(t, "alice paid", e.withdrawable(alice, eth), milli(1300))
	wantBig(t, "bond back to the executor", e.withdrawable(executor, eth), e.p.ExitBond)
	// Exactly one unlock per lock: replacement unlock, then the final debit.
	var locks, unlocks int
	for _, op := range e.ops {
		if op.Owner == alice {
			switch op.Kind {
			case plasma.OpLock:
				locks++
			case plasma.OpUnlockDebit:
				unlocks++
			}
		}
	}
	if locks != 2 || unlocks != 2 {
		t.Fatalf("alice: %d locks, %d unlocks", locks, unlocks)
	}
}

func TestStartExitRejections(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	bobKey, bob := e.user(2)
	e.deposit(aliceKey, milli(1000))
	e.commit()
	e.commit(e.transfer(aliceKey, bob, eth, milli(400), new(big.Int)))
	leaf, proof := e.prove(1, alice, eth)
	b := e.blocks[1]
	try := func(key any, value *big.Int, h plasma.Header, committedAt uint64, l plasma.Leaf, p []byte) error {
		k := aliceKey
		if key != nil {
			k = bobKey
		}
		_, err := e.send(k, value, e.pc.PackStartExit(bindHeader(h), committedAt, eth, bindLeaf(l), p))
		return err
	}
	bond := e.p.ExitBond
	wantRevert(t, try(nil, bond, b.H, b.CommittedAt+1, leaf, proof), "HeaderMismatch")
	h := b.H
	h.StateRoot[0] ^= 1
	wantRevert(t, try(nil, bond, h, b.CommittedAt, leaf, proof), "HeaderMismatch")
	h = b.H
	h.Number = 7
	wantRevert(t, try(nil, bond, h, b.CommittedAt, leaf, proof), "HeaderMismatch")
	more := leaf
	more.Balance.AddUint64(&more.Balance, 1)
	wantRevert(t, try(nil, bond, b.H, b.CommittedAt, more, proof), "InvalidProof")
	wantRevert(t, try(1, bond, b.H, b.CommittedAt, leaf, proof), "InvalidProof") // alice's leaf is not bob's
	wantRevert(t, try(nil, bond, b.H, b.CommittedAt, plasma.Leaf{}, proof), "InvalidProof")
	wantRevert(t, try(nil, bond, b.H, b.CommittedAt, plasma.Leaf{}, nil), "InvalidProof")
	big := leaf
	big.Nonce = plasma.MaxNonce
	wantRevert(t, try(nil, bond, b.H, b.CommittedAt, big, proof), "NonceTooLarge")
	wantRevert(t, try(nil, nil, b.H, b.CommittedAt, leaf, proof), "WrongBond")
	wantRevert(t, try(nil, sum(bond, wei(1)), b.H, b.CommittedAt, leaf, proof), "WrongBond")
	// Bob is absent from block 1 and has nothing pending.
	zero, absent := e.prove(1, bob, eth)
	wantRevert(t, try(1, bond, b.H, b.CommittedAt, zero, absent), "ExitAmountZero")

	// After an exit at nonce 1 is paid, block 1 (nonce 0) is spent history.
	e.mustStartExit(aliceKey, 2, eth)
	e.matureAll()
	e.finalize(eth, 10)
	if got := view(e, e.pc.PackExitedNonce(alice, eth), e.pc.UnpackExitedNonce); got != 1 {
		t.Fatalf("exitedNonce %d", got)
	}
	wantRevert(t, try(nil, bond, b.H, b.CommittedAt, leaf, proof), "NonceExited")
	// The same block again: nonce 1 is still allowed, and pays nothing more.
	_, err := e.startExit(aliceKey, 2, eth)
	wantRevert(t, err, "ExitAmountZero")
}

// Finalization follows (exitableAt, block, exitId) and stops at the first
// immature exit.
func TestFinalizeOrdering(t *testing.T) {
	e := newEnv(t)
	keys := make([]common.Address, 4)
	for i := 1; i <= 3; i++ {
		k, a := e.user(i)
		keys[i] = a
		e.deposit(k, milli(100*int64(i)))
	}
	e.commit()
	e.commit()
	// Long after the commits: exitableAt = now + challengePeriod.
	e.advance(e.p.ChallengePeriod + 10)
	k2, _ := e.user(2)
	k1, _ := e.user(1)
	k3, _ := e.user(3)
	// Two exits in one L1 block: the one from the older block goes first.
	l2, p2 := e.prove(2, keys[2], eth)
	l1, p1 := e.prove(1, keys[1], eth)
	tx2, err := e.l1.Send(e.ctx, k2, siml1Tx(e, e.p.ExitBond, e.startExitData(2, eth, l2, p2)))
	if err != nil {
		t.Fatal(err)
	}
	tx1, err := e.l1.Send(e.ctx, k1, siml1Tx(e, e.p.ExitBond, e.startExitData(1, eth, l1, p1)))
	if err != nil {
		t.Fatal(err)
	}
	rs, err := e.l1.Mine(e.ctx, tx2, tx1)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		e.recordOps(r)
	}
	id2, id1 := e.exitStarted(rs[0]).ExitId, e.exitStarted(rs[1]).ExitId
	if e.exitStarted(rs[0]).ExitableAt != e.exitStarted(rs[1]).ExitableAt || id2.Cmp(id1) <= 0 {
		t.Fatalf("ids %x %x", id2, id1)
	}
	e.advance(5)
	id3 := e.mustStartExit(k3, 1, eth)
	head := view(e, e.pc.PackQueueHead(eth), e.pc.UnpackQueueHead)
	if head.ExitId.Cmp(id1) != 0 || head.Owner != keys[1] {
		t.Fatalf("queue head %+v", head)
	}
	exitable := e.exitStarted(rs[0]).ExitableAt
	e.advance(exitable - e.now() - 1) // the next block is exactly at exitableAt
	fin := e.finalized(e.finalize(eth, 1))
	if len(fin) != 1 || fin[0].ExitId.Cmp(id1) != 0 {
		t.Fatalf("first %+v", fin)
	}
	fin = e.finalized(e.finalize(eth, 10))
	if len(fin) != 1 || fin[0].ExitId.Cmp(id2) != 0 {
		t.Fatalf("second %+v (the third is not mature)", fin)
	}
	e.advance(10)
	fin = e.finalized(e.finalize(eth, 10))
	if len(fin) != 1 || fin[0].ExitId.Cmp(id3) != 0 {
		t.Fatalf("third %+v", fin)
	}
	for i := 1; i <= 3; i++ {
		wantBig(t, "paid", e.withdrawable(keys[i], eth), sum(milli(100*int64(i)), e.p.ExitBond))
	}
}

// Every way a challenge can be refused.
func TestChallengeRejections(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	_, bob := e.user(2)
	wKey, _ := e.user(4)
	e.deposit(aliceKey, milli(1000))
	e.commit()                                                         // 1
	e.commit(e.transfer(aliceKey, bob, eth, milli(100), new(big.Int))) // 2: spent 0.1
	// 3: an invalid block that forgets alice's spend.
	e.commitWith(sealOpts{mutate: func(l *avl.Ledger) {
		var back plasma.Leaf
		back.Balance.SetFromBig(milli(1000))
		if err := l.Set(alice, eth, back); err != nil {
			t.Fatal(err)
		}
	}})
	later := e.transfer(aliceKey, bob, eth, milli(200), new(big.Int)) // spent 0.2 over block 3's 0
	other := e.transfer(aliceKey, bob, eth, milli(300), new(big.Int)) // signed, never included
	id := e.mustStartExit(aliceKey, 3, eth)
	_, err := e.send(wKey, nil, e.challengeData(id, 2, 0))
	wantRevert(t, err, "SpendNotLater")
	e.commitWith(sealOpts{unchecked: true}, later) // 4

	b := e.blocks[4]
	noProof := [][32]byte{}
	challenge := func(exitID *big.Int, tr *plasma.Transfer, sig []byte, committedAt uint64) error {
		_, err := e.send(wKey, nil, e.pc.PackChallengeExit(exitID, bindTransfer(tr), sig, bindHeader(b.H), committedAt, noProof))
		return err
	}
	wantRevert(t, challenge(new(big.Int).Add(id, big.NewInt(1)), later, later.Signature, b.CommittedAt), "ExitNotOpen")
	wantRevert(t, challenge(new(big.Int), later, later.Signature, b.CommittedAt), "ExitNotOpen")
	wantRevert(t, challenge(id, later, later.Signature, b.CommittedAt+1), "HeaderMismatch")
	bad := bytes.Clone(later.Signature)
	bad[40] ^= 1
	wantRevert(t, challenge(id, later, bad, b.CommittedAt), "BadSignature")
	wantRevert(t, challenge(id, later, later.Signature[:64], b.CommittedAt), "BadSignature")
	wantRevert(t, challenge(id, other, other.Signature, b.CommittedAt), "NotIncluded")
	if err := challenge(id, later, later.Signature, b.CommittedAt); err != nil {
		t.Fatal(err)
	}
	wantBig(t, "amount", e.openExit(alice, eth).Amount, milli(800))
}

// The exit amount against a plain model over random histories: a leaf's
// deposits, spends and a finalized exit (a debit), blocks committed at
// random cursors, then an exit (replaced each time) from every block.
// Exercises the prefix-sum search at every cursor.
func TestExitAmountMatchesModel(t *testing.T) {
	for seed := uint64(1); seed <= 2; seed++ {
		t.Run("", func(t *testing.T) { exitAmountModel(t, seed) })
	}
}

func exitAmountModel(t *testing.T, seed uint64) {
	e := newEnv(t)
	r := rand.New(rand.NewPCG(seed, 7))
	aliceKey, alice := e.user(1)
	_, bob := e.user(2)
	e.deposit(aliceKey, milli(100))
	e.commit()
	step := func(i int) {
		switch r.IntN(4) {
		case 0, 1:
			e.deposit(aliceKey, wei(int64(1+r.IntN(1000))))
		case 2:
			e.applyOps(uint64(len(e.ops))) // the block applies them before the transfer
			if l, _ := e.ledger.Get(alice, eth); l.Balance.Uint64() > 100 && e.locks[plasma.AccountKey{Owner: alice, Token: eth}] == 0 {
				e.seal(sealOpts{}, e.transfer(aliceKey, bob, eth, wei(int64(1+r.IntN(50))), wei(1)))
				e.must(e.commitPending())
				return
			}
			fallthrough
		case 3:
			// A block at a random cursor: some operations stay pending.
			c := e.cursor + uint64(r.IntN(len(e.ops)-int(e.cursor)+1))
			e.seal(sealOpts{cursor: &c})
			e.must(e.commitPending())
		}
	}
	for i := 0; i < 14; i++ {
		step(i)
	}
	// A finalized exit in the middle of the history: a debit.
	e.commit()
	e.mustStartExit(aliceKey, uint64(len(e.blocks)-1), eth)
	e.matureAll()
	e.finalize(eth, 10)
	for i := 0; i < 10; i++ {
		step(i)
	}
	e.commit()

	floor := e.spentFloor(alice, eth)
	var checked, stale int
	exited := view(e, e.pc.PackExitedNonce(alice, eth), e.pc.UnpackExitedNonce)
	for n := uint64(0); n < uint64(len(e.blocks)); n++ {
		b := e.blocks[n]
		leaf, proof := e.prove(n, alice, eth)
		want := leaf.Balance.ToBig()
		for _, op := range e.ops[b.H.OpsCursor:] {
			if op.Owner != alice {
				continue
			}
			switch op.Kind {
			case plasma.OpDeposit:
				want.Add(want, op.Amount.ToBig())
			case plasma.OpUnlockDebit:
				want.Sub(want, op.Amount.ToBig())
			}
		}
		if d := sub(floor, leaf.Spent.ToBig()); d.Sign() > 0 {
			want.Sub(want, d)
		}
		value := e.p.ExitBond
		if e.openExit(alice, eth).ExitId.Sign() != 0 {
			value = nil
		}
		_, err := e.send(aliceKey, value, e.startExitData(n, eth, leaf, proof))
		switch {
		case leaf.Nonce < exited:
			wantRevert(t, err, "NonceExited")
			stale++
		case want.Sign() <= 0:
			wantRevert(t, err, "ExitAmountZero")
		case err != nil:
			t.Fatalf("block %d: %v", n, err)
		default:
			wantBig(t, "exit amount", e.openExit(alice, eth).Amount, want)
			checked++
		}
	}
	if checked < 5 || stale == 0 {
		t.Fatalf("history too thin: %d amounts checked, %d stale blocks", checked, stale)
	}
}
