package proofs

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Digests sit on the sequencer's hot path (one per submitted transfer and
// per replayed one), so hashing reuses Keccak states instead of allocating
// one per call as crypto.Keccak256 does.
var keccakPool = sync.Pool{New: func() any { return crypto.NewKeccakState() }}

func keccak(data ...[]byte) (h common.Hash) {
	k := keccakPool.Get().(crypto.KeccakState)
	k.Reset()
	for _, d := range data {
		k.Write(d)
	}
	k.Read(h[:])
	keccakPool.Put(k)
	return h
}
