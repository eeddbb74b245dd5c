package proofs

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// keccak is keccak256 over the concatenation of data (go-ethereum pools
// the hash states).
func keccak(data ...[]byte) common.Hash { return crypto.Keccak256Hash(data...) }
