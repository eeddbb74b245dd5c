package plasma

import (
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

func leaf(balance, nonce, spent uint64) Leaf {
	var l Leaf
	l.Balance.SetUint64(balance)
	l.Nonce = nonce
	l.Spent.SetUint64(spent)
	return l
}

func op(kind OpKind, amount, nonce uint64) *Op {
	o := &Op{Kind: kind, Nonce: nonce}
	o.Amount.SetUint64(amount)
	return o
}

func TestApplyOpDeposit(t *testing.T) {
	l := leaf(5, 3, 7)
	locks, short := ApplyOp(&l, 2, op(OpDeposit, 10, 0))
	if locks != 2 || short || l.Balance.Uint64() != 15 || l.Nonce != 3 || l.Spent.Uint64() != 7 {
		t.Fatalf("deposit: locks %d short %v leaf %+v", locks, short, l)
	}
	// A credit that would overflow saturates instead of wrapping.
	l.Balance.SetAllOne()
	ApplyOp(&l, 0, op(OpDeposit, 1, 0))
	var max uint256.Int
	max.SetAllOne()
	if !l.Balance.Eq(&max) {
		t.Fatalf("deposit overflow wrapped to %s", l.Balance.Dec())
	}
}

func TestApplyOpUnlockDebit(t *testing.T) {
	cases := []struct {
		name                  string
		balance, nonce        uint64
		amount, exitNonce     uint64
		wantBalance, wantNonc uint64
		wantShort             bool
	}{
		{"debit with nonce bump", 100, 2, 30, 4, 70, 5, false},
		{"debit keeps a higher nonce", 100, 9, 30, 4, 70, 9, false},
		{"zero debit leaves the nonce", 100, 2, 0, 4, 100, 2, false},
		{"shortfall clamps to zero", 10, 2, 30, 2, 0, 3, true},
		{"exact debit", 30, 0, 30, 0, 0, 1, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := leaf(c.balance, c.nonce, 11)
			locks, short := ApplyOp(&l, 1, op(OpUnlockDebit, c.amount, c.exitNonce))
			if locks != 0 {
				t.Errorf("locks %d, want 0", locks)
			}
			if short != c.wantShort || l.Balance.Uint64() != c.wantBalance || l.Nonce != c.wantNonc {
				t.Errorf("got balance %d nonce %d short %v", l.Balance.Uint64(), l.Nonce, short)
			}
			if l.Spent.Uint64() != 11 {
				t.Errorf("spent changed to %d", l.Spent.Uint64())
			}
		})
	}
}

// A replaced exit appends unlock (of the old) then lock (of the new): the
// leaf must stay locked throughout, and unlocked only after the last unlock.
func TestLocksCountAcrossReplacedExit(t *testing.T) {
	l := leaf(50, 0, 0)
	var locks uint32
	locks, _ = ApplyOp(&l, locks, op(OpLock, 0, 0))
	locks, _ = ApplyOp(&l, locks, op(OpUnlockDebit, 0, 0)) // replaced
	locks, _ = ApplyOp(&l, locks, op(OpLock, 0, 0))        // new exit
	if locks != 1 {
		t.Fatalf("after replacement locks = %d, want 1", locks)
	}
	tr := transfer(1, 0, 1, 0)
	if err := CheckTransfer(tr, &l, locks, 100, DefaultMaxDeadlineHorizon); ErrorRule(err) != RuleLocked {
		t.Fatalf("spend of a locked leaf: %v", err)
	}
	locks, _ = ApplyOp(&l, locks, op(OpUnlockDebit, 20, 0))
	if locks != 0 || l.Balance.Uint64() != 30 || l.Nonce != 1 {
		t.Fatalf("after final unlock: locks %d leaf %+v", locks, l)
	}
	// An unmatched unlock never goes below zero.
	if locks, _ = ApplyOp(&l, locks, op(OpUnlockDebit, 0, 0)); locks != 0 {
		t.Fatalf("locks underflow: %d", locks)
	}
}

func transfer(amount, nonce, spent, fee uint64) *Transfer {
	tr := &Transfer{
		From:     common.HexToAddress("0x1"),
		To:       common.HexToAddress("0x2"),
		Nonce:    nonce,
		Deadline: 200,
	}
	tr.Amount.SetUint64(amount)
	tr.Fee.SetUint64(fee)
	tr.Spent.SetUint64(spent)
	return tr
}

func TestCheckTransferRules(t *testing.T) {
	from := leaf(100, 3, 40)
	ok := func() *Transfer { return transfer(10, 3, 52, 2) }
	if err := CheckTransfer(ok(), &from, 0, 150, 100); err != nil {
		t.Fatalf("valid transfer refused: %v", err)
	}
	cases := []struct {
		rule   string
		mutate func(*Transfer)
		locks  uint32
	}{
		{RuleAmount, func(t *Transfer) { t.Amount.Clear(); t.Spent.SetUint64(42) }, 0},
		{RuleTo, func(t *Transfer) { t.To = common.Address{} }, 0},
		{RuleTo, func(t *Transfer) { t.To = t.From }, 0},
		{RuleDeadline, func(t *Transfer) { t.Deadline = 149 }, 0},
		{RuleDeadline, func(t *Transfer) { t.Deadline = 251 }, 0},
		{RuleLocked, func(t *Transfer) {}, 1},
		{RuleNonce, func(t *Transfer) { t.Nonce = 4 }, 0},
		{RuleSpent, func(t *Transfer) { t.Spent.SetUint64(51) }, 0},
		{RuleBalance, func(t *Transfer) { t.Amount.SetUint64(99); t.Spent.SetUint64(141) }, 0},
		{RuleAmount, func(t *Transfer) { t.Amount.SetAllOne() }, 0},
	}
	for i, c := range cases {
		t.Run(fmt.Sprintf("%d_%s", i, c.rule), func(t *testing.T) {
			tr := ok()
			c.mutate(tr)
			before := from
			err := CheckTransfer(tr, &from, c.locks, 150, 100)
			if ErrorRule(err) != c.rule {
				t.Fatalf("rule %q, want %q (err %v)", ErrorRule(err), c.rule, err)
			}
			if from != before {
				t.Fatal("a refused check changed the leaf")
			}
		})
	}
}

func TestApplyTransferToOperator(t *testing.T) {
	from, opLeaf := leaf(100, 3, 40), leaf(1, 0, 0)
	tr := transfer(10, 3, 52, 2)
	// The recipient is the operator itself: both credits land on one leaf.
	ApplyTransfer(tr, &from, &opLeaf, &opLeaf)
	if from.Balance.Uint64() != 88 || from.Nonce != 4 || from.Spent.Uint64() != 52 {
		t.Fatalf("sender %+v", from)
	}
	if opLeaf.Balance.Uint64() != 13 {
		t.Fatalf("operator balance %d, want 13", opLeaf.Balance.Uint64())
	}
}

func TestErrorHelpers(t *testing.T) {
	err := fmt.Errorf("wrapped: %w", RuleError(ECONFLICT, RuleNonce, "nonce %d", 3))
	if ErrorCode(err) != ECONFLICT || ErrorRule(err) != RuleNonce || ErrorMessage(err) != "nonce 3" {
		t.Fatalf("code %q rule %q message %q", ErrorCode(err), ErrorRule(err), ErrorMessage(err))
	}
	plain := errors.New("disk on fire")
	if ErrorCode(plain) != EINTERNAL || ErrorMessage(plain) != "internal error" {
		t.Fatal("internal detail leaked or code wrong")
	}
	if ErrorCode(nil) != "" {
		t.Fatal("nil error has a code")
	}
}
