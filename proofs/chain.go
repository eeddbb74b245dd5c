package proofs

import (
	"crypto/sha256"

	"github.com/ethereum/go-ethereum/common"

	plasma "github.com/avlplasma/avlplasma"
)

// emptyRoot is sha256(""), IAVL's hash of an empty tree: the stateRoot of
// block 0 (PROTOCOL §4).
var emptyRoot = common.Hash(sha256.Sum256(nil))

// EmptyRoot returns sha256(""), the root of the empty ledger.
func EmptyRoot() common.Hash { return emptyRoot }

// NextOpsHash extends the L1 operations hash chain of PROTOCOL §5:
// keccak256(abi.encode(prev, uint8 kind, owner, token, uint256 amount, uint64 nonce)).
func NextOpsHash(prev common.Hash, op *plasma.Op) common.Hash {
	var buf [6 * 32]byte
	copy(buf[0:], prev[:])
	buf[63] = byte(op.Kind)
	putAddress(buf[64:], op.Owner)
	putAddress(buf[96:], op.Token)
	op.Amount.PutUint256(buf[128:])
	putUint64(buf[160:], op.Nonce)
	return keccak(buf[:])
}

// HeaderHash is what the contract stores per block:
// keccak256(abi.encode(number, stateRoot, txRoot, opsCursor, opsHash,
// timestamp, committedAt)), equal to keccak256(abi.encode(Header, uint64))
// since Header is a static struct.
func HeaderHash(h *plasma.Header, committedAt uint64) common.Hash {
	var buf [7 * 32]byte
	putUint64(buf[0:], h.Number)
	copy(buf[32:], h.StateRoot[:])
	copy(buf[64:], h.TxRoot[:])
	putUint64(buf[96:], h.OpsCursor)
	copy(buf[128:], h.OpsHash[:])
	putUint64(buf[160:], h.Timestamp)
	putUint64(buf[192:], committedAt)
	return keccak(buf[:])
}
