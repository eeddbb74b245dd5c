package proofs

import (
	"crypto/sha256"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	plasma "github.com/avlplasma/avlplasma"
)

func abiType(t *testing.T, s string) abi.Type {
	ty, err := abi.NewType(s, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	return ty
}

func TestEmptyRoot(t *testing.T) {
	if EmptyRoot() != common.Hash(sha256.Sum256([]byte(""))) {
		t.Fatal("EmptyRoot is not sha256(\"\")")
	}
	if EmptyRoot().Hex() != "0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" {
		t.Fatal("EmptyRoot constant")
	}
}

// NextOpsHash against go-ethereum's ABI encoder, as the contract's
// keccak256(abi.encode(h, kind, owner, token, amount, nonce)).
func TestNextOpsHashMatchesABI(t *testing.T) {
	args := abi.Arguments{{Type: abiType(t, "bytes32")}, {Type: abiType(t, "uint8")}, {Type: abiType(t, "address")},
		{Type: abiType(t, "address")}, {Type: abiType(t, "uint256")}, {Type: abiType(t, "uint64")}}
	r := rand.New(rand.NewSource(4))
	var h common.Hash
	for i := 0; i < 300; i++ {
		op := &plasma.Op{Index: uint64(i), Kind: plasma.OpKind(1 + r.Intn(3)), Owner: randAddress(r), Token: randAddress(r), Amount: randUint256(r), Nonce: randUint64(r)}
		if i%50 == 7 {
			op.Kind = plasma.OpKind(255)
		}
		enc, err := args.Pack([32]byte(h), uint8(op.Kind), op.Owner, op.Token, op.Amount.ToBig(), op.Nonce)
		if err != nil {
			t.Fatal(err)
		}
		want := crypto.Keccak256Hash(enc)
		got := NextOpsHash(h, op)
		if got != want {
			t.Fatalf("op %d: %s, want %s", i, got.Hex(), want.Hex())
		}
		h = got
	}
}

func TestHeaderHashMatchesABI(t *testing.T) {
	// abi.encode(Header, uint64 committedAt) with Header a static tuple.
	header, err := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "number", Type: "uint64"}, {Name: "stateRoot", Type: "bytes32"}, {Name: "txRoot", Type: "bytes32"},
		{Name: "opsCursor", Type: "uint64"}, {Name: "opsHash", Type: "bytes32"}, {Name: "timestamp", Type: "uint64"},
	})
	if err != nil {
		t.Fatal(err)
	}
	args := abi.Arguments{{Type: header}, {Type: abiType(t, "uint64")}}
	type tuple struct {
		Number    uint64
		StateRoot [32]byte
		TxRoot    [32]byte
		OpsCursor uint64
		OpsHash   [32]byte
		Timestamp uint64
	}
	r := rand.New(rand.NewSource(5))
	for i := 0; i < 300; i++ {
		var h plasma.Header
		h.Number, h.OpsCursor, h.Timestamp = randUint64(r), randUint64(r), randUint64(r)
		r.Read(h.StateRoot[:])
		r.Read(h.TxRoot[:])
		r.Read(h.OpsHash[:])
		at := randUint64(r)
		enc, err := args.Pack(tuple{h.Number, h.StateRoot, h.TxRoot, h.OpsCursor, h.OpsHash, h.Timestamp}, at)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := HeaderHash(&h, at), crypto.Keccak256Hash(enc); got != want {
			t.Fatalf("header %d: %s, want %s", i, got.Hex(), want.Hex())
		}
	}
	// Every field is committed.
	base := plasma.Header{Number: 1, Timestamp: 2}
	seen := map[common.Hash]bool{HeaderHash(&base, 3): true}
	for _, m := range []func(*plasma.Header){
		func(h *plasma.Header) { h.Number++ }, func(h *plasma.Header) { h.StateRoot[0] = 1 },
		func(h *plasma.Header) { h.TxRoot[0] = 1 }, func(h *plasma.Header) { h.OpsCursor++ },
		func(h *plasma.Header) { h.OpsHash[0] = 1 }, func(h *plasma.Header) { h.Timestamp++ },
	} {
		h := base
		m(&h)
		seen[HeaderHash(&h, 3)] = true
	}
	seen[HeaderHash(&base, 4)] = true
	if len(seen) != 8 {
		t.Fatal("a header field or committedAt does not change the hash")
	}
}
