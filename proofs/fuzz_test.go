package proofs

import (
	"bytes"
	"crypto/sha256"
	"testing"

	ics23 "github.com/cosmos/ics23/go"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	plasma "github.com/avlplasma/avlplasma"
)

// fuzzTree is a small real tree shared by the fuzz targets' seeds and
// checks; building it is deterministic.
func fuzzTree(f *testing.F) (*testTree, [][]byte) {
	tt := buildTree(f, 40, 77)
	proofs := make([][]byte, len(tt.keys))
	for i, k := range tt.keys {
		proofs[i] = tt.packed(f, k)
	}
	return tt, proofs
}

// FuzzVerifyPacked: a mutated real proof never verifies unless it is the
// proof itself; VerifyPacked never panics; and whatever passes the
// structural checks passes ICS23 after UnpackExistence.
func FuzzVerifyPacked(f *testing.F) {
	tt, proofs := fuzzTree(f)
	for i := range proofs {
		f.Add(uint8(i), proofs[i])
	}
	f.Add(uint8(0), []byte{})
	f.Add(uint8(1), []byte{3, 0, 2, 2})
	f.Fuzz(func(t *testing.T, idx uint8, proof []byte) {
		i := int(idx) % len(tt.keys)
		k := tt.keys[i]
		v := tt.vals[string(k)]
		if err := VerifyPacked(tt.root, k, v, proof); err == nil && !bytes.Equal(proof, proofs[i]) {
			t.Fatalf("a proof other than the real one verifies: %x", proof)
		}
		if root, ok := naiveRoot(k, v, proof); ok && VerifyPacked(root, k, v, proof) == nil {
			ep, err := UnpackExistence(k, v, proof)
			if err != nil || !icsMember(root, ep, k, v) {
				t.Fatalf("accepted by VerifyPacked, not by ICS23 (%v): %x", err, proof)
			}
		}
	})
}

// FuzzUnpackExistence: UnpackExistence and PackExistence are inverse, and
// UnpackExistence takes exactly what VerifyPacked's structural checks take.
func FuzzUnpackExistence(f *testing.F) {
	tt, proofs := fuzzTree(f)
	for i := 0; i < len(proofs); i += 7 {
		k := tt.keys[i]
		f.Add(k, tt.vals[string(k)], proofs[i])
	}
	f.Add([]byte("k"), []byte("v"), []byte{3, 0, 2, 2})
	f.Fuzz(func(t *testing.T, key, value, packed []byte) {
		ep, err := UnpackExistence(key, value, packed)
		root, ok := naiveRoot(key, value, packed)
		verr := VerifyPacked(root, key, value, packed)
		if err != nil {
			if ok && verr == nil {
				t.Fatalf("unpack refuses (%v) what VerifyPacked takes", err)
			}
			return
		}
		if !ok || verr != nil {
			t.Fatalf("unpacked, but VerifyPacked refuses: %v", verr)
		}
		again, err := PackExistence(ep)
		if err != nil || !bytes.Equal(again, packed) {
			t.Fatalf("round trip: %x, %v; want %x", again, err, packed)
		}
		if err := ep.CheckAgainstSpec(ics23.IavlSpec); err != nil {
			t.Fatalf("unpacked proof fails the IavlSpec checks: %v", err)
		}
		if !icsMember(root, ep, key, value) {
			t.Fatal("unpacked proof fails ICS23")
		}
	})
}

// FuzzDecodeAbsent: the decoder never panics, takes only canonical
// encodings, and no input proves a present key absent or passes where
// ICS23 would not.
func FuzzDecodeAbsent(f *testing.F) {
	tt, _ := fuzzTree(f)
	last := len(tt.keys) - 1
	mid := between(tt.keys[10], tt.keys[11])
	f.Add(EncodeAbsent(tt.neighbour(f, 10), tt.neighbour(f, 11)), mid)
	f.Add(EncodeAbsent(nil, tt.neighbour(f, 0)), []byte{0})
	f.Add(EncodeAbsent(tt.neighbour(f, last), nil), bytes.Repeat([]byte{0xff}, 42))
	f.Add(EncodeAbsent(tt.neighbour(f, 10), tt.neighbour(f, 12)), mid)
	f.Add(EncodeAbsent(nil, nil), mid)
	f.Add([]byte{}, mid)
	f.Fuzz(func(t *testing.T, enc, key []byte) {
		left, right, err := DecodeAbsent(enc)
		if err != nil {
			return
		}
		if !bytes.Equal(EncodeAbsent(left, right), enc) {
			t.Fatal("decoded a non-canonical encoding")
		}
		for _, n := range [][]byte{left, right} {
			if k, v, p, err := DecodeNeighbour(n); err == nil && !bytes.Equal(EncodeNeighbour(k, v, p), n) {
				t.Fatal("decoded a non-canonical neighbour")
			}
		}
		if VerifyAbsentPacked(tt.root, key, left, right) != nil {
			return
		}
		if _, present := tt.vals[string(key)]; present {
			t.Fatalf("present key %x proven absent", key)
		}
		np, err := UnpackNonExistence(key, left, right)
		if err != nil || !icsNonMember(tt.root, np, key) {
			t.Fatalf("accepted, but ICS23 refuses (%v)", err)
		}
	})
}

// FuzzNormalizeSignature: never panics; what it takes is 65 bytes, v
// 27/28, r and s in range, s low, unchanged by a second pass, and
// recovers the key that signed.
func FuzzNormalizeSignature(f *testing.F) {
	key, _ := crypto.HexToECDSA("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
	digest := sha256.Sum256([]byte("seed"))
	sig := SignDigest(key, digest)
	f.Add(sig, digest[:])
	f.Add(highS(sig), digest[:])
	raw := bytes.Clone(sig)
	raw[64] -= 27
	f.Add(raw, digest[:])
	f.Add(sig[:64], digest[:])
	f.Add(make([]byte, 65), digest[:])
	signer := crypto.PubkeyToAddress(key.PublicKey)
	f.Fuzz(func(t *testing.T, sig, digest []byte) {
		norm, err := NormalizeSignature(sig)
		var d common.Hash
		copy(d[:], digest)
		addr, rerr := RecoverSigner(d, sig)
		if err != nil {
			if plasma.ErrorRule(err) != plasma.RuleSignature || rerr == nil {
				t.Fatalf("normalise: %v; recover: %v", err, rerr)
			}
			return
		}
		if len(norm) != 65 || (norm[64] != 27 && norm[64] != 28) {
			t.Fatalf("normalised to %x", norm)
		}
		var r, s uint256.Int
		r.SetBytes32(norm[:32])
		s.SetBytes32(norm[32:64])
		if r.IsZero() || s.IsZero() || !r.Lt(secp256k1N) || s.Gt(secp256k1HalfN) {
			t.Fatalf("out of range: %x", norm)
		}
		if again, err := NormalizeSignature(norm); err != nil || !bytes.Equal(again, norm) {
			t.Fatal("not idempotent")
		}
		if !bytes.Equal(norm[:64], sig[:64]) {
			t.Fatal("r or s changed")
		}
		// Cross-check recovery with go-ethereum's own.
		c := bytes.Clone(norm)
		c[64] -= 27
		pub, cerr := crypto.Ecrecover(d[:], c)
		if (cerr == nil) != (rerr == nil) {
			t.Fatalf("recover %v, go-ethereum %v", rerr, cerr)
		}
		if cerr == nil && common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]) != addr {
			t.Fatal("recovered address differs from go-ethereum's")
		}
		if rerr == nil && addr == signer && !bytes.Equal(sig[:64], SignDigest(key, d)[:64]) {
			// Only the one low-s signature of the seed key recovers it.
			t.Fatalf("another signature recovers the seed key: %x", sig)
		}
	})
}
