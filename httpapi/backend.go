package httpapi

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	plasma "github.com/avlplasma/avlplasma"
)

// Backend is everything the REST API asks of the operator. Implementations
// return *plasma.Error values (or errors wrapping them) so the API can map
// the code to a status: ENOTFOUND for an unknown transfer, block, index or
// exit, EINVALID / ECONFLICT for a refused transfer (Rule naming the broken
// rule), EUNAVAILABLE while not ready. Any other error is reported as a
// generic 500 and only logged.
//
// Every method honours ctx: the API gives each request a deadline.
type Backend interface {
	// Info describes the chain and how far it got.
	Info(ctx context.Context) (Info, error)
	// Ready returns nil when the operator serves current data (synced with
	// L1, not frozen, accepting transfers), else an error saying why.
	Ready(ctx context.Context) error
	// SubmitTransfer validates t (signature included: the API only checks
	// the encoding) and accepts it durably. hash is the EIP-712 digest.
	SubmitTransfer(ctx context.Context, t *plasma.Transfer) (hash common.Hash, status plasma.TransferStatus, err error)
	// Transfer reports an accepted transfer by its EIP-712 digest.
	Transfer(ctx context.Context, hash common.Hash) (TransferInfo, error)
	// Account lists the owner's leaves at the latest sealed block; an owner
	// without leaves has an empty Balances list, not ENOTFOUND.
	Account(ctx context.Context, owner common.Address) (Account, error)
	// Proof proves the (owner, token) leaf at block *block, or at the newest
	// committed block when block is nil. A block that is not committed or
	// whose version was pruned is ENOTFOUND.
	Proof(ctx context.Context, owner, token common.Address, block *uint64) (ProofInfo, error)
	// Blocks returns up to limit sealed blocks with numbers ≥ from, in
	// ascending order without gaps; fewer (or none) past the latest block.
	Blocks(ctx context.Context, from uint64, limit int) ([]BlockInfo, error)
	// Block returns sealed block n.
	Block(ctx context.Context, n uint64) (BlockInfo, error)
	// TransferProof proves transfer index of block n against its txRoot.
	TransferProof(ctx context.Context, n uint64, index uint64) (TxProofInfo, error)
	// Exits returns up to f.Limit exits matching f with ID ≥ f.From, by
	// ascending ID.
	Exits(ctx context.Context, f ExitFilter) ([]ExitInfo, error)
	// Deposits returns up to f.Limit deposits matching f with Index ≥
	// f.From, by ascending Index.
	Deposits(ctx context.Context, f DepositFilter) ([]DepositInfo, error)
}

// Info is GET /v1/info. The EIP-712 domain the API shows is built from
// ChainID and Contract with the name and version of PROTOCOL §3.
type Info struct {
	ChainID            *big.Int       // L1 chain id
	Contract           common.Address // PlasmaChain
	Operator           common.Address // operator(): receives fees, commits blocks
	LatestBlock        uint64         // newest sealed block
	CommittedBlock     uint64         // newest block committed on L1
	FinalizedBlock     uint64         // newest committed block `confirmations` deep
	Frozen             bool
	MinFee             uint256.Int
	MinDeadlineMargin  uint64 // seconds
	MaxDeadlineHorizon uint64 // seconds
}

// TransferInfo is GET /v1/transfers/{hash}.
type TransferInfo struct {
	Hash   common.Hash
	Status plasma.TransferStatus
	Block  *uint64 // block holding it; nil while accepted and once dropped
	Index  *uint64 // its position among that block's transfers
}

// Account is GET /v1/accounts/{owner}: the owner's leaves at Block.
type Account struct {
	Owner    common.Address
	Block    uint64
	Balances []Balance
}

// Balance is one leaf of an account.
type Balance struct {
	Token common.Address
	Leaf  plasma.Leaf
}

// ProofInfo is GET /v1/proofs/{owner}/{token}: the leaf at a committed
// block with everything startExit needs.
type ProofInfo struct {
	Owner       common.Address
	Token       common.Address
	Header      plasma.Header
	CommittedAt uint64      // L1 timestamp of the block's commit
	Key         []byte      // 41-byte ledger key
	Exists      bool        // membership (true) or non-membership proof
	Value       []byte      // the stored 72-byte leaf; empty when !Exists
	Leaf        plasma.Leaf // zero when !Exists
	Proof       []byte      // packed proof (§7); abi.encode(bytes left, bytes right) when !Exists
	ICS23       []byte      // protobuf CommitmentProof
	// StartExitCalldata is the ABI-encoded call startExit(header,
	// committedAt, token, leaf, proof), ready to send from Owner.
	StartExitCalldata []byte
}

// BlockStatus is how far a sealed block got.
type BlockStatus string

const (
	BlockSealed    BlockStatus = "sealed"    // sealed by the operator, not yet on L1
	BlockCommitted BlockStatus = "committed" // committed on L1
	BlockFinalized BlockStatus = "finalized" // commit `confirmations` deep
)

// BlockInfo is a sealed block with its full contents and L1 commit.
type BlockInfo struct {
	Block plasma.Block
	// Hashes holds the EIP-712 digest of each of Block.Transfers, in the
	// same order; it must have the same length.
	Hashes        []common.Hash
	Status        BlockStatus
	CommittedAt   *uint64      // L1 block timestamp of the commit; nil until committed
	CommitTx      *common.Hash // L1 transaction that committed it, when known
	CommitL1Block *uint64      // L1 block number of that transaction, when known
}

// TxProofInfo is GET /v1/blocks/{n}/transfers/{i}/proof: what
// challengeExit needs about one transfer.
type TxProofInfo struct {
	Header      plasma.Header
	CommittedAt *uint64 // nil until the block is committed
	Index       uint64
	Transfer    plasma.Transfer
	Hash        common.Hash   // EIP-712 digest
	Leaf        common.Hash   // txRoot leaf: keccak256(abi.encodePacked(structHash))
	Proof       []common.Hash // siblings from leaf to root (OpenZeppelin MerkleProof)
}

// ExitStatus is the state of an exit in the exit game.
type ExitStatus string

const (
	ExitOpen      ExitStatus = "open"      // in its token's queue, challengeable until exitableAt
	ExitFinalized ExitStatus = "finalized" // paid (possibly 0) and unlocked
	ExitReplaced  ExitStatus = "replaced"  // replaced by the owner's newer exit (a tombstone)
)

// ExitInfo is one exit.
type ExitInfo struct {
	ID         uint64
	Owner      common.Address
	Token      common.Address
	Amount     uint256.Int // current amount while open; paid amount once finalized
	Nonce      uint64
	Block      uint64  // block the exit proves
	ExitableAt uint64  // unix seconds
	Position   *uint64 // place in its token's queue, 0 = next to finalize; nil unless open
	Status     ExitStatus
}

// ExitFilter selects exits. Nil or empty fields match everything.
type ExitFilter struct {
	Token  *common.Address
	Owner  *common.Address
	Status ExitStatus
	From   uint64 // smallest exit ID
	Limit  int
}

// DepositStatus says whether a deposit reached the ledger.
type DepositStatus string

const (
	DepositPending  DepositStatus = "pending"  // seen on L1, not yet applied by a block
	DepositCredited DepositStatus = "credited" // applied by Block
)

// DepositInfo is one deposit operation of the L1 queue.
type DepositInfo struct {
	Index   uint64 // position in the L1 operations queue
	Owner   common.Address
	Token   common.Address
	Amount  uint256.Int
	Status  DepositStatus
	Block   *uint64      // block that credited it; nil while pending
	L1Tx    *common.Hash // L1 transaction of the deposit, when known
	L1Block *uint64      // its L1 block number, when known
}

// DepositFilter selects deposits. Nil fields match everything.
type DepositFilter struct {
	Owner *common.Address
	Token *common.Address
	From  uint64 // smallest operation index
	Limit int
}
