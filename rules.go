package plasma

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// This file holds the validity rules of PROTOCOL §3 and §5 as pure
// functions over leaves: what a block may contain and what applying it does.
// The sequencer and the watcher's replay both call these, so a block the
// operator seals is judged by the very code that made it. Signature checks
// need cryptography and live in package proofs; the sequencer's policy
// (minFee, deadline margin) lives in package operator.

// DefaultMaxDeadlineHorizon is the default maxDeadlineHorizon: 30 days.
const DefaultMaxDeadlineHorizon = 30 * 24 * 3600

// Rule names, carried in Error.Rule so callers and tests can tell which
// check refused a transfer.
const (
	RuleSignature = "signature"
	RuleNonce     = "nonce"
	RuleSpent     = "spent"
	RuleAmount    = "amount"
	RuleBalance   = "balance"
	RuleTo        = "to"
	RuleLocked    = "locked"
	RuleDeadline  = "deadline"
	RuleFee       = "fee"             // policy: fee ≥ minFee
	RuleMargin    = "deadline_margin" // policy: deadline ≥ now + minDeadlineMargin
	RuleToken     = "token"
)

// CheckTransfer applies the validity rules of PROTOCOL §3 that depend on
// state, except the signature: from is the sender's current leaf, locks its
// lock count, blockTime the timestamp of the block that would include t.
// The error names the rule.
func CheckTransfer(t *Transfer, from *Leaf, locks uint32, blockTime, maxHorizon uint64) error {
	if t.Amount.IsZero() {
		return RuleError(EINVALID, RuleAmount, "amount must be greater than 0")
	}
	if t.To == (common.Address{}) {
		return RuleError(EINVALID, RuleTo, "recipient is the zero address")
	}
	if t.To == t.From {
		return RuleError(EINVALID, RuleTo, "recipient equals sender")
	}
	if t.Deadline < blockTime {
		return RuleError(EINVALID, RuleDeadline, "deadline %d is before block time %d", t.Deadline, blockTime)
	}
	if t.Deadline-blockTime > maxHorizon {
		return RuleError(EINVALID, RuleDeadline, "deadline %d is more than %d s after block time %d", t.Deadline, maxHorizon, blockTime)
	}
	if locks > 0 {
		return RuleError(ECONFLICT, RuleLocked, "the sender's leaf is locked by an open exit")
	}
	if t.Nonce != from.Nonce {
		return RuleError(ECONFLICT, RuleNonce, "nonce %d, want %d", t.Nonce, from.Nonce)
	}
	var cost uint256.Int
	if _, overflow := cost.AddOverflow(&t.Amount, &t.Fee); overflow {
		return RuleError(EINVALID, RuleAmount, "amount + fee overflows uint256")
	}
	var spent uint256.Int
	if _, overflow := spent.AddOverflow(&from.Spent, &cost); overflow || !spent.Eq(&t.Spent) {
		return RuleError(EINVALID, RuleSpent, "spent %s, want %s (leaf spent + amount + fee)", t.Spent.Dec(), spent.Dec())
	}
	if cost.Gt(&from.Balance) {
		return RuleError(ECONFLICT, RuleBalance, "amount + fee %s exceeds balance %s", cost.Dec(), from.Balance.Dec())
	}
	return nil
}

// ApplyTransfer applies a transfer that passed CheckTransfer: from pays
// amount + fee, its nonce and spent advance; to receives amount; op (the
// operator's fee leaf) receives fee. The three pointers may alias only where
// the protocol allows it (from or to may be the operator's leaf).
func ApplyTransfer(t *Transfer, from, to, op *Leaf) {
	var cost uint256.Int
	cost.Add(&t.Amount, &t.Fee)
	from.Balance.Sub(&from.Balance, &cost)
	from.Nonce++
	from.Spent = t.Spent
	to.Balance.Add(&to.Balance, &t.Amount)
	op.Balance.Add(&op.Balance, &t.Fee)
}

// ApplyOp applies one L1 operation (PROTOCOL §5) to its leaf and returns the
// leaf's new lock count and, for an unlock-and-debit, whether the balance fell
// short of the amount (an alarm: the operator let more out than it held).
// Locks count rather than flag, so a replaced exit (unlock, then a new lock)
// and any interleaving of exits of one leaf stay exact.
func ApplyOp(leaf *Leaf, locks uint32, op *Op) (newLocks uint32, shortfall bool) {
	switch op.Kind {
	case OpDeposit:
		// Saturating: the contract's checked liabilities keep the sum of
		// all deposits of a token below 2^256, so this never binds.
		if _, overflow := leaf.Balance.AddOverflow(&leaf.Balance, &op.Amount); overflow {
			leaf.Balance.SetAllOne()
		}
		return locks, false
	case OpUnlockDebit:
		if op.Amount.Gt(&leaf.Balance) {
			shortfall = true
			leaf.Balance.Clear()
		} else {
			leaf.Balance.Sub(&leaf.Balance, &op.Amount)
		}
		if !op.Amount.IsZero() && op.Nonce+1 > leaf.Nonce {
			leaf.Nonce = op.Nonce + 1
		}
		if locks > 0 {
			locks--
		}
		return locks, shortfall
	case OpLock:
		return locks + 1, false
	}
	return locks, false
}

// Writing a block to the tree. A state root depends on more than the final
// leaf values: IAVL re-versions the path of every key written, even when the
// value is unchanged, and the tree's shape depends on the order in which new
// keys are inserted. So every implementation that builds or replays a block
// (sequencer, watcher) writes exactly the leaves its content touches, in the
// order of first touch: first each operation's (owner, token) leaf, in queue
// order (a lock creates a zero leaf, PROTOCOL §5), then for each transfer, in
// block order, the leaves TransferTouches lists. Writing a leaf at every step
// in that order, or once per block with its final value at its first-touch
// position, gives the same tree.

// TransferTouches lists the leaves a valid transfer writes, in write order:
// the sender's, the recipient's, and the fee leaf of operator for the token
// (written even when the fee is 0, and possibly equal to one of the first
// two).
func TransferTouches(t *Transfer, operator common.Address) [3]AccountKey {
	return [3]AccountKey{
		{Owner: t.From, Token: t.Token},
		{Owner: t.To, Token: t.Token},
		{Owner: operator, Token: t.Token},
	}
}
