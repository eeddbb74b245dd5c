package proofs

import (
	"crypto/ecdsa"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	plasma "github.com/avlplasma/avlplasma"
)

// secp256k1 group order n and n/2: a signature with s > n/2 is the
// malleated twin of a low-s one, which OpenZeppelin's ECDSA (and so the
// contract) rejects; r and s must lie in [1, n).
var (
	secp256k1N     = uint256.MustFromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
	secp256k1HalfN = new(uint256.Int).Rsh(secp256k1N, 1)
)

func sigError(format string, args ...any) error {
	return plasma.RuleError(plasma.EINVALID, plasma.RuleSignature, format, args...)
}

// SignDigest signs digest with key: 65 bytes r ‖ s ‖ v, low-s, v 27/28
// (the form the contract and OpenZeppelin's ECDSA take). It panics only if
// key is not a secp256k1 key, a programming error.
func SignDigest(key *ecdsa.PrivateKey, digest common.Hash) []byte {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		panic("proofs: signing with an invalid key: " + err.Error())
	}
	sig[64] += 27
	return sig
}

// NormalizeSignature checks sig against the signature rules of PROTOCOL §3
// and returns a copy with v 27/28: 65 bytes, v ∈ {0, 1, 27, 28}, r and s in
// [1, n), s ≤ n/2. Errors are *plasma.Error with rule "signature".
func NormalizeSignature(sig []byte) ([]byte, error) {
	if len(sig) != 65 {
		return nil, sigError("signature is %d bytes, want 65 (r ‖ s ‖ v)", len(sig))
	}
	out := make([]byte, 65)
	copy(out, sig)
	switch v := out[64]; v {
	case 0, 1:
		out[64] = v + 27
	case 27, 28:
	default:
		return nil, sigError("signature v is %d, want 27 or 28", v)
	}
	var r, s uint256.Int
	r.SetBytes32(out[0:32])
	s.SetBytes32(out[32:64])
	if r.IsZero() || !r.Lt(secp256k1N) {
		return nil, sigError("signature r is out of range")
	}
	if s.IsZero() {
		return nil, sigError("signature s is zero")
	}
	if s.Gt(secp256k1HalfN) {
		return nil, sigError("signature s is above n/2 (high-s): use the low-s form")
	}
	return out, nil
}

// RecoverSigner returns the address whose key signed digest. sig may carry
// v 0/1 or 27/28; every other rule of NormalizeSignature applies.
func RecoverSigner(digest common.Hash, sig []byte) (common.Address, error) {
	norm, err := NormalizeSignature(sig)
	if err != nil {
		return common.Address{}, err
	}
	norm[64] -= 27
	pub, err := crypto.Ecrecover(digest[:], norm)
	if err != nil || len(pub) != 65 {
		return common.Address{}, sigError("signature does not recover a public key")
	}
	var a common.Address
	h := keccak(pub[1:])
	copy(a[:], h[12:])
	return a, nil
}

// VerifyTransferSignature checks the signature rule of PROTOCOL §3 for a
// transfer as a block holds it: 65 bytes, low-s, v exactly 27 or 28 (input
// with v 0/1 must go through NormalizeSignature first, so that every sealed
// signature is usable as-is by a challenge on L1), recovering t.From.
func (d Domain) VerifyTransferSignature(t *plasma.Transfer) error {
	if len(t.Signature) == 65 && t.Signature[64] < 27 {
		return sigError("signature v is %d, want 27 or 28 (normalise 0/1 before submitting)", t.Signature[64])
	}
	signer, err := RecoverSigner(d.TransferDigest(t), t.Signature)
	if err != nil {
		return err
	}
	if signer != t.From {
		return sigError("signature is by %s, not by the sender %s", signer.Hex(), t.From.Hex())
	}
	return nil
}
