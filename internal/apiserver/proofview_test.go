package apiserver

import (
	"math/big"
	"sync"
	"testing"
	"time"

	ics23 "github.com/cosmos/ics23/go"
	"github.com/ethereum/go-ethereum/common"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/httpapi"
)

// verifyServed checks a served proof with ics23 against the root the
// contract emitted for its block.
func (f *fixture) verifyServed(pi httpapi.ProofInfo) {
	f.t.Helper()
	root := f.committedRoot(pi.Header.Number)
	if pi.Header.StateRoot != root {
		f.t.Fatalf("block %d: served root %s, contract %s", pi.Header.Number, pi.Header.StateRoot, root)
	}
	var cp ics23.CommitmentProof
	if err := cp.Unmarshal(pi.ICS23); err != nil {
		f.t.Fatal(err)
	}
	if pi.Exists {
		if !ics23.VerifyMembership(ics23.IavlSpec, root[:], &cp, pi.Key, pi.Value) {
			f.t.Fatalf("block %d: membership proof does not verify", pi.Header.Number)
		}
	} else if !ics23.VerifyNonMembership(ics23.IavlSpec, root[:], &cp, pi.Key) {
		f.t.Fatalf("block %d: non-membership proof does not verify", pi.Header.Number)
	}
}

// Proofs at the newest committed block share one view of it; when a newer
// block is committed the view moves on and the old one lets its version
// go. Older blocks stay provable by number, absent keys get non-membership
// proofs, and proofs served while blocks are committed all verify.
func TestProofViewFollowsCommittedBlocks(t *testing.T) {
	f := newFixture(t)
	f.be.viewTTL = time.Hour // only replacement moves the view here
	alice, bob, carol := f.chain.Addrs[1], f.chain.Addrs[2], common.HexToAddress("0xca401")
	eth := plasma.ETH
	f.l1(1, big.NewInt(1e18), f.pc.PackDeposit())
	f.feedOps()
	b1 := f.sealAndCommit()

	prove := func(owner common.Address, block *uint64) httpapi.ProofInfo {
		t.Helper()
		pi, err := f.be.Proof(f.ctx, owner, eth, block)
		if err != nil {
			t.Fatal(err)
		}
		f.verifyServed(pi)
		return pi
	}
	if pi := prove(alice, nil); pi.Header.Number != b1.Number || !pi.Exists || pi.Leaf.Balance.Uint64() != 1e18 {
		t.Fatalf("alice at block %d: exists %v balance %s", pi.Header.Number, pi.Exists, pi.Leaf.Balance.Dec())
	}
	if pi := prove(carol, nil); pi.Exists || !pi.Leaf.IsZero() || pi.Value != nil {
		t.Fatalf("carol proved present: %+v", pi.Leaf)
	}
	v1 := f.be.view.Load()
	if v1 == nil || v1.n != b1.Number {
		t.Fatalf("no shared view of block %d", b1.Number)
	}

	now, _ := f.chain.Now(f.ctx)
	tr := &plasma.Transfer{From: alice, To: bob, Token: eth, Deadline: now + 3600}
	tr.Amount.SetUint64(3e17)
	tr.Fee.SetUint64(1000)
	tr.Spent.Add(&tr.Amount, &tr.Fee)
	f.be.Domain().SignTransfer(f.chain.Keys[1], tr)
	if _, _, err := f.be.SubmitTransfer(f.ctx, tr); err != nil {
		t.Fatal(err)
	}
	b2 := f.sealAndCommit()

	if pi := prove(alice, nil); pi.Header.Number != b2.Number || pi.Leaf.Balance.Uint64() != 1e18-3e17-1000 || pi.Leaf.Nonce != 1 {
		t.Fatalf("alice at block %d: %s nonce %d", pi.Header.Number, pi.Leaf.Balance.Dec(), pi.Leaf.Nonce)
	}
	if v := f.be.view.Load(); v == nil || v.n != b2.Number {
		t.Fatalf("shared view did not move to block %d", b2.Number)
	}
	if v1.refs.Load() != 0 {
		t.Fatalf("replaced view still holds %d references", v1.refs.Load())
	}
	if _, _, err := v1.snap.Get(alice, eth); err == nil {
		t.Fatal("replaced view's snapshot is still open: its version cannot be pruned")
	}
	n1 := b1.Number
	if pi := prove(alice, &n1); pi.Header.Number != n1 || pi.Leaf.Balance.Uint64() != 1e18 {
		t.Fatalf("alice at block 1 by number: block %d balance %s", pi.Header.Number, pi.Leaf.Balance.Dec())
	}
	if v := f.be.view.Load(); v == nil || v.n != b2.Number {
		t.Fatal("a proof at an older block replaced the shared view")
	}

	// Readers at the newest committed block while two more are committed.
	var wg sync.WaitGroup
	stop := make(chan struct{})
	results := make(chan httpapi.ProofInfo, 1024)
	errs := make(chan error, 8)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				pi, err := f.be.Proof(f.ctx, bob, eth, nil)
				if err != nil {
					errs <- err
					return
				}
				select {
				case results <- pi:
				default:
				}
			}
		}()
	}
	f.sealAndCommit()
	f.sealAndCommit()
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	close(results)
	seen := map[uint64]bool{}
	for pi := range results {
		if !seen[pi.Header.Number] {
			seen[pi.Header.Number] = true
			f.verifyServed(pi)
		}
		if pi.Leaf.Balance.Uint64() != 3e17 {
			t.Fatalf("bob at block %d: %s", pi.Header.Number, pi.Leaf.Balance.Dec())
		}
	}
	if len(seen) == 0 {
		t.Fatal("no proofs served")
	}
}

// A shared view that nothing replaces lets its version go after a while,
// so pruning is not held up by the last proof request; the next request
// opens a fresh view.
func TestProofViewExpires(t *testing.T) {
	f := newFixture(t)
	f.be.viewTTL = 50 * time.Millisecond
	alice := f.chain.Addrs[1]
	f.l1(1, big.NewInt(1e18), f.pc.PackDeposit())
	f.feedOps()
	b1 := f.sealAndCommit()
	pi, err := f.be.Proof(f.ctx, alice, plasma.ETH, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.verifyServed(pi)
	v := f.be.view.Load()
	if v == nil || v.n != b1.Number {
		t.Fatalf("no shared view of block %d", b1.Number)
	}
	deadline := time.Now().Add(10 * time.Second)
	for f.be.view.Load() == v {
		if time.Now().After(deadline) {
			t.Fatal("the shared view never expired")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if v.refs.Load() != 0 {
		t.Fatalf("expired view holds %d references", v.refs.Load())
	}
	if _, _, err := v.snap.Get(alice, plasma.ETH); err == nil {
		t.Fatal("expired view's snapshot is still open")
	}
	pi, err = f.be.Proof(f.ctx, alice, plasma.ETH, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.verifyServed(pi)
	if nv := f.be.view.Load(); nv == nil || nv == v {
		t.Fatal("no fresh view after expiry")
	}
}
