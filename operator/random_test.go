package operator

import (
	"crypto/ecdsa"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	plasma "github.com/avlplasma/avlplasma"
)

// mleaf is the model's leaf: plain integers.
type mleaf struct {
	bal, nonce, spent uint64
	exists            bool
}

// model is the sequencer as a plain map: the state after the newest sealed
// block, and the work queued since (operations and accepted transfers, in
// arrival order), applied eagerly to a working copy as the sequencer does.
type model struct {
	sealed, working           map[plasma.AccountKey]mleaf
	sealedLocks, workingLocks map[plasma.AccountKey]int
	ops                       []plasma.Op
	accepted                  []*plasma.Transfer
	status                    map[common.Hash]plasma.TransferStatus
	lastTs                    uint64
	nextOp                    uint64
}

func newModel() *model {
	return &model{
		sealed: map[plasma.AccountKey]mleaf{}, working: map[plasma.AccountKey]mleaf{},
		sealedLocks: map[plasma.AccountKey]int{}, workingLocks: map[plasma.AccountKey]int{},
		status: map[common.Hash]plasma.TransferStatus{},
	}
}

func mopApply(st map[plasma.AccountKey]mleaf, locks map[plasma.AccountKey]int, op *plasma.Op) {
	k := plasma.AccountKey{Owner: op.Owner, Token: op.Token}
	l := st[k]
	l.exists = true
	amt := op.Amount.Uint64()
	switch op.Kind {
	case plasma.OpDeposit:
		l.bal += amt
	case plasma.OpLock:
		locks[k]++
	case plasma.OpUnlockDebit:
		if amt > l.bal {
			l.bal = 0
		} else {
			l.bal -= amt
		}
		if amt > 0 && op.Nonce+1 > l.nonce {
			l.nonce = op.Nonce + 1
		}
		if locks[k] > 0 {
			locks[k]--
		}
	}
	st[k] = l
}

// mcheck is the model's validity check (without the signature); ok or the rule.
func mcheck(st map[plasma.AccountKey]mleaf, locks map[plasma.AccountKey]int, t *plasma.Transfer, ts uint64) string {
	from := st[plasma.AccountKey{Owner: t.From, Token: t.Token}]
	amt, fee := t.Amount.Uint64(), t.Fee.Uint64()
	switch {
	case amt == 0:
		return plasma.RuleAmount
	case t.To == t.From || t.To == (common.Address{}):
		return plasma.RuleTo
	case t.Deadline < ts || t.Deadline-ts > plasma.DefaultMaxDeadlineHorizon:
		return plasma.RuleDeadline
	case locks[plasma.AccountKey{Owner: t.From, Token: t.Token}] > 0:
		return plasma.RuleLocked
	case t.Nonce != from.nonce:
		return plasma.RuleNonce
	case t.Spent.Uint64() != from.spent+amt+fee:
		return plasma.RuleSpent
	case amt+fee > from.bal:
		return plasma.RuleBalance
	}
	return ""
}

func mapply(st map[plasma.AccountKey]mleaf, t *plasma.Transfer) {
	fk := plasma.AccountKey{Owner: t.From, Token: t.Token}
	tk := plasma.AccountKey{Owner: t.To, Token: t.Token}
	ok := plasma.AccountKey{Owner: testOperator, Token: t.Token}
	amt, fee := t.Amount.Uint64(), t.Fee.Uint64()
	f := st[fk]
	f.bal -= amt + fee
	f.nonce++
	f.spent += amt + fee
	st[fk] = f
	to := st[tk]
	to.bal += amt
	to.exists = true
	st[tk] = to
	o := st[ok]
	o.bal += fee
	o.exists = true
	st[ok] = o
}

func copyState(m map[plasma.AccountKey]mleaf) map[plasma.AccountKey]mleaf {
	out := make(map[plasma.AccountKey]mleaf, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func copyCounts(m map[plasma.AccountKey]int) map[plasma.AccountKey]int {
	out := make(map[plasma.AccountKey]int, len(m))
	for k, v := range m {
		if v > 0 {
			out[k] = v
		}
	}
	return out
}

// seal computes the model's next block: operations, then the accepted
// transfers re-checked at ts. It returns the sealed and dropped transfers.
func (m *model) seal(ts uint64) (kept, dropped []*plasma.Transfer) {
	ts = max(ts, m.lastTs)
	m.lastTs = ts
	st, locks := copyState(m.sealed), copyCounts(m.sealedLocks)
	for i := range m.ops {
		mopApply(st, locks, &m.ops[i])
	}
	for _, t := range m.accepted {
		if mcheck(st, locks, t, ts) == "" {
			mapply(st, t)
			kept = append(kept, t)
			m.status[testDomain.TransferDigest(t)] = plasma.StatusSealed
		} else {
			dropped = append(dropped, t)
			m.status[testDomain.TransferDigest(t)] = plasma.StatusDropped
		}
	}
	m.sealed, m.sealedLocks = st, locks
	m.working, m.workingLocks = copyState(st), copyCounts(locks)
	m.ops, m.accepted = nil, nil
	return kept, dropped
}

// Seeded random operations — transfers valid and not, deposits, locks,
// debits, seals, L1 time moving, resubmissions, restarts — against the plain
// model: acceptance, sealed contents, every leaf and every root agree.
func TestRandomAgainstModel(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) { randomRun(t, seed, 350, 0) })
	}
	// The leaf cache bounded to a few leaves (full most of the time) and
	// switched off: the same answers and roots.
	t.Run("leafcache3", func(t *testing.T) { randomRun(t, 4, 350, 3) })
	t.Run("noleafcache", func(t *testing.T) { randomRun(t, 5, 350, -1) })
}

func randomRun(t *testing.T, seed uint64, steps, leafCache int) {
	rng := rand.New(rand.NewPCG(seed, 99))
	h := newHarness(t, func(c *SequencerConfig) { c.LeafCacheSize = leafCache })
	rep := newReplayer(t)
	m := newModel()
	const nkeys = 8
	keys := make([]*ecdsa.PrivateKey, nkeys)
	owners := []common.Address{testOperator, common.HexToAddress("0x00000000000000000000000000000000000000aa")}
	for i := range keys {
		keys[i] = testKey(100 + i)
		owners = append(owners, addrOf(keys[i]))
	}
	tokens := []common.Address{plasma.ETH, testToken}
	var submitted []*plasma.Transfer
	var nRefused, nDropped, nRestarts, nSealed int

	queueOp := func(op plasma.Op) {
		op.Index = m.nextOp
		m.nextOp++
		if err := h.seq.ApplyOps([]plasma.Op{op}); err != nil {
			t.Fatalf("ApplyOps %+v: %v", op, err)
		}
		m.ops = append(m.ops, op)
		mopApply(m.working, m.workingLocks, &op)
	}
	submit := func(tx *plasma.Transfer, wantRule string) {
		t.Helper()
		_, err := h.submit(tx)
		if got := plasma.ErrorRule(err); got != wantRule || (err == nil) != (wantRule == "") {
			t.Fatalf("submit %+v: error %v, model wants rule %q", tx, err, wantRule)
		}
		if err != nil {
			nRefused++
		}
		if err == nil {
			m.accepted = append(m.accepted, tx)
			mapply(m.working, tx)
			m.status[testDomain.TransferDigest(tx)] = plasma.StatusAccepted
			submitted = append(submitted, tx)
		}
	}
	check := func() {
		t.Helper()
		rep.catchUp(h.seq)
		for _, o := range owners {
			for _, tok := range tokens {
				k := plasma.AccountKey{Owner: o, Token: tok}
				want := m.sealed[k]
				got, exists := h.leaf(o, tok)
				if exists != want.exists || got.Balance.Uint64() != want.bal || got.Nonce != want.nonce || got.Spent.Uint64() != want.spent {
					t.Fatalf("leaf %s/%s: %+v exists %v, model %+v", o.Hex()[:8], tok.Hex()[:8], got, exists, want)
				}
			}
		}
	}

	for step := 0; step < steps; step++ {
		now := h.clock.L1Time()
		switch r := rng.IntN(100); {
		case r < 40: // a transfer, usually valid
			var key *ecdsa.PrivateKey
			var tok common.Address
			var from mleaf
			for try := 0; try < 6; try++ { // prefer a funded sender
				key, tok = keys[rng.IntN(nkeys)], tokens[rng.IntN(2)]
				if from = m.working[plasma.AccountKey{Owner: addrOf(key), Token: tok}]; from.bal >= 2 {
					break
				}
			}
			to := owners[rng.IntN(len(owners))]
			if to == addrOf(key) {
				to = owners[1]
			}
			amount := uint64(1)
			if from.bal > 2 {
				amount = 1 + rng.Uint64N(from.bal/2)
			}
			nonce, spent := from.nonce, from.spent
			deadline := now + 3600 + rng.Uint64N(400)
			switch rng.IntN(10) {
			case 0:
				nonce++
			case 1:
				amount = from.bal + 1
			case 2:
				spent++
			}
			tx := signed(key, to, tok, amount, 1, nonce, spent, deadline)
			submit(tx, mcheck(m.working, m.workingLocks, tx, now))
		case r < 55:
			queueOp(deposit(owners[rng.IntN(len(owners))], tokens[rng.IntN(2)], 1+rng.Uint64N(1000)))
		case r < 61: // an exit starts, often of a leaf with a transfer waiting
			op := plasma.Op{Kind: plasma.OpLock, Owner: owners[2+rng.IntN(nkeys)], Token: tokens[rng.IntN(2)], Nonce: rng.Uint64N(5)}
			if len(m.accepted) > 0 && rng.IntN(2) == 0 {
				p := m.accepted[rng.IntN(len(m.accepted))]
				op.Owner, op.Token = p.From, p.Token
			}
			queueOp(op)
		case r < 67: // end an exit of a locked leaf
			for k, n := range m.workingLocks {
				if n > 0 {
					l := m.working[k]
					queueOp(plasma.Op{Kind: plasma.OpUnlockDebit, Owner: k.Owner, Token: k.Token, Amount: u(rng.Uint64N(l.bal + 5)), Nonce: rng.Uint64N(l.nonce + 3)})
					break
				}
			}
		case r < 80:
			kept, dropped := m.seal(now)
			nSealed += len(kept)
			nDropped += len(dropped)
			blk := h.seal()
			if len(blk.Transfers) != len(kept) {
				t.Fatalf("step %d: block %d sealed %d transfers, model %d", step, blk.Number, len(blk.Transfers), len(kept))
			}
			for i := range kept {
				if testDomain.TransferDigest(&blk.Transfers[i]) != testDomain.TransferDigest(kept[i]) {
					t.Fatalf("step %d: transfer %d differs from the model", step, i)
				}
			}
			for _, d := range dropped {
				if st, _, err := h.seq.TransferStatus(testDomain.TransferDigest(d)); err != nil || st != plasma.StatusDropped {
					t.Fatalf("step %d: model dropped a transfer the sequencer has as %s %v", step, st, err)
				}
			}
			if blk.OpsCursor != m.nextOp {
				t.Fatalf("opsCursor %d, model %d", blk.OpsCursor, m.nextOp)
			}
			check()
		case r < 87:
			h.clock.t.Add(rng.Uint64N(300))
		case r < 96: // resubmit something
			if len(submitted) > 0 {
				tx := submitted[rng.IntN(len(submitted))]
				_, err := h.submit(tx)
				switch m.status[testDomain.TransferDigest(tx)] {
				case plasma.StatusDropped:
					if plasma.ErrorCode(err) != plasma.ECONFLICT {
						t.Fatalf("resubmitted dropped transfer: %v", err)
					}
				default:
					if err != nil {
						t.Fatalf("resubmitted accepted/sealed transfer: %v", err)
					}
				}
			}
		default:
			nRestarts++
			h.restart()
			if h.seq.NextOpIndex() != m.nextOp {
				t.Fatalf("after restart next op %d, model %d", h.seq.NextOpIndex(), m.nextOp)
			}
			if h.seq.PendingCount() != len(m.accepted) {
				t.Fatalf("after restart %d pending, model %d", h.seq.PendingCount(), len(m.accepted))
			}
		}
	}
	m.seal(h.clock.L1Time())
	h.seal()
	check()
	t.Logf("sealed %d, refused %d, dropped at sealing %d, restarts %d", nSealed, nRefused, nDropped, nRestarts)
	if nSealed == 0 || nRefused == 0 || nDropped == 0 || nRestarts == 0 {
		t.Fatal("the run did not exercise sealing, refusals, drops and restarts")
	}
}
