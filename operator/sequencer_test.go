package operator

import (
	"context"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	plasma "github.com/avlplasma/avlplasma"
)

// Every validity and policy rule of PROTOCOL §3 refuses with its rule name,
// and a refusal changes nothing: the next block is empty with the same root.
func TestSubmitRules(t *testing.T) {
	h := newHarness(t, nil)
	rep := newReplayer(t)
	alice, bob := testKey(1), testKey(2)
	A, B := addrOf(alice), addrOf(bob)
	h.ops(deposit(A, plasma.ETH, 1000), deposit(B, plasma.ETH, 5), plasma.Op{Kind: plasma.OpLock, Owner: B, Token: plasma.ETH})
	before := h.seal()
	rep.apply(before)
	dl := testNow + 7200

	highS := signed(alice, B, plasma.ETH, 10, 1, 0, 0, dl)
	// s' = n - s flips a valid signature to its high-s twin.
	n := crypto.S256().Params().N
	s := new(uint256.Int).SetBytes(highS.Signature[32:64])
	nn, _ := uint256.FromBig(n)
	s.Sub(nn, s)
	sb := s.Bytes32()
	copy(highS.Signature[32:64], sb[:])
	highS.Signature[64] ^= 1 // 27 <-> 28

	wrongSigner := signed(bob, B, plasma.ETH, 10, 1, 0, 0, dl)
	wrongSigner.From = A
	tampered := signed(alice, B, plasma.ETH, 10, 1, 0, 0, dl)
	tampered.Amount = u(11)
	tampered.Spent = u(12)
	short := signed(alice, B, plasma.ETH, 10, 1, 0, 0, dl)
	short.Signature = short.Signature[:64]
	badV := signed(alice, B, plasma.ETH, 10, 1, 0, 0, dl)
	badV.Signature[64] = 29

	cases := []struct {
		name string
		tx   *plasma.Transfer
		code string
		rule string
	}{
		{"signature length", short, plasma.EINVALID, plasma.RuleSignature},
		{"signature v", badV, plasma.EINVALID, plasma.RuleSignature},
		{"signature high s", highS, plasma.EINVALID, plasma.RuleSignature},
		{"signature by another key", wrongSigner, plasma.EINVALID, plasma.RuleSignature},
		{"signature over other fields", tampered, plasma.EINVALID, plasma.RuleSignature},
		{"nonce ahead", signed(alice, B, plasma.ETH, 10, 1, 1, 0, dl), plasma.ECONFLICT, plasma.RuleNonce},
		{"spent wrong", func() *plasma.Transfer {
			tx := &plasma.Transfer{From: A, To: B, Token: plasma.ETH, Amount: u(10), Fee: u(1), Spent: u(10), Deadline: dl}
			testDomain.SignTransfer(alice, tx)
			return tx
		}(), plasma.EINVALID, plasma.RuleSpent},
		{"amount zero", signed(alice, B, plasma.ETH, 0, 1, 0, 0, dl), plasma.EINVALID, plasma.RuleAmount},
		{"amount+fee over balance", signed(alice, B, plasma.ETH, 1000, 1, 0, 0, dl), plasma.ECONFLICT, plasma.RuleBalance},
		{"to zero", signed(alice, common.Address{}, plasma.ETH, 10, 1, 0, 0, dl), plasma.EINVALID, plasma.RuleTo},
		{"to self", signed(alice, A, plasma.ETH, 10, 1, 0, 0, dl), plasma.EINVALID, plasma.RuleTo},
		{"locked sender", signed(bob, A, plasma.ETH, 1, 1, 0, 0, dl), plasma.ECONFLICT, plasma.RuleLocked},
		{"deadline beyond horizon", signed(alice, B, plasma.ETH, 10, 1, 0, 0, testNow+plasma.DefaultMaxDeadlineHorizon+1), plasma.EINVALID, plasma.RuleDeadline},
		{"deadline margin", signed(alice, B, plasma.ETH, 10, 1, 0, 0, testNow+3599), plasma.EINVALID, plasma.RuleMargin},
		{"deadline past", signed(alice, B, plasma.ETH, 10, 1, 0, 0, testNow-1), plasma.EINVALID, plasma.RuleMargin},
		{"fee below minimum", signed(alice, B, plasma.ETH, 10, 0, 0, 0, dl), plasma.EINVALID, plasma.RuleFee},
		{"unfunded token", signed(alice, B, testToken, 10, 1, 0, 0, dl), plasma.ECONFLICT, plasma.RuleBalance},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := h.submit(c.tx)
			wantRule(t, err, c.code, c.rule)
		})
	}
	if n := h.seq.PendingCount(); n != 0 {
		t.Fatalf("%d transfers pending after refusals", n)
	}
	after := h.seal()
	rep.apply(after)
	if len(after.Transfers) != 0 || after.StateRoot != before.StateRoot {
		t.Fatalf("refusals changed the state: %d transfers, root %s → %s", len(after.Transfers), before.StateRoot, after.StateRoot)
	}
	// And the valid one goes through, with its fee to the operator.
	ok := signed(alice, B, plasma.ETH, 10, 1, 0, 0, dl)
	hash, err := h.submit(ok)
	if err != nil {
		t.Fatal(err)
	}
	if hash != testDomain.TransferDigest(ok) {
		t.Fatalf("hash %s is not the EIP-712 digest", hash)
	}
	blk := h.seal()
	rep.apply(blk)
	if len(blk.Transfers) != 1 {
		t.Fatalf("%d transfers sealed", len(blk.Transfers))
	}
	la, _ := h.leaf(A, plasma.ETH)
	lb, _ := h.leaf(B, plasma.ETH)
	lo, _ := h.leaf(testOperator, plasma.ETH)
	if la.Balance.Uint64() != 989 || la.Nonce != 1 || la.Spent.Uint64() != 11 || lb.Balance.Uint64() != 15 || lo.Balance.Uint64() != 1 {
		t.Fatalf("after transfer: alice %+v bob %+v operator %+v", la, lb, lo)
	}
}

// Statuses, idempotent resubmission and the publisher's markers.
func TestStatusAndResubmission(t *testing.T) {
	h := newHarness(t, nil)
	alice, bob := testKey(1), testKey(2)
	A, B := addrOf(alice), addrOf(bob)
	h.ops(deposit(A, plasma.ETH, 100))
	h.seal()
	tx := signed(alice, B, plasma.ETH, 10, 1, 0, 0, testNow+7200)
	hash, err := h.submit(tx)
	if err != nil {
		t.Fatal(err)
	}
	if st, _, err := h.seq.TransferStatus(hash); err != nil || st != plasma.StatusAccepted {
		t.Fatalf("status %s %v, want accepted", st, err)
	}
	// Resubmitting while accepted: same hash, nothing applied twice.
	if again, err := h.submit(tx); err != nil || again != hash {
		t.Fatalf("resubmit while accepted: %s %v", again, err)
	}
	blk := h.seal()
	if len(blk.Transfers) != 1 {
		t.Fatalf("%d transfers", len(blk.Transfers))
	}
	if st, n, err := h.seq.TransferStatus(hash); err != nil || st != plasma.StatusSealed || n != blk.Number {
		t.Fatalf("status %s %d %v, want sealed in %d", st, n, err, blk.Number)
	}
	if again, err := h.submit(tx); err != nil || again != hash {
		t.Fatalf("resubmit after sealing: %s %v", again, err)
	}
	if n, i, err := h.seq.TransferLocation(hash); err != nil || n != blk.Number || i != 0 {
		t.Fatalf("location %d %d %v", n, i, err)
	}
	if err := h.seq.MarkPublished(blk.Number); err != nil {
		t.Fatal(err)
	}
	if err := h.seq.MarkCommitted(blk.Number, testNow+5); err != nil {
		t.Fatal(err)
	}
	if st, _, _ := h.seq.TransferStatus(hash); st != plasma.StatusCommitted {
		t.Fatalf("status %s, want committed", st)
	}
	if at, ok, err := h.seq.CommittedAt(blk.Number); err != nil || !ok || at != testNow+5 {
		t.Fatalf("committedAt %d %v %v", at, ok, err)
	}
	if err := h.seq.MarkFinalized(blk.Number + 1); err == nil {
		t.Fatal("finalized a block beyond the committed one")
	}
	if err := h.seq.MarkFinalized(blk.Number); err != nil {
		t.Fatal(err)
	}
	if st, _, _ := h.seq.TransferStatus(hash); st != plasma.StatusFinalized {
		t.Fatalf("status %s, want finalized", st)
	}
	if _, _, err := h.seq.TransferStatus(common.HexToHash("0x1234")); plasma.ErrorCode(err) != plasma.ENOTFOUND {
		t.Fatalf("unknown hash: %v, want ENOTFOUND", err)
	}
	// Markers and the owner listing survive a restart.
	h.restart()
	m := h.seq.Markers()
	if m.Latest != blk.Number || m.Published != blk.Number || m.Committed != blk.Number || m.Finalized != blk.Number {
		t.Fatalf("markers after restart: %+v", m)
	}
	accts, at, err := h.seq.Accounts(B)
	if err != nil || at != blk.Number || len(accts) != 1 || accts[0].Token != plasma.ETH || accts[0].Leaf.Balance.Uint64() != 10 {
		t.Fatalf("accounts of bob: %+v at %d, %v", accts, at, err)
	}
	if _, err := h.seq.Block(blk.Number + 1); plasma.ErrorCode(err) != plasma.ENOTFOUND {
		t.Fatalf("future block: %v", err)
	}
	if b0, err := h.seq.Block(0); err != nil || b0.StateRoot != (common.Hash{0xe3, 0xb0, 0xc4, 0x42, 0x98, 0xfc, 0x1c, 0x14, 0x9a, 0xfb, 0xf4, 0xc8, 0x99, 0x6f, 0xb9, 0x24, 0x27, 0xae, 0x41, 0xe4, 0x64, 0x9b, 0x93, 0x4c, 0xa4, 0x95, 0x99, 0x1b, 0x78, 0x52, 0xb8, 0x55}) {
		t.Fatalf("block 0: %+v %v", b0, err)
	}
}

// L1 operations: deposits create leaves, a lock refuses spends, an
// unlock-and-debit clamps at zero (a shortfall) and raises the nonce only
// when it debits, and an accepted transfer is dropped at sealing when a lock
// landed first. Gaps and repeats in the queue are refused.
func TestOperations(t *testing.T) {
	h := newHarness(t, nil)
	rep := newReplayer(t)
	alice, bob, carol := testKey(1), testKey(2), testKey(3)
	A, B, C := addrOf(alice), addrOf(bob), addrOf(carol)
	dl := testNow + 7200

	h.ops(deposit(A, plasma.ETH, 100), deposit(A, testToken, 50))
	blk := h.seal()
	rep.apply(blk)
	if blk.OpsCursor != 2 || len(blk.Ops) != 2 {
		t.Fatalf("block 1 opsCursor %d ops %d", blk.OpsCursor, len(blk.Ops))
	}
	if l, ok := h.leaf(A, testToken); !ok || l.Balance.Uint64() != 50 {
		t.Fatalf("deposit did not create the leaf: %+v %v", l, ok)
	}

	// Gaps and repeats.
	if err := h.seq.ApplyOps([]plasma.Op{{Index: 5, Kind: plasma.OpDeposit, Owner: A, Amount: u(1)}}); plasma.ErrorCode(err) != plasma.ECONFLICT {
		t.Fatalf("gap accepted: %v", err)
	}
	if err := h.seq.ApplyOps([]plasma.Op{{Index: 1, Kind: plasma.OpDeposit, Owner: A, Amount: u(1)}}); plasma.ErrorCode(err) != plasma.ECONFLICT {
		t.Fatalf("repeat accepted: %v", err)
	}
	if err := h.seq.ApplyOps([]plasma.Op{{Index: 2, Kind: plasma.OpDeposit, Owner: A, Amount: u(1)}, {Index: 4, Kind: plasma.OpDeposit, Owner: A, Amount: u(1)}}); err == nil {
		t.Fatal("batch with an inner gap accepted")
	}
	if h.seq.NextOpIndex() != 2 {
		t.Fatalf("a refused batch moved the cursor to %d", h.seq.NextOpIndex())
	}

	// A lock of an absent leaf creates a zero leaf; a lock refuses spends.
	h.ops(plasma.Op{Kind: plasma.OpLock, Owner: C, Token: plasma.ETH, Nonce: 0}, plasma.Op{Kind: plasma.OpLock, Owner: A, Token: plasma.ETH})
	rep.apply(h.seal())
	if l, ok := h.leaf(C, plasma.ETH); !ok || !l.IsZero() {
		t.Fatalf("lock did not create a zero leaf: %+v %v", l, ok)
	}
	_, err := h.submit(signed(alice, B, plasma.ETH, 10, 1, 0, 0, dl))
	wantRule(t, err, plasma.ECONFLICT, plasma.RuleLocked)
	// Tokens are separate leaves: alice's token leaf is not locked.
	if _, err := h.submit(signed(alice, B, testToken, 10, 1, 0, 0, dl)); err != nil {
		t.Fatal(err)
	}

	// Unlock with amount 0 (a replaced exit): balance and nonce unchanged.
	h.ops(plasma.Op{Kind: plasma.OpUnlockDebit, Owner: A, Token: plasma.ETH, Nonce: 7})
	rep.apply(h.seal())
	la, _ := h.leaf(A, plasma.ETH)
	if la.Balance.Uint64() != 100 || la.Nonce != 0 {
		t.Fatalf("unlock(0) changed the leaf: %+v", la)
	}
	// Unlocked: spends work again.
	if _, err := h.submit(signed(alice, B, plasma.ETH, 10, 1, 0, 0, dl)); err != nil {
		t.Fatal(err)
	}
	rep.apply(h.seal())

	// An accepted transfer of alice's is dropped when a lock lands before
	// its block is sealed; the block still applies the lock.
	dropped := signed(alice, B, plasma.ETH, 10, 1, 1, 11, dl)
	dh, err := h.submit(dropped)
	if err != nil {
		t.Fatal(err)
	}
	h.ops(plasma.Op{Kind: plasma.OpLock, Owner: A, Token: plasma.ETH, Nonce: 1})
	blk = h.seal()
	rep.apply(blk)
	if len(blk.Transfers) != 0 {
		t.Fatalf("a transfer of a locked leaf was sealed")
	}
	if st, n, err := h.seq.TransferStatus(dh); err != nil || st != plasma.StatusDropped || n != blk.Number {
		t.Fatalf("status %s %d %v, want dropped at %d", st, n, err, blk.Number)
	}
	// Dropped stays dropped, also after a restart.
	h.restart()
	if _, err := h.submit(dropped); plasma.ErrorCode(err) != plasma.ECONFLICT {
		t.Fatalf("a dropped transfer was accepted again: %v", err)
	}

	// Unlock-and-debit beyond the balance clamps at 0 (shortfall) and
	// raises the nonce to exitNonce+1.
	h.ops(plasma.Op{Kind: plasma.OpUnlockDebit, Owner: A, Token: plasma.ETH, Amount: u(500), Nonce: 4})
	rep.apply(h.seal())
	la, _ = h.leaf(A, plasma.ETH)
	if !la.Balance.IsZero() || la.Nonce != 5 {
		t.Fatalf("clamped debit: %+v, want balance 0 nonce 5", la)
	}
	// A debit with a nonce below the leaf's keeps the leaf's nonce.
	h.ops(deposit(A, plasma.ETH, 40), plasma.Op{Kind: plasma.OpLock, Owner: A, Token: plasma.ETH, Nonce: 2},
		plasma.Op{Kind: plasma.OpUnlockDebit, Owner: A, Token: plasma.ETH, Amount: u(15), Nonce: 2})
	rep.apply(h.seal())
	la, _ = h.leaf(A, plasma.ETH)
	if la.Balance.Uint64() != 25 || la.Nonce != 5 {
		t.Fatalf("debit below the nonce: %+v, want balance 25 nonce 5", la)
	}
	// Two locks need two unlocks (counts, not flags).
	h.ops(plasma.Op{Kind: plasma.OpLock, Owner: A, Token: plasma.ETH, Nonce: 5}, plasma.Op{Kind: plasma.OpLock, Owner: A, Token: plasma.ETH, Nonce: 5},
		plasma.Op{Kind: plasma.OpUnlockDebit, Owner: A, Token: plasma.ETH, Nonce: 5})
	rep.apply(h.seal())
	h.restart() // lock counts are restored from the block store
	_, err = h.submit(signed(alice, B, plasma.ETH, 1, 1, 5, la.Spent.Uint64(), dl))
	wantRule(t, err, plasma.ECONFLICT, plasma.RuleLocked)
	h.ops(plasma.Op{Kind: plasma.OpUnlockDebit, Owner: A, Token: plasma.ETH, Nonce: 5})
	rep.apply(h.seal())
	if _, err := h.submit(signed(alice, B, plasma.ETH, 1, 1, 5, la.Spent.Uint64(), dl)); err != nil {
		t.Fatal(err)
	}
	rep.catchUp(h.seq)
}

// A transfer whose deadline passes before its block is sealed is dropped,
// and block timestamps never go backwards with the L1 clock.
func TestDeadlineAtSealing(t *testing.T) {
	h := newHarness(t, nil)
	alice := testKey(1)
	A, B := addrOf(alice), addrOf(testKey(2))
	h.ops(deposit(A, plasma.ETH, 100))
	first := h.seal()
	short := signed(alice, B, plasma.ETH, 10, 1, 0, 0, testNow+3600)
	sh, err := h.submit(short)
	if err != nil {
		t.Fatal(err)
	}
	h.clock.t.Store(testNow + 3601)
	blk := h.seal()
	if len(blk.Transfers) != 0 || blk.Timestamp != testNow+3601 {
		t.Fatalf("expired transfer sealed (%d) or timestamp %d", len(blk.Transfers), blk.Timestamp)
	}
	if st, _, _ := h.seq.TransferStatus(sh); st != plasma.StatusDropped {
		t.Fatalf("status %s, want dropped", st)
	}
	h.clock.t.Store(testNow) // L1 reorg to an older head
	blk2 := h.seal()
	if blk2.Timestamp != blk.Timestamp || blk.Timestamp < first.Timestamp {
		t.Fatalf("timestamps went backwards: %d, %d", blk.Timestamp, blk2.Timestamp)
	}
}

// Many goroutines submit at once; every acknowledged transfer is sealed and
// the blocks replay to the same roots. Small blocks and a short block time
// exercise the pipeline (accepting while saving) and the backpressure.
func TestConcurrentSubmit(t *testing.T) {
	h := newHarness(t, func(c *SequencerConfig) {
		c.BlockTime = 20 * time.Millisecond
		c.MaxBlockTxs = 37
	})
	rep := newReplayer(t)
	const senders, each = 16, 40
	keys := make([]*plasma.Transfer, 0)
	_ = keys
	var ops []plasma.Op
	for i := 0; i < senders; i++ {
		ops = append(ops, deposit(addrOf(testKey(i)), plasma.ETH, 1000))
	}
	h.ops(ops...)
	h.seal()
	var wg sync.WaitGroup
	hashes := make(chan common.Hash, senders*each)
	errs := make(chan error, senders*each)
	for i := 0; i < senders; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			k := testKey(i)
			for n := 0; n < each; n++ {
				// A ring: recipients send too, so leaves credited in the
				// block being saved are read by the next one.
				to := addrOf(testKey((i + 1 + n%3) % senders))
				tx := signed(k, to, plasma.ETH, 3, 1, uint64(n), uint64(n)*4, testNow+7200)
				hash, err := h.submit(tx)
				if err != nil {
					errs <- err
					return
				}
				hashes <- hash
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	close(hashes)
	for err := range errs {
		t.Fatal(err)
	}
	h.seal()
	rep.catchUp(h.seq)
	count := 0
	for hash := range hashes {
		count++
		if st, _, err := h.seq.TransferStatus(hash); err != nil || st != plasma.StatusSealed {
			t.Fatalf("acknowledged %s: %s %v", hash, st, err)
		}
	}
	if count != senders*each {
		t.Fatalf("%d acknowledged", count)
	}
	for n := uint64(1); n <= h.seq.LatestBlock(); n++ {
		blk, _ := h.seq.Block(n)
		if len(blk.Transfers) > 37 {
			t.Fatalf("block %d holds %d transfers, over MaxBlockTxs", n, len(blk.Transfers))
		}
	}
}

// Accepted transfers survive a restart (replayed from the accept log) and
// seal to the same roots as without the restart.
func TestRestartReplaysAcceptLog(t *testing.T) {
	run := func(restart bool) (roots []common.Hash) {
		h := newHarness(t, nil)
		alice, bob := testKey(1), testKey(2)
		A, B := addrOf(alice), addrOf(bob)
		h.ops(deposit(A, plasma.ETH, 1000), deposit(B, testToken, 1000))
		roots = append(roots, h.seal().StateRoot)
		for i := 0; i < 20; i++ {
			if _, err := h.submit(signed(alice, B, plasma.ETH, 5, 1, uint64(i), uint64(i)*6, testNow+7200)); err != nil {
				t.Fatal(err)
			}
			if _, err := h.submit(signed(bob, addrOf(testKey(3+i%3)), testToken, 7, 2, uint64(i), uint64(i)*9, testNow+7200)); err != nil {
				t.Fatal(err)
			}
		}
		if restart {
			h.restart()
			if n := h.seq.PendingCount(); n != 40 {
				t.Fatalf("%d transfers pending after restart, want 40", n)
			}
		}
		blk := h.seal()
		if len(blk.Transfers) != 40 {
			t.Fatalf("%d transfers sealed, want 40", len(blk.Transfers))
		}
		roots = append(roots, blk.StateRoot, blk.TxRoot)
		if restart {
			h.restart()
			if n := h.seq.PendingCount(); n != 0 {
				t.Fatalf("%d sealed transfers replayed again", n)
			}
			if h.seq.LatestBlock() != blk.Number {
				t.Fatalf("latest %d", h.seq.LatestBlock())
			}
		}
		return roots
	}
	a, b := run(false), run(true)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("root %d differs after restart: %s vs %s", i, a[i], b[i])
		}
	}
}

// A crash between saving a ledger version and storing its block: the
// version is rewound at restart and the block sealed again from the log.
func TestRewindVersionWithoutBlock(t *testing.T) {
	h := newHarness(t, nil)
	alice := testKey(1)
	A, B := addrOf(alice), addrOf(testKey(2))
	h.ops(deposit(A, plasma.ETH, 1000))
	h.seal()
	tx := signed(alice, B, plasma.ETH, 5, 1, 0, 0, testNow+7200)
	if _, err := h.submit(tx); err != nil {
		t.Fatal(err)
	}
	h.seq.Stop(context.Background())
	h.seq = nil
	// Save a version the block store does not know about, as a crash after
	// seal step 3 would leave.
	seq, err := NewSequencer(h.cfg, h.clock, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := seq.ledger.Set(B, plasma.ETH, plasma.Leaf{Balance: u(999)}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := seq.ledger.Save(); err != nil {
		t.Fatal(err)
	}
	seq.Stop(context.Background())
	h.open()
	if h.seq.ledger.Version() != 1 {
		t.Fatalf("ledger version %d, want 1 (rewound)", h.seq.ledger.Version())
	}
	blk := h.seal()
	if blk.Number != 2 || len(blk.Transfers) != 1 {
		t.Fatalf("block %d with %d transfers", blk.Number, len(blk.Transfers))
	}
	if l, _ := h.leaf(B, plasma.ETH); l.Balance.Uint64() != 5 {
		t.Fatalf("bob holds %s", l.Balance.Dec())
	}
}

// Re-sealing: blocks after the last committed one are discarded and their
// operations and transfers sealed again with a fresh timestamp; a transfer
// that expired meanwhile is dropped.
func TestReseal(t *testing.T) {
	h := newHarness(t, nil)
	rep := newReplayer(t)
	alice, bob := testKey(1), testKey(2)
	A, B := addrOf(alice), addrOf(bob)
	h.ops(deposit(A, plasma.ETH, 1000))
	rep.apply(h.seal())
	if err := h.seq.MarkCommitted(1, testNow); err != nil {
		t.Fatal(err)
	}
	expiring := signed(alice, B, plasma.ETH, 5, 1, 0, 0, testNow+3700)
	eh, _ := h.submit(expiring)
	h.ops(deposit(B, testToken, 70))
	b2 := h.seal()
	lasting := signed(alice, B, plasma.ETH, 5, 1, 1, 6, testNow+9000)
	lh, _ := h.submit(lasting)
	b3 := h.seal()
	pending := signed(bob, A, testToken, 5, 1, 0, 0, testNow+9000)
	ph, err := h.submit(pending)
	if err != nil {
		t.Fatal(err)
	}
	if len(b2.Transfers) != 1 || len(b3.Transfers) != 1 {
		t.Fatalf("blocks 2, 3 hold %d, %d transfers", len(b2.Transfers), len(b3.Transfers))
	}
	if err := h.seq.Reseal(context.Background(), 3); err != nil {
		t.Fatal(err) // nothing to do
	}
	if err := h.seq.Reseal(context.Background(), 0); plasma.ErrorCode(err) != plasma.EINVALID {
		t.Fatalf("re-seal below the committed block: %v", err)
	}
	h.clock.t.Store(testNow + 3800)
	if err := h.seq.Reseal(context.Background(), 1); err != nil {
		t.Fatal(err)
	}
	if h.seq.LatestBlock() != 1 {
		t.Fatalf("latest %d after re-seal", h.seq.LatestBlock())
	}
	if st, _, _ := h.seq.TransferStatus(lh); st != plasma.StatusAccepted {
		t.Fatalf("discarded transfer status %s, want accepted", st)
	}
	if h.seq.NextOpIndex() != 2 {
		t.Fatalf("next op %d after re-seal, want 2 (block 2's op queued again)", h.seq.NextOpIndex())
	}
	h.restart() // everything discarded is durable in the accept log
	if h.seq.NextOpIndex() != 2 {
		t.Fatalf("next op %d after restart, want 2 (replayed from the log)", h.seq.NextOpIndex())
	}
	blk := h.seal()
	rep.apply(blk)
	if blk.Number != 2 || blk.Timestamp != testNow+3800 || blk.OpsCursor != 2 || len(blk.Ops) != 1 || blk.OpsHash != b2.OpsHash {
		t.Fatalf("re-sealed block: number %d ts %d cursor %d ops %d", blk.Number, blk.Timestamp, blk.OpsCursor, len(blk.Ops))
	}
	st, _, _ := h.seq.TransferStatus(eh)
	if st != plasma.StatusDropped {
		t.Fatalf("expired transfer %s, want dropped", st)
	}
	// The expired transfer used nonce 0, so "lasting" (nonce 1) is now
	// invalid too; the pending token transfer goes through.
	if st, _, _ := h.seq.TransferStatus(lh); st != plasma.StatusDropped {
		t.Fatalf("lasting: %s", st)
	}
	if st, n, _ := h.seq.TransferStatus(ph); st != plasma.StatusSealed || n != 2 {
		t.Fatalf("pending: %s %d", st, n)
	}
}

func testLogger(t testing.TB) zerolog.Logger {
	return zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel)
}

// Writing a block's existing leaves in key order and its new ones after them
// (in first-touch order) gives the root of the plain in-order replay: a
// block mixing hundreds of inserts and updates, credits and debits.
func TestWriteOrderKeepsRoot(t *testing.T) {
	h := newHarness(t, nil)
	rep := newReplayer(t)
	rng := rand.New(rand.NewPCG(5, 5))
	owner := func(i int) common.Address { return common.BigToAddress(big.NewInt(int64(1000 + i*7919))) }
	var ops []plasma.Op
	for i := 0; i < 300; i++ {
		ops = append(ops, deposit(owner(i), plasma.ETH, 10))
	}
	h.ops(ops...)
	rep.apply(h.seal())
	for round := 0; round < 3; round++ {
		ops = ops[:0]
		for i := 0; i < 400; i++ {
			// Half of them existing owners, half new ones, shuffled.
			ops = append(ops, deposit(owner(rng.IntN(600+round*300)), plasma.ETH, 1+rng.Uint64N(9)))
		}
		h.ops(ops...)
		senders := []int{1, 2, 3}
		for _, i := range senders {
			k := testKey(i)
			h.ops(deposit(addrOf(k), plasma.ETH, 100))
		}
		rep.apply(h.seal())
		for _, i := range senders {
			k := testKey(i)
			l, _ := h.leaf(addrOf(k), plasma.ETH)
			for n := 0; n < 20; n++ {
				to := owner(rng.IntN(1200))
				if _, err := h.submit(signed(k, to, plasma.ETH, 1, 1, l.Nonce, l.Spent.Uint64(), testNow+7200)); err != nil {
					t.Fatal(err)
				}
				l.Nonce++
				l.Spent.AddUint64(&l.Spent, 2)
			}
		}
		rep.apply(h.seal())
	}
}

// Until the L1 clock is known, transfers are refused as unavailable and no
// block is sealed (its timestamp must come from L1).
func TestUnknownL1Time(t *testing.T) {
	h := newHarness(t, nil)
	alice := testKey(1)
	h.ops(deposit(addrOf(alice), plasma.ETH, 100))
	h.seal()
	h.clock.t.Store(0)
	_, err := h.submit(signed(alice, addrOf(testKey(2)), plasma.ETH, 1, 1, 0, 0, testNow+7200))
	if plasma.ErrorCode(err) != plasma.EUNAVAILABLE {
		t.Fatalf("submit without L1 time: %v", err)
	}
	if _, err := h.seq.SealNow(context.Background()); plasma.ErrorCode(err) != plasma.EUNAVAILABLE {
		t.Fatalf("seal without L1 time: %v", err)
	}
	h.clock.t.Store(testNow)
	if _, err := h.submit(signed(alice, addrOf(testKey(2)), plasma.ETH, 1, 1, 0, 0, testNow+7200)); err != nil {
		t.Fatal(err)
	}
	if blk := h.seal(); len(blk.Transfers) != 1 || blk.Timestamp != testNow {
		t.Fatalf("block %+v", blk.Header)
	}
}
