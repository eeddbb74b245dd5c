package contracts

import (
	"bytes"
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/avl"
	"github.com/avlplasma/avlplasma/contracts/bindings"
	"github.com/avlplasma/avlplasma/internal/siml1"
	"github.com/avlplasma/avlplasma/proofs"
)

// The attacks of PROTOCOL §11, one test each, played against the contract.

// 1. Forged IAVL proofs never start an exit or answer a request.
func TestAttack01ForgedProofs(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	for i := 1; i <= 6; i++ {
		k, _ := e.user(i)
		e.deposit(k, milli(int64(100*i)))
	}
	e.commit()
	leaf, proof := e.prove(1, alice, eth)
	try := func(l plasma.Leaf, p []byte) error {
		_, err := e.send(aliceKey, e.p.ExitBond, e.startExitData(1, eth, l, p))
		return err
	}
	// Random byte mutations of a valid proof.
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 40; i++ {
		p := bytes.Clone(proof)
		j := r.IntN(len(p))
		p[j] ^= byte(1 + r.IntN(255))
		wantRevert(t, try(leaf, p), "InvalidProof")
	}
	// Truncated and extended proofs.
	wantRevert(t, try(leaf, proof[:len(proof)-1]), "InvalidProof")
	wantRevert(t, try(leaf, append(bytes.Clone(proof), 0)), "InvalidProof")
	// A larger balance under the true proof.
	forged := leaf
	forged.Balance.Mul(&forged.Balance, uint256.NewInt(1000))
	wantRevert(t, try(forged, proof), "InvalidProof")
	// Inner node as leaf: drop the first step and present the node it
	// hashed to, with the step's header as leaf prefix (the 2022 exploit's
	// shape). The leaf-prefix checks stop it.
	L := int(proof[0])
	steps := proof[1+L:]
	H := int(steps[0])
	hdr := steps[1 : 1+H]
	inner := append([]byte{byte(H)}, hdr...)
	inner = append(inner, steps[1+H+1+32:]...)
	wantRevert(t, try(leaf, inner), "InvalidProof")

	// A non-membership pair that skips a key: bob's neighbours in the tree
	// with bob's key claimed absent.
	_, bob := e.user(2)
	snap, err := e.ledger.Snapshot(1)
	if err != nil {
		t.Fatal(err)
	}
	defer snap.Close()
	// Find the absent key just after bob's (bob's address + 1 in the last byte).
	var next common.Address
	copy(next[:], bob[:])
	next[19]++
	pr, err := snap.Prove(next, eth)
	if err != nil || pr.Exists {
		t.Fatalf("neighbour proof: %v %v", err, pr)
	}
	left, right, err := proofs.PackNonExistence(pr.ICS23.GetNonexist())
	if err != nil {
		t.Fatal(err)
	}
	// Its left neighbour is bob himself: the pair cannot prove bob absent.
	bobKey, _ := e.user(2)
	_, err = e.send(bobKey, e.p.ExitBond, e.startExitData(1, eth, plasma.Leaf{}, proofs.EncodeAbsent(left, right)))
	wantRevert(t, err, "InvalidProof")
	// Bob's true neighbours, skipping bob himself.
	pb, err := snap.Prove(bob, eth)
	if err != nil || !pb.Exists {
		t.Fatal(err)
	}
	var prev common.Address
	copy(prev[:], bob[:])
	prev[19]--
	pp, err := snap.Prove(prev, eth)
	if err != nil || pp.Exists {
		t.Fatal("prev exists")
	}
	l2, _, err := proofs.PackNonExistence(pp.ICS23.GetNonexist())
	if err != nil {
		t.Fatal(err)
	}
	// (left of bob, right of bob): a pair around bob, adjacent to neither side of him.
	_, err = e.send(bobKey, e.p.ExitBond, e.startExitData(1, eth, plasma.Leaf{}, proofs.EncodeAbsent(l2, right)))
	wantRevert(t, err, "InvalidProof")
	// Garbage in place of the pair.
	_, err = e.send(bobKey, e.p.ExitBond, e.startExitData(1, eth, plasma.Leaf{}, []byte{0, 1, 2}))
	wantRevert(t, err, "InvalidProof")
	// The same forgeries cannot answer a request either.
	id := e.request(alice, eth, 1)
	_, err = e.send(e.opKey, nil, e.pc.PackAnswerProof(id, bindLeaf(forged), proof))
	wantRevert(t, err, "InvalidProof")
	_, err = e.send(e.opKey, nil, e.pc.PackAnswerProof(id, bindLeaf(plasma.Leaf{}), proofs.EncodeAbsent(l2, right)))
	wantRevert(t, err, "InvalidProof")
	e.mustSend(e.opKey, nil, e.answerData(id, 1, alice, eth))
}

// 2. One challenge with the newest spend settles a stale exit exactly,
// however many spends, receipts and deposits came in between.
func TestAttack02StaleExitAfterManyTinySpends(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	_, bob := e.user(2)
	carolKey, _ := e.user(3)
	e.deposit(aliceKey, milli(1000))
	e.deposit(carolKey, milli(1000))
	e.commit() // block 1: alice 1.0
	spent := new(big.Int)
	for blk := 0; blk < 3; blk++ {
		for i := 0; i < 6; i++ {
			e.commit(e.transfer(aliceKey, bob, eth, wei(1000+int64(i)), wei(7)))
			spent.Add(spent, sum(wei(1000+int64(i)), wei(7)))
		}
		e.commit(e.transfer(carolKey, alice, eth, milli(10), new(big.Int))) // receipts
		e.deposit(aliceKey, milli(5))                                       // deposits
	}
	last := uint64(len(e.blocks) - 1)
	// The newest spend of alice: the last of her transfers.
	var newest uint64
	for n := last; n > 1; n-- {
		if len(e.blocks[n].Txs) == 1 && e.blocks[n].Txs[0].From == alice {
			newest = n
			break
		}
	}
	id := e.mustStartExit(aliceKey, 1, eth)
	e.mustSend(e.l1.Keys[4], nil, e.challengeData(id, newest, 0))
	// block 1 balance + deposits after it − everything she paid; receipts
	// belong to exits from the blocks that hold them.
	want := sub(sum(milli(1000), milli(15)), spent)
	wantBig(t, "amount after one challenge", e.openExit(alice, eth).Amount, want)
	e.matureAll()
	e.finalize(eth, 10)
	wantBig(t, "paid", e.withdrawable(alice, eth), sum(want, sub(e.p.ExitBond, e.p.ChallengeReward)))
}

// 3. An invalid block committed in one batch with the last valid one: the
// valid block's exits, started within a challenge period, are paid first and
// carry the deposits the invalid block claimed to credit.
func TestAttack03InvalidBlockSameBatch(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	bobKey, bob := e.user(2)
	daveKey, dave := e.user(3)
	mallKey, mallory := e.user(6)
	e.deposit(aliceKey, milli(2000))
	e.deposit(bobKey, milli(1000))
	two := uint64(2)
	e.seal(sealOpts{cursor: &two}) // block 1: valid
	e.deposit(daveKey, milli(3000))
	e.seal(sealOpts{mutate: func(l *avl.Ledger) { // block 2: credits dave, and mallory from nowhere
		var m plasma.Leaf
		m.Balance.SetFromBig(milli(100_000))
		if err := l.Set(mallory, eth, m); err != nil {
			t.Fatal(err)
		}
	}})
	e.must(e.commitPending())
	if e.blocks[1].CommittedAt != e.blocks[2].CommittedAt {
		t.Fatal("not one batch")
	}
	// Mallory is first to exit, from the invalid block.
	mallExit := e.mustStartExit(mallKey, 2, eth)
	e.advance(e.p.ChallengePeriod / 2)
	aliceExit := e.mustStartExit(aliceKey, 1, eth)
	daveExit := e.mustStartExit(daveKey, 1, eth) // non-membership + pending deposit
	bobExit := e.mustStartExit(bobKey, 1, eth)
	if a := e.openExit(dave, eth); a.Amount.Cmp(milli(3000)) != 0 {
		t.Fatalf("dave's exit amount %s", a.Amount)
	}
	e.matureAll()
	fin := e.finalized(e.finalize(eth, 10))
	if len(fin) != 4 {
		t.Fatalf("finalized %+v", fin)
	}
	for i, want := range []*big.Int{aliceExit, daveExit, bobExit, mallExit} {
		if fin[i].ExitId.Cmp(want) != 0 {
			t.Fatalf("finalization %d is %s, want %s", i, fin[i].ExitId, want)
		}
	}
	wantBig(t, "alice", e.withdrawable(alice, eth), sum(milli(2000), e.p.ExitBond))
	wantBig(t, "dave", e.withdrawable(dave, eth), sum(milli(3000), e.p.ExitBond))
	wantBig(t, "bob", e.withdrawable(bob, eth), sum(milli(1000), e.p.ExitBond))
	wantBig(t, "mallory gets only her bond back", e.withdrawable(mallory, eth), e.p.ExitBond)
	wantBig(t, "liabilities", e.liabilities(eth), new(big.Int))
}

func (e *env) deployForwarder(key *ecdsa.PrivateKey) common.Address {
	e.t.Helper()
	r, err := e.transact(key, nil, nil, common.FromHex(bindings.TestForwarderMetaData.Bin))
	if err != nil {
		e.t.Fatal(err)
	}
	return r.ContractAddress
}

// viaForwarder sends data to the plasma contract through the forwarder fwd.
func (e *env) viaForwarder(key *ecdsa.PrivateKey, fwd common.Address, value *big.Int, data []byte) error {
	e.t.Helper()
	f := bindings.NewTestForwarder()
	if value == nil {
		value = new(big.Int)
	}
	r, err := e.transact(key, &fwd, value, f.PackExec(e.addr, value, data))
	if err == nil {
		e.recordOps(r)
	}
	return err
}

func (e *env) deployHostile(key *ecdsa.PrivateKey, holder common.Address, amount *big.Int) common.Address {
	e.t.Helper()
	h := bindings.NewTestHostileToken()
	r, err := e.transact(key, nil, nil, common.FromHex(bindings.TestHostileTokenMetaData.Bin))
	if err != nil {
		e.t.Fatal(err)
	}
	tok := r.ContractAddress
	if _, err := e.transact(key, &tok, nil, h.PackMint(holder, amount)); err != nil {
		e.t.Fatal(err)
	}
	return tok
}

func (e *env) hostile(key *ecdsa.PrivateKey, tok common.Address, data []byte) {
	e.t.Helper()
	if _, err := e.transact(key, &tok, nil, data); err != nil {
		e.t.Fatal(err)
	}
}

// 4. A reverting receiver, a reverting token and a token without code: every
// other exit still finalizes.
func TestAttack04RevertingReceiversAndTokens(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	bobKey, bob := e.user(2)
	fwdKey, _ := e.user(5)
	fwd := e.deployForwarder(fwdKey)
	bad := e.deployHostile(aliceKey, alice, milli(1000))
	h := bindings.NewTestHostileToken()
	e.hostile(aliceKey, bad, h.PackApprove(e.addr, milli(1000)))
	noCode := common.HexToAddress("0x000000000000000000000000000000000000c0de")

	if err := e.viaForwarder(fwdKey, fwd, milli(400), e.pc.PackDeposit()); err != nil {
		t.Fatal(err)
	}
	e.mustSend(aliceKey, nil, e.pc.PackDepositToken(bad, milli(600)))
	e.deposit(bobKey, milli(300))
	_, err := e.send(aliceKey, nil, e.pc.PackDepositToken(noCode, wei(1)))
	wantRevert(t, err, "TokenHasNoCode")
	// The operator credits bob with a token that has no code.
	e.commitWith(sealOpts{mutate: func(l *avl.Ledger) {
		var lf plasma.Leaf
		lf.Balance.SetUint64(777)
		if err := l.Set(bob, noCode, lf); err != nil {
			t.Fatal(err)
		}
	}})

	fl, fp := e.prove(1, fwd, eth)
	if err := e.viaForwarder(fwdKey, fwd, e.p.ExitBond, e.startExitData(1, eth, fl, fp)); err != nil {
		t.Fatal(err)
	}
	e.mustStartExit(aliceKey, 1, bad)
	e.mustStartExit(bobKey, 1, eth)
	e.mustStartExit(bobKey, 1, noCode)
	e.hostile(aliceKey, bad, h.PackSetMode(1)) // every transfer reverts from now on
	f := bindings.NewTestForwarder()
	if _, err := e.transact(fwdKey, &fwd, nil, f.PackSetRefuse(true)); err != nil {
		t.Fatal(err)
	}
	e.matureAll()
	for _, tok := range []common.Address{eth, bad, noCode} {
		if fin := e.finalized(e.finalize(tok, 10)); len(fin) == 0 {
			t.Fatalf("nothing finalized for %s", tok)
		}
	}
	wantBig(t, "forwarder owed", e.withdrawable(fwd, eth), sum(milli(400), e.p.ExitBond))
	wantBig(t, "alice owed", e.withdrawable(alice, bad), milli(600))
	wantBig(t, "bob's no-code exit pays nothing", e.withdrawable(bob, noCode), new(big.Int))
	// The refusing receiver and the reverting token fail only themselves.
	wantRevert(t, e.viaForwarder(fwdKey, fwd, nil, e.pc.PackWithdraw(eth)), "WithdrawFailed")
	_, err = e.send(aliceKey, nil, e.pc.PackWithdraw(bad))
	if err == nil {
		t.Fatal("withdrawal of a reverting token succeeded")
	}
	_, err = e.send(bobKey, nil, e.pc.PackWithdraw(noCode))
	wantRevert(t, err, "NothingToWithdraw")
	e.mustSend(bobKey, nil, e.pc.PackWithdraw(eth))
	// Once the receiver accepts again, its payment is still there.
	if _, err := e.transact(fwdKey, &fwd, nil, f.PackSetRefuse(false)); err != nil {
		t.Fatal(err)
	}
	if err := e.viaForwarder(fwdKey, fwd, nil, e.pc.PackWithdraw(eth)); err != nil {
		t.Fatal(err)
	}
}

// 5. Challenges and spentFloor: an exit challenged to 0 cannot be reopened
// for more; challenges keep working after a bond is spent; only the
// highest-floor challenger is rewarded, once; a spend landing only in a bad
// block costs exactly that spend; the owner may replace its exit.
func TestAttack05ChallengeFloorAndRewards(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	_, bob := e.user(2)
	carolKey, _ := e.user(3)
	aKey, a := e.user(4)
	bKey, b := e.user(5)
	cKey, c := e.user(6)
	e.deposit(aliceKey, milli(1000))
	e.deposit(carolKey, milli(1000))
	e.commit()                                                         // 1: alice 1.0
	e.commit(e.transfer(aliceKey, bob, eth, milli(490), milli(10)))    // 2: spent 0.5
	e.commit(e.transfer(aliceKey, bob, eth, milli(300), new(big.Int))) // 3: spent 0.8

	// Challenged to 0 and reopened from the same state: still 0.
	zero := e.mustStartExit(aliceKey, 1, eth)
	e.mustSend(aKey, nil, e.challengeData(zero, 2, 0))
	e.mustSend(bKey, nil, e.challengeData(zero, 3, 0))
	wantBig(t, "after challenges", e.openExit(alice, eth).Amount, milli(200))
	// The owner replaces it with an exit from a newer block.
	e.mustStartExit(aliceKey, 3, eth)
	wantBig(t, "replacement", e.openExit(alice, eth).Amount, milli(200))
	e.matureAll()
	fin := e.finalized(e.finalize(eth, 10))
	if len(fin) != 1 {
		t.Fatalf("finalized %+v", fin)
	}
	wantBig(t, "paid", fin[0].Paid, milli(200))
	wantBig(t, "A (lower floor)", e.withdrawable(a, eth), new(big.Int))
	wantBig(t, "B (highest floor)", e.withdrawable(b, eth), e.p.ChallengeReward)
	// The stale state cannot be reopened: block 1 is below the exited
	// nonce, and block 3 again leaves nothing after the floor and the debit.
	_, err := e.startExit(aliceKey, 1, eth)
	wantRevert(t, err, "NonceExited")
	_, err = e.startExit(aliceKey, 3, eth)
	wantRevert(t, err, "ExitAmountZero")

	// After the bond is spent, a new exit has its own bond and challenges
	// keep working: a deposit, a spend, a stale exit, a challenge.
	e.deposit(aliceKey, milli(1000))
	e.commit()                                                         // 4: locks, unlocks, debit 0.2, deposit 1.0
	e.commit(e.transfer(aliceKey, bob, eth, milli(300), new(big.Int))) // 5: spent 1.1
	id := e.mustStartExit(aliceKey, 3, eth)
	wantBig(t, "stale exit", e.openExit(alice, eth).Amount, milli(1000)) // 0.2 + 1.0 − 0.2
	_, err = e.send(cKey, nil, e.challengeData(id, 3, 0))
	wantRevert(t, err, "SpentNotAbove")
	e.mustSend(cKey, nil, e.challengeData(id, 5, 0))
	wantBig(t, "settled", e.openExit(alice, eth).Amount, milli(700))
	e.matureAll()
	fin = e.finalized(e.finalize(eth, 10))
	wantBig(t, "paid", fin[0].Paid, milli(700))
	wantBig(t, "C", e.withdrawable(c, eth), e.p.ChallengeReward)
	wantBig(t, "B rewarded once", e.withdrawable(b, eth), e.p.ChallengeReward)

	// A spend that lands only in an invalid block costs exactly that spend.
	e.commit() // 6: lock, debit 0.7: alice 0
	e.deposit(aliceKey, milli(500))
	e.commit(e.transfer(carolKey, alice, eth, milli(200), new(big.Int))) // 7: alice 0.7
	bad := e.transfer(aliceKey, bob, eth, milli(100), new(big.Int))
	e.commitWith(sealOpts{mutate: func(l *avl.Ledger) { // 8: invalid
		var m plasma.Leaf
		m.Balance.SetFromBig(milli(50_000))
		if err := l.Set(c, eth, m); err != nil {
			t.Fatal(err)
		}
	}}, bad)
	e.deposit(aliceKey, milli(400))
	e.advance(10)
	last := e.mustStartExit(aliceKey, 7, eth)
	wantBig(t, "exit from the last valid block", e.openExit(alice, eth).Amount, milli(1100))
	e.mustSend(aKey, nil, e.challengeData(last, 8, 0))
	wantBig(t, "after the bad-block spend", e.openExit(alice, eth).Amount, milli(1000))
}

// 6. A second exit from a block between an exit and its debit pays only the
// rest; funds received during an exit stay exitable after it.
func TestAttack06SecondExitBeforeDebit(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	carolKey, _ := e.user(3)
	e.deposit(aliceKey, milli(2000))
	e.deposit(carolKey, milli(1000))
	e.commit() // 1
	e.mustStartExit(aliceKey, 1, eth)
	e.commit(e.transfer(carolKey, alice, eth, milli(500), new(big.Int))) // 2: the lock, then a receipt
	e.matureAll()
	e.finalize(eth, 10)
	wantBig(t, "first exit", e.withdrawable(alice, eth), sum(milli(2000), e.p.ExitBond))
	// Its debit is queued but in no block yet.
	_, err := e.startExit(aliceKey, 1, eth)
	wantRevert(t, err, "ExitAmountZero")
	e.deposit(aliceKey, milli(300))
	id := e.mustStartExit(aliceKey, 2, eth)
	wantBig(t, "the rest: receipt and deposit", e.openExit(alice, eth).Amount, milli(800))
	e.matureAll()
	fin := e.finalized(e.finalize(eth, 10))
	if len(fin) != 1 || fin[0].ExitId.Cmp(id) != 0 {
		t.Fatalf("finalized %+v", fin)
	}
	wantBig(t, "second exit", fin[0].Paid, milli(800))
	wantBig(t, "liabilities", e.liabilities(eth), milli(500)) // carol's rest
}

// 7. A spend of a locked leaf, or an expired transfer, in a block: the
// validity rules flag the block, and the expired transfer cannot challenge.
func TestAttack07LockedOrExpiredSpend(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	_, bob := e.user(2)
	e.deposit(aliceKey, milli(1000))
	e.commit()
	signed := e.transfer(aliceKey, bob, eth, milli(100), new(big.Int))
	id := e.mustStartExit(aliceKey, 1, eth)
	// The operator seals alice's transfer after her lock.
	e.applyOps(uint64(len(e.ops)))
	from, _ := e.ledger.Get(alice, eth)
	if err := plasma.CheckTransfer(signed, &from, e.locks[plasma.AccountKey{Owner: alice, Token: eth}], e.now(), plasma.DefaultMaxDeadlineHorizon); plasma.ErrorRule(err) != plasma.RuleLocked {
		t.Fatalf("a watcher replaying the block must flag the locked spend, got %v", err)
	}
	e.commitWith(sealOpts{unchecked: true}, signed)
	// An expired transfer in a later block.
	expired := e.transfer(aliceKey, bob, eth, milli(200), new(big.Int))
	expired.Deadline = e.now() - 1
	e.dom.SignTransfer(aliceKey, expired)
	e.l1.Commit()
	from, _ = e.ledger.Get(alice, eth)
	if err := plasma.CheckTransfer(expired, &from, 0, e.now(), plasma.DefaultMaxDeadlineHorizon); plasma.ErrorRule(err) != plasma.RuleDeadline {
		t.Fatalf("expired transfer: %v", err)
	}
	e.commitWith(sealOpts{unchecked: true}, expired)
	_, err := e.send(e.l1.Keys[4], nil, e.challengeData(id, 3, 0))
	wantRevert(t, err, "TransferExpired")
	// The locked spend was signed by alice: it counts against her (limit 1).
	e.mustSend(e.l1.Keys[4], nil, e.challengeData(id, 2, 0))
	wantBig(t, "amount", e.openExit(alice, eth).Amount, milli(900))
}

// 8. Blocks timestamped ahead of L1, more than maxSealLag behind it, or going
// backwards are rejected.
func TestAttack08BlockTimestamps(t *testing.T) {
	e := newEnv(t)
	key, _ := e.user(1)
	e.deposit(key, milli(1))
	e.commit()
	try := func(name string, ts func(now uint64) uint64) {
		t.Helper()
		e.seal(sealOpts{timestamp: ts})
		_, err := e.commitPending()
		wantRevert(t, err, name)
		e.pending = nil
		if err := e.ledger.Rewind(1); err != nil {
			t.Fatal(err)
		}
	}
	try("TimestampAhead", func(now uint64) uint64 { return now + 30 })
	try("TimestampBackwards", func(uint64) uint64 { return e.blocks[1].H.Timestamp - 1 })
	e.advance(e.p.MaxSealLag + 20)
	try("TimestampTooOld", func(now uint64) uint64 { return now - e.p.MaxSealLag - 5 })
	e.commit()
}

// 9. startExitFor by a non-executor, or twice with one authorization, is
// rejected; the owner's own exit replaces it.
func TestAttack09StartExitForAbuse(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	execKey, executor := e.user(4)
	thiefKey, _ := e.user(5)
	e.deposit(aliceKey, milli(1000))
	e.commit()
	deadline := e.now() + 10*e.p.ChallengePeriod
	sig := proofs.SignDigest(aliceKey, e.dom.ExitAuthorizationDigest(alice, eth, executor, deadline))
	leaf, proof := e.prove(1, alice, eth)
	b := e.blocks[1]
	data := e.pc.PackStartExitFor(alice, bindHeader(b.H), b.CommittedAt, eth, bindLeaf(leaf), proof, deadline, sig)
	_, err := e.send(thiefKey, e.p.ExitBond, data)
	wantRevert(t, err, "BadSignature")
	// A signature by someone else than the owner.
	forged := e.pc.PackStartExitFor(alice, bindHeader(b.H), b.CommittedAt, eth, bindLeaf(leaf), proof, deadline,
		proofs.SignDigest(thiefKey, e.dom.ExitAuthorizationDigest(alice, eth, executor, deadline)))
	_, err = e.send(execKey, e.p.ExitBond, forged)
	wantRevert(t, err, "BadSignature")
	e.mustSend(execKey, e.p.ExitBond, data)
	_, err = e.send(execKey, e.p.ExitBond, data)
	wantRevert(t, err, "AuthorizationUsed")
	e.matureAll()
	e.finalize(eth, 10)
	// Even with the exit gone, the authorization stays used.
	_, err = e.send(execKey, e.p.ExitBond, data)
	wantRevert(t, err, "AuthorizationUsed")
	wantBig(t, "payout goes to the owner", e.withdrawable(alice, eth), milli(1000))
	wantBig(t, "bond back to the executor", e.withdrawable(executor, eth), e.p.ExitBond)
}

// 10. Nonces at or above 2^63 are rejected; caps and pending sums saturate
// instead of reverting.
func TestAttack10NonceAndSaturation(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	mallKey, mallory := e.user(6)
	e.deposit(aliceKey, milli(1000))
	e.commit()
	leaf, proof := e.prove(1, alice, eth)
	leaf.Nonce = plasma.MaxNonce
	_, err := e.send(aliceKey, e.p.ExitBond, e.startExitData(1, eth, leaf, proof))
	wantRevert(t, err, "NonceTooLarge")
	leaf.Nonce = ^uint64(0)
	_, err = e.send(aliceKey, e.p.ExitBond, e.startExitData(1, eth, leaf, proof))
	wantRevert(t, err, "NonceTooLarge")

	// An invalid block gives mallory the largest balance there is.
	e.commitWith(sealOpts{mutate: func(l *avl.Ledger) {
		var m plasma.Leaf
		m.Balance.SetAllOne()
		if err := l.Set(mallory, eth, m); err != nil {
			t.Fatal(err)
		}
	}})
	e.deposit(mallKey, wei(1)) // pending: balance + 1 saturates
	id := e.mustStartExit(mallKey, 2, eth)
	max256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	wantBig(t, "saturated amount", e.openExit(mallory, eth).Amount, max256)
	// Her own spend with the largest spent there is: the deduction
	// saturates the amount at 0 instead of reverting.
	var huge uint256.Int
	huge.SetAllOne()
	tr := &plasma.Transfer{From: mallory, To: alice, Token: eth, Amount: *uint256.NewInt(1), Nonce: 0, Spent: huge, Deadline: e.now() + 600}
	e.dom.SignTransfer(mallKey, tr)
	e.commitWith(sealOpts{unchecked: true}, tr)
	e.mustSend(e.l1.Keys[4], nil, e.challengeData(id, 3, 0))
	wantBig(t, "amount", e.openExit(mallory, eth).Amount, new(big.Int))
	aliceExit := e.mustStartExit(aliceKey, 1, eth)
	e.matureAll()
	fin := e.finalized(e.finalize(eth, 10))
	if len(fin) != 2 || fin[0].ExitId.Cmp(aliceExit) != 0 || fin[1].Paid.Sign() != 0 {
		t.Fatalf("finalized %+v", fin)
	}
	wantBig(t, "alice", fin[0].Paid, milli(1000))
}

// 11. A first-time depositor whose deposit only an invalid block credits
// exits from an earlier block with a non-membership proof plus the pending
// deposit.
func TestAttack11FirstDepositNonMembership(t *testing.T) {
	e := newEnv(t)
	aliceKey, _ := e.user(1)
	daveKey, dave := e.user(3)
	mallKey, mallory := e.user(6)
	e.deposit(aliceKey, milli(1000))
	e.commit()
	e.deposit(daveKey, milli(2500))
	e.commitWith(sealOpts{mutate: func(l *avl.Ledger) {
		var m plasma.Leaf
		m.Balance.SetFromBig(milli(3500))
		if err := l.Set(mallory, eth, m); err != nil {
			t.Fatal(err)
		}
	}})
	mall := e.mustStartExit(mallKey, 2, eth)
	leaf, proof := e.prove(1, dave, eth)
	if !leaf.IsZero() || proof[0] != 0 {
		t.Fatalf("dave is in block 1: %+v", leaf)
	}
	daveExit := e.mustStartExit(daveKey, 1, eth)
	wantBig(t, "dave's exit", e.openExit(dave, eth).Amount, milli(2500))
	e.matureAll()
	fin := e.finalized(e.finalize(eth, 10))
	if len(fin) != 2 || fin[0].ExitId.Cmp(daveExit) != 0 || fin[1].ExitId.Cmp(mall) != 0 {
		t.Fatalf("finalized %+v", fin)
	}
	wantBig(t, "dave", fin[0].Paid, milli(2500))
	wantBig(t, "mallory takes at most what is left", fin[1].Paid, milli(1000))
}

// 12. A request flood costs its sender twice the operator's gas; an
// answering operator is never frozen; a last-moment answer still lets the
// user exit ahead of a later invalid block.
func TestAttack12RequestFlood(t *testing.T) {
	e := newEnv(t, siml1.Osaka()) // answerGas is measured under mainnet rules
	aliceKey, alice := e.user(1)
	mallKey, mallory := e.user(6)
	e.deposit(aliceKey, milli(1000))
	e.commit()
	var ids []*big.Int
	var leaves []bindings.PlasmaChainLeaf
	var prfs [][]byte
	for i := 0; i < 4; i++ {
		owner := common.BigToAddress(big.NewInt(int64(1000 + i))) // absent keys: the costlier answer
		ids = append(ids, e.request(owner, eth, 1))
		l, p := e.prove(1, owner, eth)
		leaves = append(leaves, bindLeaf(l))
		prfs = append(prfs, p)
	}
	r := e.mustSend(e.opKey, nil, e.pc.PackAnswerProof(ids[0], leaves[0], prfs[0]))
	if r.GasUsed > e.p.AnswerGas {
		t.Fatalf("a non-membership answer used %d gas, answerGas is %d", r.GasUsed, e.p.AnswerGas)
	}
	head, _ := e.l1.Head(e.ctx)
	cost := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), head.BaseFee)
	if bond := e.requestBond(); bond.Cmp(new(big.Int).Mul(cost, big.NewInt(2))) < 0 {
		t.Fatalf("bond %s below twice the answer's cost %s", bond, cost)
	}
	e.mustSend(e.opKey, nil, e.pc.PackAnswerProofs(ids[1:], leaves[1:], prfs[1:]))
	e.advance(e.p.ResponseWindow + 1)
	for _, id := range ids {
		_, err := e.send(mallKey, nil, e.pc.PackFreeze(FreezeRequest, id))
		wantRevert(t, err, "FreezeNotDue")
	}
	e.commit()

	// A last-moment answer, then an invalid block.
	req := e.request(alice, eth, 1)
	e.advance(e.p.ResponseWindow - 2)
	r = e.mustSend(e.opKey, nil, e.answerData(req, 1, alice, eth))
	ans := answered(e, r)[0]
	e.commitWith(sealOpts{mutate: func(l *avl.Ledger) {
		var m plasma.Leaf
		m.Balance.SetFromBig(milli(1000))
		if err := l.Set(mallory, eth, m); err != nil {
			t.Fatal(err)
		}
	}})
	mall := e.mustStartExit(mallKey, uint64(len(e.blocks)-1), eth)
	// Alice exits with what the answer's event carried.
	var got plasma.Leaf
	got.Balance.SetFromBig(ans.Balance)
	got.Nonce = ans.Nonce
	got.Spent.SetFromBig(ans.Spent)
	r = e.mustSend(aliceKey, e.p.ExitBond, e.startExitData(1, eth, got, ans.Proof))
	mine := e.exitStarted(r).ExitId
	e.matureAll()
	fin := e.finalized(e.finalize(eth, 10))
	if len(fin) != 2 || fin[0].ExitId.Cmp(mine) != 0 || fin[1].ExitId.Cmp(mall) != 0 {
		t.Fatalf("finalized %+v", fin)
	}
	wantBig(t, "alice", fin[0].Paid, milli(1000))
	wantBig(t, "mallory", fin[1].Paid, new(big.Int))
}

// 13. Payouts never exceed a token's liabilities; re-entrant tokens and
// receivers take nothing extra; deposits of 0 are rejected.
func TestAttack13PayoutsAndReentrancy(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	mallKey, mallory := e.user(6)
	fwdKey, _ := e.user(5)
	h := bindings.NewTestHostileToken()
	tok := e.deployHostile(aliceKey, alice, milli(1000))
	e.hostile(aliceKey, tok, h.PackApprove(e.addr, milli(1000)))

	_, err := e.send(aliceKey, nil, e.pc.PackDeposit())
	wantRevert(t, err, "ZeroAmount")
	_, err = e.send(aliceKey, nil, e.pc.PackDepositToken(tok, new(big.Int)))
	wantRevert(t, err, "ZeroAmount")

	// A token that re-enters depositToken from its transferFrom.
	e.hostile(aliceKey, tok, h.PackSetMode(2))
	e.hostile(aliceKey, tok, h.PackSetReenter(e.addr, e.pc.PackDepositToken(tok, milli(100))))
	e.mustSend(aliceKey, nil, e.pc.PackDepositToken(tok, milli(100)))
	out, err := e.l1.Call(e.ctx, alice, tok, h.PackReentryResult())
	if err != nil {
		t.Fatal(err)
	}
	res, _ := h.UnpackReentryResult(out)
	if re := e.l1.DecodeRevert(res); re.Name != "ReentrancyGuardReentrantCall" {
		t.Fatalf("re-entry result %v", re)
	}
	wantBig(t, "credited once", e.liabilities(tok), milli(100))
	// A fee-on-transfer token credits what arrived.
	e.hostile(aliceKey, tok, h.PackSetMode(3))
	e.mustSend(aliceKey, nil, e.pc.PackDepositToken(tok, milli(100)))
	wantBig(t, "credited what arrived", e.liabilities(tok), milli(190))
	e.hostile(aliceKey, tok, h.PackSetMode(0))

	// A receiver that re-enters withdraw.
	fwd := e.deployForwarder(fwdKey)
	if err := e.viaForwarder(fwdKey, fwd, milli(300), e.pc.PackDeposit()); err != nil {
		t.Fatal(err)
	}
	e.deposit(aliceKey, milli(200))
	// The operator invents a fortune for mallory.
	e.commitWith(sealOpts{mutate: func(l *avl.Ledger) {
		var m plasma.Leaf
		m.Balance.SetFromBig(milli(100_000))
		if err := l.Set(mallory, eth, m); err != nil {
			t.Fatal(err)
		}
		if err := l.Set(mallory, tok, m); err != nil {
			t.Fatal(err)
		}
	}})
	fl, fp := e.prove(1, fwd, eth)
	if err := e.viaForwarder(fwdKey, fwd, e.p.ExitBond, e.startExitData(1, eth, fl, fp)); err != nil {
		t.Fatal(err)
	}
	e.mustStartExit(mallKey, 1, eth)
	e.mustStartExit(mallKey, 1, tok)
	e.matureAll()
	e.finalize(eth, 10)
	e.finalize(tok, 10)
	wantBig(t, "eth liabilities", e.liabilities(eth), new(big.Int))
	wantBig(t, "token liabilities", e.liabilities(tok), new(big.Int))
	wantBig(t, "mallory's ether (and two bonds)", e.withdrawable(mallory, eth), sum(milli(200), e.p.ExitBond, e.p.ExitBond))
	wantBig(t, "mallory's tokens", e.withdrawable(mallory, tok), milli(190))
	// The contract holds what it owes.
	held, _ := e.l1.Balance(e.ctx, e.addr)
	owed := sum(e.withdrawable(mallory, eth), e.withdrawable(fwd, eth))
	if held.Cmp(owed) < 0 {
		t.Fatalf("holds %s, owes %s", held, owed)
	}
	f := bindings.NewTestForwarder()
	if _, err := e.transact(fwdKey, &fwd, nil, f.PackSetReenter(e.addr, e.pc.PackWithdraw(eth))); err != nil {
		t.Fatal(err)
	}
	before, _ := e.l1.Balance(e.ctx, fwd)
	if err := e.viaForwarder(fwdKey, fwd, nil, e.pc.PackWithdraw(eth)); err != nil {
		t.Fatal(err)
	}
	after, _ := e.l1.Balance(e.ctx, fwd)
	wantBig(t, "forwarder paid once", sub(after, before), sum(milli(300), e.p.ExitBond))
	out, err = e.l1.Call(e.ctx, alice, fwd, f.PackReentryResult())
	if err != nil {
		t.Fatal(err)
	}
	res, _ = f.UnpackReentryResult(out)
	if re := e.l1.DecodeRevert(res); re.Name != "ReentrancyGuardReentrantCall" {
		t.Fatalf("receiver re-entry result %v", re)
	}
	e.mustSend(mallKey, nil, e.pc.PackWithdraw(tok))
}

// 14. Transfers and authorizations signed for another chain or contract are
// rejected by the domain.
func TestAttack14CrossDomainReplay(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	_, bob := e.user(2)
	execKey, executor := e.user(4)
	e.deposit(aliceKey, milli(1000))
	e.commit()
	id := e.mustStartExit(aliceKey, 1, eth)
	others := []proofs.Domain{
		{ChainID: new(big.Int).Add(e.l1.ChainID, big.NewInt(1)), Contract: e.addr},
		{ChainID: e.l1.ChainID, Contract: common.HexToAddress("0x00000000000000000000000000000000000b0b")},
	}
	var txs []*plasma.Transfer
	for i, d := range others {
		tr := &plasma.Transfer{From: alice, To: bob, Token: eth, Amount: *uint256.NewInt(uint64(10 + i)), Deadline: e.now() + 600}
		tr.Spent = tr.Amount
		d.SignTransfer(aliceKey, tr)
		txs = append(txs, tr)
	}
	e.commitWith(sealOpts{unchecked: true}, txs...)
	for i := range txs {
		_, err := e.send(e.l1.Keys[5], nil, e.challengeData(id, 2, i))
		wantRevert(t, err, "BadSignature")
	}
	e.matureAll()
	e.finalize(eth, 10)
	e.commit()
	leaf, proof := e.prove(1, alice, eth)
	b := e.blocks[1]
	for _, d := range others {
		deadline := e.now() + 600
		sig := proofs.SignDigest(aliceKey, d.ExitAuthorizationDigest(alice, eth, executor, deadline))
		_, err := e.send(execKey, e.p.ExitBond, e.pc.PackStartExitFor(alice, bindHeader(b.H), b.CommittedAt, eth, bindLeaf(leaf), proof, deadline, sig))
		wantRevert(t, err, "BadSignature")
	}
}
