package proofs

import (
	"bytes"

	"github.com/ethereum/go-ethereum/common"

	plasma "github.com/avlplasma/avlplasma"
)

// TxLeaf is t's leaf in its block's txRoot:
// keccak256(abi.encodePacked(structHash)). Hashing the 32-byte struct hash
// once more keeps leaves (32-byte preimages) apart from inner nodes
// (64-byte preimages).
func TxLeaf(t *plasma.Transfer) common.Hash {
	sh := TransferStructHash(t)
	return keccak(sh[:])
}

// hashPair is OpenZeppelin's commutative keccak: the pair sorted, then
// hashed, so proofs need no left/right flags (MerkleProof.verify).
func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return keccak(a[:], b[:])
}

// nextLevel pairs neighbours; an odd last node is carried up unchanged.
func nextLevel(level []common.Hash) []common.Hash {
	next := make([]common.Hash, (len(level)+1)/2)
	for i := 0; i+1 < len(level); i += 2 {
		next[i/2] = hashPair(level[i], level[i+1])
	}
	if len(level)%2 == 1 {
		next[len(next)-1] = level[len(level)-1]
	}
	return next
}

// TxRoot is the Merkle root of PROTOCOL §4 over leaves in block order;
// the empty block's root is 0x0 and one leaf is its own root.
func TxRoot(leaves []common.Hash) common.Hash {
	if len(leaves) == 0 {
		return common.Hash{}
	}
	level := leaves
	for len(level) > 1 {
		level = nextLevel(level)
	}
	return level[0]
}

// TxProof returns the siblings of leaf i from the leaf up to the root,
// skipping levels where the node is carried up alone: the proof
// OpenZeppelin's MerkleProof.verify takes. It returns nil if i is out of
// range.
func TxProof(leaves []common.Hash, i int) []common.Hash {
	if i < 0 || i >= len(leaves) {
		return nil
	}
	proof := []common.Hash{}
	level := leaves
	for len(level) > 1 {
		if sib := i ^ 1; sib < len(level) {
			proof = append(proof, level[sib])
		}
		level = nextLevel(level)
		i /= 2
	}
	return proof
}

// VerifyTxProof is MerkleProof.verify: it folds proof into leaf with the
// commutative pair hash and compares with root.
func VerifyTxProof(root, leaf common.Hash, proof []common.Hash) bool {
	h := leaf
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}
