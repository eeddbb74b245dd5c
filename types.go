package plasma

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// ETH is the token address of ether in the ledger (PROTOCOL §2).
var ETH = common.Address{}

// MaxNonce bounds every leaf nonce: nonces stay below 2^63 (PROTOCOL §2, §6).
const MaxNonce = uint64(1) << 63

// Leaf is the value stored under (owner, token): PROTOCOL §2.
// A key absent from the tree is the zero Leaf.
type Leaf struct {
	Balance uint256.Int
	Nonce   uint64
	Spent   uint256.Int
}

// IsZero reports whether l is the zero leaf.
func (l *Leaf) IsZero() bool {
	return l.Balance.IsZero() && l.Nonce == 0 && l.Spent.IsZero()
}

// AccountKey names a leaf of the ledger.
type AccountKey struct {
	Owner common.Address
	Token common.Address
}

// Transfer is a signed off-chain payment (PROTOCOL §3). Signature is the
// 65-byte r ‖ s ‖ v with v normalised to 27/28.
type Transfer struct {
	From      common.Address
	To        common.Address
	Token     common.Address
	Amount    uint256.Int
	Nonce     uint64
	Fee       uint256.Int
	Spent     uint256.Int
	Deadline  uint64
	Signature []byte
}

// OpKind is the kind of an L1 operation (PROTOCOL §5).
type OpKind uint8

const (
	OpDeposit     OpKind = 1 // credit amount, creating the leaf
	OpUnlockDebit OpKind = 2 // balance = max(0, balance-amount); nonce rule; unlock
	OpLock        OpKind = 3 // lock the leaf while an exit is open
)

func (k OpKind) String() string {
	switch k {
	case OpDeposit:
		return "deposit"
	case OpUnlockDebit:
		return "unlock-debit"
	case OpLock:
		return "lock"
	}
	return "unknown"
}

// Op is one entry of the L1 operations queue. Index is its position
// (0-based); applying ops[0..n) yields opsCursor n.
type Op struct {
	Index  uint64
	Kind   OpKind
	Owner  common.Address
	Token  common.Address
	Amount uint256.Int
	Nonce  uint64
}

// Header is what the contract commits for a block (PROTOCOL §4).
type Header struct {
	Number    uint64
	StateRoot common.Hash
	TxRoot    common.Hash
	OpsCursor uint64
	OpsHash   common.Hash
	Timestamp uint64
}

// Block is a sealed block: its header and full contents. Ops are the L1
// operations [prev.OpsCursor, OpsCursor) applied first; Transfers follow, in
// order.
type Block struct {
	Header
	Ops       []Op
	Transfers []Transfer
}

// TransferStatus is the life of an accepted transfer as the API reports it.
type TransferStatus string

const (
	StatusAccepted  TransferStatus = "accepted"
	StatusSealed    TransferStatus = "sealed"
	StatusCommitted TransferStatus = "committed"
	StatusFinalized TransferStatus = "finalized"
	StatusDropped   TransferStatus = "dropped"
)
