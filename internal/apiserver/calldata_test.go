package apiserver

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/contracts/bindings"
)

// The hand-written startExit encoding equals the ABI library's for random
// arguments and proofs of every length around the word size.
func TestStartExitCalldataMatchesABI(t *testing.T) {
	b := &Backend{abi: bindings.NewPlasmaChain()}
	copy(b.startExitID[:], b.abi.GetABI().Methods["startExit"].ID)
	rng := rand.New(rand.NewPCG(1, 2))
	fill := func(p []byte) {
		for i := range p {
			p[i] = byte(rng.Uint32())
		}
	}
	for _, n := range []int{0, 1, 31, 32, 33, 63, 64, 65, 700, 1023} {
		var h plasma.Header
		h.Number, h.OpsCursor, h.Timestamp = rng.Uint64(), rng.Uint64(), rng.Uint64()
		fill(h.StateRoot[:])
		fill(h.TxRoot[:])
		fill(h.OpsHash[:])
		var token common.Address
		fill(token[:])
		var l plasma.Leaf
		l.Balance = uint256.Int{rng.Uint64(), rng.Uint64(), rng.Uint64(), rng.Uint64()}
		l.Spent = uint256.Int{rng.Uint64(), 0, 0, rng.Uint64()}
		l.Nonce = rng.Uint64()
		proof := make([]byte, n)
		fill(proof)
		at := rng.Uint64()
		want, err := b.abi.TryPackStartExit(bindHeader(&h), at, token, bindLeaf(&l), proof)
		if err != nil {
			t.Fatal(err)
		}
		if got := b.startExitCalldata(&h, at, token, &l, proof); !bytes.Equal(got, want) {
			t.Fatalf("proof of %d bytes:\n got %x\nwant %x", n, got, want)
		}
	}
}

// bindHeader and bindLeaf give the ABI library's structs, the reference the
// hand-written encoding is checked against.
func bindHeader(h *plasma.Header) bindings.PlasmaChainHeader {
	return bindings.PlasmaChainHeader{
		Number: h.Number, StateRoot: h.StateRoot, TxRoot: h.TxRoot,
		OpsCursor: h.OpsCursor, OpsHash: h.OpsHash, Timestamp: h.Timestamp,
	}
}

func bindLeaf(l *plasma.Leaf) bindings.PlasmaChainLeaf {
	return bindings.PlasmaChainLeaf{Balance: l.Balance.ToBig(), Nonce: l.Nonce, Spent: l.Spent.ToBig()}
}
