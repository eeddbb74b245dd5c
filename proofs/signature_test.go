package proofs

import (
	"bytes"
	"fmt"
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	plasma "github.com/avlplasma/avlplasma"
)

var testDomain = Domain{ChainID: big.NewInt(1337), Contract: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}

func signedTransfer(t testing.TB) (*plasma.Transfer, common.Hash) {
	key, err := crypto.HexToECDSA("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")
	if err != nil {
		t.Fatal(err)
	}
	tr := &plasma.Transfer{
		From: crypto.PubkeyToAddress(key.PublicKey), To: common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
		Amount: *uint256.NewInt(1e18), Nonce: 3, Fee: *uint256.NewInt(10), Spent: *uint256.NewInt(2e18 + 10), Deadline: 1_800_000_000,
	}
	testDomain.SignTransfer(key, tr)
	return tr, testDomain.TransferDigest(tr)
}

// highS returns the malleated twin (r, n-s, v^1) of a low-s signature.
func highS(sig []byte) []byte {
	out := bytes.Clone(sig)
	var s uint256.Int
	s.SetBytes32(out[32:64])
	s.Sub(secp256k1N, &s)
	s.PutUint256(out[32:64])
	out[64] = 55 - out[64] // 27 <-> 28
	return out
}

func wantSigErr(t *testing.T, what string, err error) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: accepted", what)
	}
	if plasma.ErrorRule(err) != plasma.RuleSignature || plasma.ErrorCode(err) != plasma.EINVALID {
		t.Fatalf("%s: error %v does not name rule %q", what, err, plasma.RuleSignature)
	}
}

func TestSignatureValid(t *testing.T) {
	tr, digest := signedTransfer(t)
	if v := tr.Signature[64]; v != 27 && v != 28 {
		t.Fatalf("SignDigest gave v %d", v)
	}
	if err := testDomain.VerifyTransferSignature(tr); err != nil {
		t.Fatal(err)
	}
	signer, err := RecoverSigner(digest, tr.Signature)
	if err != nil || signer != tr.From {
		t.Fatalf("recovered %s, %v", signer.Hex(), err)
	}
	// v 0/1 is normalised off-chain: RecoverSigner takes it, the block
	// rule (VerifyTransferSignature) wants it normalised first.
	raw := bytes.Clone(tr.Signature)
	raw[64] -= 27
	if signer, err := RecoverSigner(digest, raw); err != nil || signer != tr.From {
		t.Fatalf("v 0/1: recovered %s, %v", signer.Hex(), err)
	}
	norm, err := NormalizeSignature(raw)
	if err != nil || !bytes.Equal(norm, tr.Signature) {
		t.Fatalf("normalised %x, %v; want %x", norm, err, tr.Signature)
	}
	if raw[64] > 1 {
		t.Fatal("normalise changed its input")
	}
	withRaw := *tr
	withRaw.Signature = raw
	wantSigErr(t, "sealed v 0/1", testDomain.VerifyTransferSignature(&withRaw))
}

func TestSignatureHighS(t *testing.T) {
	tr, digest := signedTransfer(t)
	twin := highS(tr.Signature)
	// The twin is a valid ECDSA signature by the same key; only the low-s
	// rule rejects it.
	raw := bytes.Clone(twin)
	raw[64] -= 27
	if pub, err := crypto.Ecrecover(digest[:], raw); err != nil || common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]) != tr.From {
		t.Fatalf("high-s twin is not a valid signature by the sender: %v", err)
	}
	_, err := RecoverSigner(digest, twin)
	wantSigErr(t, "high s", err)
	tr.Signature = twin
	wantSigErr(t, "high s transfer", testDomain.VerifyTransferSignature(tr))
	// s = n/2 is the largest low s; n/2 + 1 the smallest high one.
	sig := bytes.Clone(twin)
	secp256k1HalfN.PutUint256(sig[32:64])
	if _, err := NormalizeSignature(sig); err != nil {
		t.Fatalf("s = n/2 rejected: %v", err)
	}
	new(uint256.Int).AddUint64(secp256k1HalfN, 1).PutUint256(sig[32:64])
	_, err = NormalizeSignature(sig)
	wantSigErr(t, "s = n/2 + 1", err)
}

func TestSignatureBadV(t *testing.T) {
	tr, digest := signedTransfer(t)
	for _, v := range []byte{2, 3, 26, 29, 35, 36, 37, 38, 255} {
		sig := bytes.Clone(tr.Signature)
		sig[64] = v
		_, err := RecoverSigner(digest, sig)
		wantSigErr(t, fmt.Sprintf("v %d", v), err)
	}
}

func TestSignatureLength(t *testing.T) {
	tr, digest := signedTransfer(t)
	for _, n := range []int{0, 1, 32, 64, 66, 96, 130} {
		sig := make([]byte, n)
		copy(sig, tr.Signature)
		if n == 66 {
			sig[65] = 27
		}
		_, err := RecoverSigner(digest, sig)
		wantSigErr(t, "length", err)
		c := *tr
		c.Signature = sig
		wantSigErr(t, "length transfer", testDomain.VerifyTransferSignature(&c))
	}
}

func TestSignatureRangeOfRS(t *testing.T) {
	tr, digest := signedTransfer(t)
	cases := map[string]func(sig []byte){
		"r zero": func(sig []byte) { clear(sig[0:32]) },
		"s zero": func(sig []byte) { clear(sig[32:64]) },
		"r = n":  func(sig []byte) { secp256k1N.PutUint256(sig[0:32]) },
		"r max":  func(sig []byte) { new(uint256.Int).SetAllOne().PutUint256(sig[0:32]) },
	}
	for name, mutate := range cases {
		sig := bytes.Clone(tr.Signature)
		mutate(sig)
		// NormalizeSignature refuses it by itself (the API normalises
		// before anything else looks at a signature) ...
		_, err := NormalizeSignature(sig)
		wantSigErr(t, name, err)
		// ... and so does recovery.
		_, err = RecoverSigner(digest, sig)
		wantSigErr(t, name, err)
	}
}

func TestSignatureWrongSigner(t *testing.T) {
	tr, _ := signedTransfer(t)
	other, _ := crypto.GenerateKey()
	c := *tr
	testDomain.SignTransfer(other, &c) // signed by someone else for tr.From
	wantSigErr(t, "wrong signer", testDomain.VerifyTransferSignature(&c))

	// Any change to a signed field moves the digest, so the signature
	// recovers some other address.
	mutations := []func(*plasma.Transfer){
		func(x *plasma.Transfer) { x.To[0] ^= 1 },
		func(x *plasma.Transfer) { x.Token[19] ^= 1 },
		func(x *plasma.Transfer) { x.Amount.AddUint64(&x.Amount, 1) },
		func(x *plasma.Transfer) { x.Nonce++ },
		func(x *plasma.Transfer) { x.Fee.AddUint64(&x.Fee, 1) },
		func(x *plasma.Transfer) { x.Spent.AddUint64(&x.Spent, 1) },
		func(x *plasma.Transfer) { x.Deadline++ },
		func(x *plasma.Transfer) { x.From[5] ^= 0x80 },
	}
	for i, m := range mutations {
		c := *tr
		m(&c)
		wantSigErr(t, fmt.Sprintf("mutated field %d", i), testDomain.VerifyTransferSignature(&c))
	}
	// A flipped bit in r or s either fails to recover or recovers another key.
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 50; i++ {
		c := *tr
		c.Signature = bytes.Clone(tr.Signature)
		c.Signature[r.Intn(64)] ^= 1 << r.Intn(8)
		wantSigErr(t, "flipped bit", testDomain.VerifyTransferSignature(&c))
	}
}
