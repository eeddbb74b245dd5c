package contracts

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/contracts/bindings"
)

func (e *env) requestData(owner, token common.Address, n uint64) []byte {
	b := e.blocks[n]
	return e.pc.PackRequestProof(owner, token, bindHeader(b.H), b.CommittedAt)
}

func (e *env) requestBond() *big.Int { return view(e, e.pc.PackRequestBond(), e.pc.UnpackRequestBond) }

func (e *env) request(owner, token common.Address, n uint64) *big.Int {
	e.t.Helper()
	r := e.mustSend(e.l1.Keys[4], e.requestBond(), e.requestData(owner, token, n))
	for _, lg := range r.Logs {
		if ev, err := e.pc.UnpackProofRequestedEvent(lg); err == nil {
			return ev.RequestId
		}
	}
	e.t.Fatal("no ProofRequested")
	return nil
}

func (e *env) answerData(id *big.Int, n uint64, owner, token common.Address) []byte {
	leaf, proof := e.prove(n, owner, token)
	return e.pc.PackAnswerProof(id, bindLeaf(leaf), proof)
}

func answered(e *env, r *types.Receipt) []*bindings.PlasmaChainProofAnswered {
	var out []*bindings.PlasmaChainProofAnswered
	for _, lg := range r.Logs {
		if ev, err := e.pc.UnpackProofAnsweredEvent(lg); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

func TestProofRequestAnswered(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	_, bob := e.user(2)
	reqKey, requester := e.user(4)
	e.deposit(aliceKey, milli(700))
	e.commit()
	e.commit()

	bond := e.requestBond()
	wantBig(t, "request bond", bond, e.p.MinRequestBond) // the simulated basefee is low
	head, _ := e.l1.Head(e.ctx)
	if floor := new(big.Int).Mul(new(big.Int).SetUint64(2*e.p.AnswerGas), head.BaseFee); bond.Cmp(floor) < 0 {
		t.Fatalf("bond %s below 2 × answerGas × basefee %s", bond, floor)
	}
	r := e.mustSend(reqKey, bond, e.requestData(alice, eth, 1))
	var req *bindings.PlasmaChainProofRequested
	for _, lg := range r.Logs {
		if ev, err := e.pc.UnpackProofRequestedEvent(lg); err == nil {
			req = ev
		}
	}
	if req == nil || req.Owner != alice || req.BlockNumber != 1 || req.Requester != requester || req.Deadline != e.now()+e.p.ResponseWindow {
		t.Fatalf("ProofRequested %+v", req)
	}
	stored := view(e, e.pc.PackRequests(req.RequestId), e.pc.UnpackRequests)
	if stored.Requester != requester || stored.Owner != alice || stored.Token != eth || stored.BlockNumber != 1 ||
		stored.Status != 1 || stored.Bond.Cmp(bond) != 0 || common.Hash(stored.StateRoot) != e.blocks[1].H.StateRoot {
		t.Fatalf("requests(%s) = %+v", req.RequestId, stored)
	}
	if n := view(e, e.pc.PackRequestCount(), e.pc.UnpackRequestCount); n.Cmp(req.RequestId) != 0 {
		t.Fatalf("requestCount %s", n)
	}
	_, err := e.send(reqKey, bond, e.requestData(alice, eth, 1))
	wantRevert(t, err, "RequestAlreadyOpen")
	_, err = e.send(reqKey, sub(bond, wei(1)), e.requestData(alice, eth, 2))
	wantRevert(t, err, "RequestBondTooLow")
	b := e.blocks[2]
	_, err = e.send(reqKey, bond, e.pc.PackRequestProof(alice, eth, bindHeader(b.H), b.CommittedAt+1))
	wantRevert(t, err, "HeaderMismatch")

	// Membership answer: the event carries the leaf and proof; the operator keeps the bond.
	wrong := e.answerData(req.RequestId, 2, bob, eth)
	_, err = e.send(e.opKey, nil, wrong)
	wantRevert(t, err, "InvalidProof")
	r = e.mustSend(e.opKey, nil, e.answerData(req.RequestId, 1, alice, eth))
	ans := answered(e, r)
	leaf, proof := e.prove(1, alice, eth)
	if len(ans) != 1 || ans[0].Balance.Cmp(leaf.Balance.ToBig()) != 0 || ans[0].Owner != alice || string(ans[0].Proof) != string(proof) {
		t.Fatalf("ProofAnswered %+v", ans)
	}
	wantBig(t, "operator earned", e.withdrawable(e.p.Operator, eth), bond)
	_, err = e.send(e.opKey, nil, e.answerData(req.RequestId, 1, alice, eth))
	wantRevert(t, err, "RequestAnswered")
	_, err = e.send(e.opKey, nil, e.answerData(big.NewInt(99), 1, alice, eth))
	wantRevert(t, err, "UnknownRequest")
	// The slot is free again.
	again := e.request(alice, eth, 1)

	// Non-membership answers, batched with a membership one.
	absent := e.request(bob, eth, 2)
	lb, pb := e.prove(2, bob, eth)
	la, pa := e.prove(1, alice, eth)
	batch := e.pc.PackAnswerProofs([]*big.Int{absent, again}, []bindings.PlasmaChainLeaf{bindLeaf(lb), bindLeaf(la)}, [][]byte{pb, pa})
	r = e.mustSend(e.opKey, nil, batch)
	if ans := answered(e, r); len(ans) != 2 || ans[0].Owner != bob || ans[0].Balance.Sign() != 0 {
		t.Fatalf("batch answers %+v", ans)
	}
	_, err = e.send(e.opKey, nil, e.pc.PackAnswerProofs([]*big.Int{absent}, nil, nil))
	wantRevert(t, err, "LengthMismatch")
	// A zero leaf with a non-membership proof for a key that exists is refused.
	id := e.request(alice, eth, 2)
	_, err = e.send(e.opKey, nil, e.pc.PackAnswerProof(id, bindLeaf(plasma.Leaf{}), pb))
	wantRevert(t, err, "InvalidProof")

	// Blocks older than requestMaxAge cannot be requested.
	e.advance(e.p.RequestMaxAge + 1)
	_, err = e.send(reqKey, e.requestBond(), e.requestData(alice, eth, 2))
	wantRevert(t, err, "BlockTooOld")
}

func TestProofRequestUnansweredFreezes(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	reqKey, requester := e.user(4)
	e.deposit(aliceKey, milli(700))
	e.commit()
	id := e.request(alice, eth, 1)
	bond := e.requestBond()

	_, err := e.send(reqKey, nil, e.pc.PackReclaimRequestBond(id))
	wantRevert(t, err, "NotFrozen")
	_, err = e.send(reqKey, nil, e.pc.PackFreeze(FreezeRequest, id))
	wantRevert(t, err, "FreezeNotDue")

	// A late answer (after the deadline, before any freeze) cures the trigger.
	cured := e.request(alice, eth, 0)
	e.advance(e.p.ResponseWindow + 1)
	e.commit() // keep the other triggers quiet
	e.mustSend(e.opKey, nil, e.answerData(cured, 0, alice, eth))
	_, err = e.send(reqKey, nil, e.pc.PackFreeze(FreezeRequest, cured))
	wantRevert(t, err, "FreezeNotDue")

	r := e.mustSend(reqKey, nil, e.pc.PackFreeze(FreezeRequest, id))
	var fr *bindings.PlasmaChainFrozen
	for _, lg := range r.Logs {
		if ev, err := e.pc.UnpackFrozenEvent(lg); err == nil {
			fr = ev
		}
	}
	if fr == nil || fr.Reason != FreezeRequest || fr.Id.Cmp(id) != 0 || !e.frozen() {
		t.Fatalf("Frozen %+v", fr)
	}
	// The requester takes its bond back, once; the operator gets nothing.
	e.mustSend(reqKey, nil, e.pc.PackReclaimRequestBond(id))
	wantBig(t, "requester", e.withdrawable(requester, eth), bond)
	_, err = e.send(reqKey, nil, e.pc.PackReclaimRequestBond(id))
	wantRevert(t, err, "RequestNotOpen")
	// A late answer is still recorded (also while frozen), without the bond.
	r = e.mustSend(e.opKey, nil, e.answerData(id, 1, alice, eth))
	if len(answered(e, r)) != 1 {
		t.Fatal("no ProofAnswered")
	}
	wantBig(t, "operator", e.withdrawable(e.p.Operator, eth), bond) // the cured request's bond only
	e.mustSend(reqKey, nil, e.pc.PackWithdraw(eth))
}

func TestFreezeTriggers(t *testing.T) {
	t.Run("commit gap", func(t *testing.T) {
		e := newEnv(t)
		key, _ := e.user(1)
		id := new(big.Int).SetBytes(eth[:])
		e.advance(e.p.MaxCommitGap + 1)
		_, err := e.send(key, nil, e.pc.PackFreeze(FreezeCommitGap, id))
		wantRevert(t, err, "FreezeNotDue") // nothing is owed yet
		e.deposit(key, milli(1))
		e.commit()
		e.advance(e.p.MaxCommitGap - 5)
		_, err = e.send(key, nil, e.pc.PackFreeze(FreezeCommitGap, id))
		wantRevert(t, err, "FreezeNotDue")
		e.advance(10)
		_, err = e.send(key, nil, e.pc.PackFreeze(FreezeCommitGap, new(big.Int).Lsh(big.NewInt(1), 160)))
		wantRevert(t, err, "FreezeNotDue") // not a token
		e.commit()                         // a late commit cures it
		_, err = e.send(key, nil, e.pc.PackFreeze(FreezeCommitGap, id))
		wantRevert(t, err, "FreezeNotDue")
		e.advance(e.p.MaxCommitGap + 1)
		e.mustSend(key, nil, e.pc.PackFreeze(FreezeCommitGap, id))
		if !e.frozen() {
			t.Fatal("not frozen")
		}
		_, err = e.send(key, nil, e.pc.PackFreeze(FreezeCommitGap, id))
		wantRevert(t, err, "ChainFrozen")
	})
	t.Run("ops timeout", func(t *testing.T) {
		e := newEnv(t)
		key, _ := e.user(1)
		e.deposit(key, milli(1))
		e.commit()
		e.deposit(key, milli(1)) // op 1, uncovered
		_, err := e.send(key, nil, e.pc.PackFreeze(FreezeOpsTimeout, big.NewInt(1)))
		wantRevert(t, err, "FreezeNotDue")
		e.advance(e.p.OpsTimeout + 1)
		_, err = e.send(key, nil, e.pc.PackFreeze(FreezeOpsTimeout, big.NewInt(0)))
		wantRevert(t, err, "FreezeNotDue") // covered
		_, err = e.send(key, nil, e.pc.PackFreeze(FreezeOpsTimeout, big.NewInt(2)))
		wantRevert(t, err, "FreezeNotDue") // does not exist
		// The operator may no longer commit without covering it...
		c := uint64(1)
		e.seal(sealOpts{cursor: &c})
		_, err = e.commitPending()
		wantRevert(t, err, "OpUncovered")
		e.pending = nil
		if err := e.ledger.Rewind(1); err != nil {
			t.Fatal(err)
		}
		e.mustSend(key, nil, e.pc.PackFreeze(FreezeOpsTimeout, big.NewInt(1)))
		if !e.frozen() {
			t.Fatal("not frozen")
		}
	})
	t.Run("ops timeout cured", func(t *testing.T) {
		e := newEnv(t)
		key, _ := e.user(1)
		e.deposit(key, milli(1))
		e.advance(e.p.OpsTimeout - 5)
		e.commit()
		e.advance(10)
		_, err := e.send(key, nil, e.pc.PackFreeze(FreezeOpsTimeout, big.NewInt(0)))
		wantRevert(t, err, "FreezeNotDue")
	})
	t.Run("bad reason", func(t *testing.T) {
		e := newEnv(t)
		key, _ := e.user(1)
		_, err := e.send(key, nil, e.pc.PackFreeze(0, big.NewInt(0)))
		wantRevert(t, err, "BadFreezeReason")
		_, err = e.send(key, nil, e.pc.PackFreeze(4, big.NewInt(0)))
		wantRevert(t, err, "BadFreezeReason")
	})
}

// Frozen: commits, deposits and requests stop; exits, challenges,
// finalization and withdrawals go on, and an uncredited deposit leaves
// through an exit as a pending deposit.
func TestFrozenRules(t *testing.T) {
	e := newEnv(t)
	aliceKey, alice := e.user(1)
	bobKey, bob := e.user(2)
	tok := e.deployToken(aliceKey, alice, milli(1000))
	e.approve(aliceKey, tok, milli(1000))
	e.deposit(aliceKey, milli(1000))
	e.commit()
	e.commit(e.transfer(aliceKey, bob, eth, milli(100), new(big.Int)))
	e.deposit(bobKey, milli(50)) // never credited by a block
	exitID := e.mustStartExit(aliceKey, 1, eth)
	e.advance(e.p.OpsTimeout + 1)
	e.mustSend(bobKey, nil, e.pc.PackFreeze(FreezeOpsTimeout, big.NewInt(1)))

	_, err := e.send(aliceKey, milli(1), e.pc.PackDeposit())
	wantRevert(t, err, "ChainFrozen")
	_, err = e.send(aliceKey, nil, e.pc.PackDepositToken(tok, milli(1)))
	wantRevert(t, err, "ChainFrozen")
	e.seal(sealOpts{})
	_, err = e.commitPending()
	wantRevert(t, err, "ChainFrozen")
	_, err = e.send(bobKey, e.requestBond(), e.requestData(alice, eth, 1))
	wantRevert(t, err, "ChainFrozen")

	e.mustSend(bobKey, nil, e.challengeData(exitID, 2, 0))
	bobExit := e.mustStartExit(bobKey, 2, eth)
	e.matureAll()
	fin := e.finalized(e.finalize(eth, 10))
	if len(fin) != 2 || fin[0].ExitId.Cmp(exitID) != 0 || fin[1].ExitId.Cmp(bobExit) != 0 {
		t.Fatalf("finalized %+v", fin)
	}
	wantBig(t, "alice", fin[0].Paid, milli(900))
	wantBig(t, "bob (block 2 plus his uncredited deposit)", fin[1].Paid, milli(150))
	e.mustSend(bobKey, nil, e.pc.PackWithdraw(eth))
}
