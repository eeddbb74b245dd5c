package proofs

import (
	"bytes"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// refRoot builds the tree recursively over a power-of-two split, an
// independent shape of the same definition: the left part takes the
// largest power of two below n, which is exactly how level-by-level pairing
// with carried-up odd nodes groups leaves.
func refRoot(leaves []common.Hash) common.Hash {
	switch len(leaves) {
	case 0:
		return common.Hash{}
	case 1:
		return leaves[0]
	}
	k := 1
	for k*2 < len(leaves) {
		k *= 2
	}
	a, b := refRoot(leaves[:k]), refRoot(leaves[k:])
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

func randLeaves(r *rand.Rand, n int) []common.Hash {
	l := make([]common.Hash, n)
	for i := range l {
		r.Read(l[i][:])
	}
	return l
}

func TestTxLeaf(t *testing.T) {
	tr, _ := signedTransfer(t)
	sh := TransferStructHash(tr)
	if TxLeaf(tr) != crypto.Keccak256Hash(sh[:]) {
		t.Fatal("TxLeaf is not keccak256(abi.encodePacked(structHash))")
	}
	// The signature is not part of the leaf.
	c := *tr
	c.Signature = nil
	if TxLeaf(&c) != TxLeaf(tr) {
		t.Fatal("signature changes the leaf")
	}
}

func TestTxRootEdges(t *testing.T) {
	if TxRoot(nil) != (common.Hash{}) {
		t.Fatal("empty root is not 0x0")
	}
	l := randLeaves(rand.New(rand.NewSource(6)), 3)
	if TxRoot(l[:1]) != l[0] || len(TxProof(l[:1], 0)) != 0 {
		t.Fatal("one leaf is not its own root with an empty proof")
	}
	if TxProof(l, -1) != nil || TxProof(l, 3) != nil {
		t.Fatal("out-of-range index gave a proof")
	}
	// Three leaves: the third is carried up and pairs at the top.
	want := hashPair(hashPair(l[0], l[1]), l[2])
	if TxRoot(l) != want {
		t.Fatal("odd node not carried up")
	}
}

func TestTxProofAllSizes(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for n := 1; n <= 33; n++ {
		leaves := randLeaves(r, n)
		root := TxRoot(leaves)
		if root != refRoot(leaves) {
			t.Fatalf("n=%d: root differs from the reference", n)
		}
		for i := 0; i < n; i++ {
			proof := TxProof(leaves, i)
			if !VerifyTxProof(root, leaves[i], proof) {
				t.Fatalf("n=%d i=%d: proof rejected", n, i)
			}
			// Tampering: another leaf, a flipped bit in any element, a
			// dropped or an added element, another root.
			if other := leaves[(i+1)%n]; n > 1 && VerifyTxProof(root, other, proof) {
				t.Fatalf("n=%d i=%d: proof verifies another leaf", n, i)
			}
			for j := range proof {
				bad := append([]common.Hash(nil), proof...)
				bad[j][r.Intn(32)] ^= 1 << r.Intn(8)
				if VerifyTxProof(root, leaves[i], bad) {
					t.Fatalf("n=%d i=%d: tampered element %d verifies", n, i, j)
				}
			}
			if len(proof) > 0 && VerifyTxProof(root, leaves[i], proof[:len(proof)-1]) {
				t.Fatalf("n=%d i=%d: shortened proof verifies", n, i)
			}
			var extra common.Hash
			r.Read(extra[:])
			if VerifyTxProof(root, leaves[i], append(append([]common.Hash(nil), proof...), extra)) {
				t.Fatalf("n=%d i=%d: lengthened proof verifies", n, i)
			}
			bad := leaves[i]
			bad[0] ^= 1
			if VerifyTxProof(root, bad, proof) {
				t.Fatalf("n=%d i=%d: altered leaf verifies", n, i)
			}
		}
	}
}
