package proofs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"

	plasma "github.com/avlplasma/avlplasma"
)

func randAddress(r *rand.Rand) (a common.Address) {
	r.Read(a[:])
	return a
}

// randUint256 draws values of every magnitude, the extremes included.
func randUint256(r *rand.Rand) uint256.Int {
	var v uint256.Int
	switch r.Intn(5) {
	case 0:
	case 1:
		v.SetAllOne()
	case 2:
		v.SetUint64(r.Uint64())
	default:
		var b [32]byte
		r.Read(b[:r.Intn(33)])
		v.SetBytes(b[:])
	}
	return v
}

func randUint64(r *rand.Rand) uint64 {
	switch r.Intn(4) {
	case 0:
		return 0
	case 1:
		return ^uint64(0)
	}
	return r.Uint64() >> r.Intn(64)
}

func randTransfer(r *rand.Rand) *plasma.Transfer {
	return &plasma.Transfer{
		From: randAddress(r), To: randAddress(r), Token: randAddress(r),
		Amount: randUint256(r), Nonce: randUint64(r), Fee: randUint256(r), Spent: randUint256(r),
		Deadline: randUint64(r),
	}
}

func randDomain(r *rand.Rand) Domain {
	c := new(big.Int).SetUint64(randUint64(r))
	if r.Intn(4) == 0 {
		c.Lsh(c, uint(r.Intn(190)))
	}
	return Domain{ChainID: c, Contract: randAddress(r)}
}

// The direct Keccak encoding must equal go-ethereum's generic EIP-712
// implementation, through TypedData as a wallet would receive it.
func TestTransferDigestMatchesApitypes(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 500; i++ {
		d, tr := randDomain(r), randTransfer(r)
		td := d.TypedData(tr)
		digest, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.TransferDigest(tr); !bytes.Equal(got[:], digest) {
			t.Fatalf("case %d: digest %x, apitypes %x", i, got, digest)
		}
		sh, err := td.HashStruct("Transfer", td.Message)
		if err != nil {
			t.Fatal(err)
		}
		if got := TransferStructHash(tr); !bytes.Equal(got[:], sh) {
			t.Fatalf("case %d: struct hash %x, apitypes %x", i, got, sh)
		}
		sep, err := td.HashStruct("EIP712Domain", td.Domain.Map())
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Separator(); !bytes.Equal(got[:], sep) {
			t.Fatalf("case %d: separator %x, apitypes %x", i, got, sep)
		}
		// The payload survives JSON, as the API and wallets carry it.
		js, err := json.Marshal(td)
		if err != nil {
			t.Fatal(err)
		}
		var back apitypes.TypedData
		if err := json.Unmarshal(js, &back); err != nil {
			t.Fatal(err)
		}
		if digest2, _, err := apitypes.TypedDataAndHash(back); err != nil || !bytes.Equal(digest2, digest) {
			t.Fatalf("case %d: digest after JSON %x (%v), want %x", i, digest2, err, digest)
		}
	}
}

func TestExitAuthorizationDigestMatchesApitypes(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 300; i++ {
		d := randDomain(r)
		owner, token, exec, dl := randAddress(r), randAddress(r), randAddress(r), randUint64(r)
		digest, _, err := apitypes.TypedDataAndHash(d.ExitAuthorizationTypedData(owner, token, exec, dl))
		if err != nil {
			t.Fatal(err)
		}
		if got := d.ExitAuthorizationDigest(owner, token, exec, dl); !bytes.Equal(got[:], digest) {
			t.Fatalf("case %d: digest %x, apitypes %x", i, got, digest)
		}
	}
}

// TestNilChainID: a zero-valued Domain hashes as chain 0 and does not panic.
func TestNilChainID(t *testing.T) {
	var d Domain
	if d.Separator() != (Domain{ChainID: new(big.Int)}).Separator() {
		t.Fatal("nil chain id differs from 0")
	}
	if d.Wallet().ChainID.Sign() != 0 {
		t.Fatal("wallet chain id not 0")
	}
}

// PROTOCOL §11.14: a signature for one chain or contract is no signature
// in another.
func TestDomainSeparatesReplay(t *testing.T) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	d := Domain{ChainID: big.NewInt(1337), Contract: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	tr := &plasma.Transfer{From: from, To: common.HexToAddress("0x01"), Amount: *uint256.NewInt(5), Spent: *uint256.NewInt(5), Deadline: 100}
	d.SignTransfer(key, tr)
	if err := d.VerifyTransferSignature(tr); err != nil {
		t.Fatal(err)
	}
	others := []Domain{
		{ChainID: big.NewInt(1), Contract: d.Contract},
		{ChainID: d.ChainID, Contract: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa4")},
	}
	for _, o := range others {
		if err := o.VerifyTransferSignature(tr); plasma.ErrorRule(err) != plasma.RuleSignature {
			t.Fatalf("signature for %v verified under %v: %v", d, o, err)
		}
	}
	// An exit authorization digest never equals a transfer digest.
	if d.ExitAuthorizationDigest(from, common.Address{}, from, 100) == d.TransferDigest(tr) {
		t.Fatal("type confusion")
	}
}

func TestWalletDomainJSON(t *testing.T) {
	d := Domain{ChainID: big.NewInt(31337), Contract: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	js, err := json.Marshal(d.Wallet())
	if err != nil {
		t.Fatal(err)
	}
	want := `{"name":"AVL Plasma","version":"1","chainId":31337,"verifyingContract":"0x5fbdb2315678afecb367f032d93f642f64180aa3"}`
	if string(js) != want {
		t.Fatalf("wallet domain %s, want %s", js, want)
	}
}

type ethersVector struct {
	Domain struct {
		Name, Version, ChainID, VerifyingContract string
	} `json:"domain"`
	Message         map[string]string `json:"message"`
	DomainSeparator common.Hash       `json:"domainSeparator"`
	StructHash      common.Hash       `json:"structHash"`
	Digest          common.Hash       `json:"digest"`
	Signature       string            `json:"signature"`
	Signer          common.Address    `json:"signer"`
}

func (v *ethersVector) domain(t *testing.T) Domain {
	c, ok := new(big.Int).SetString(v.Domain.ChainID, 10)
	if !ok || v.Domain.Name != DomainName || v.Domain.Version != DomainVersion {
		t.Fatalf("bad vector domain %+v", v.Domain)
	}
	return Domain{ChainID: c, Contract: common.HexToAddress(v.Domain.VerifyingContract)}
}

func dec256(t *testing.T, s string) uint256.Int {
	var v uint256.Int
	if err := v.SetFromDecimal(s); err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	return v
}

func dec64(t *testing.T, s string) uint64 {
	v := dec256(t, s)
	if !v.IsUint64() {
		t.Fatalf("%q is not a uint64", s)
	}
	return v.Uint64()
}

// TestEthersVectors checks digests and signatures against ethers v6
// (testdata/eip712/gen.js), an implementation independent of go-ethereum.
func TestEthersVectors(t *testing.T) {
	raw, err := os.ReadFile("testdata/eip712/vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var vs struct {
		PrivateKey         string         `json:"privateKey"`
		Transfers          []ethersVector `json:"transfers"`
		ExitAuthorizations []ethersVector `json:"exitAuthorizations"`
	}
	if err := json.Unmarshal(raw, &vs); err != nil {
		t.Fatal(err)
	}
	if len(vs.Transfers) < 4 || len(vs.ExitAuthorizations) < 2 {
		t.Fatalf("too few vectors: %d transfers, %d exit authorizations", len(vs.Transfers), len(vs.ExitAuthorizations))
	}
	key, err := crypto.HexToECDSA(vs.PrivateKey[2:])
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, v *ethersVector, d Domain, structHash, digest common.Hash) {
		t.Helper()
		if d.Separator() != v.DomainSeparator {
			t.Errorf("%s: separator %s, ethers %s", name, d.Separator().Hex(), v.DomainSeparator.Hex())
		}
		if structHash != v.StructHash {
			t.Errorf("%s: struct hash %s, ethers %s", name, structHash.Hex(), v.StructHash.Hex())
		}
		if digest != v.Digest {
			t.Errorf("%s: digest %s, ethers %s", name, digest.Hex(), v.Digest.Hex())
		}
		sig := common.FromHex(v.Signature)
		signer, err := RecoverSigner(digest, sig)
		if err != nil || signer != v.Signer {
			t.Errorf("%s: ethers signature recovers %s (%v), want %s", name, signer.Hex(), err, v.Signer.Hex())
		}
		// Both sides sign with RFC 6979 nonces, so the bytes agree.
		if own := SignDigest(key, digest); !bytes.Equal(own, sig) {
			t.Errorf("%s: signature %x, ethers %x", name, own, sig)
		}
	}
	for i := range vs.Transfers {
		v := &vs.Transfers[i]
		m := v.Message
		tr := &plasma.Transfer{
			From: common.HexToAddress(m["from"]), To: common.HexToAddress(m["to"]), Token: common.HexToAddress(m["token"]),
			Amount: dec256(t, m["amount"]), Nonce: dec64(t, m["nonce"]), Fee: dec256(t, m["fee"]), Spent: dec256(t, m["spent"]),
			Deadline: dec64(t, m["deadline"]),
		}
		d := v.domain(t)
		check("transfer", v, d, TransferStructHash(tr), d.TransferDigest(tr))
		// The message of our typed-data payload is the one ethers signed.
		for name, val := range d.TypedData(tr).Message {
			if !strings.EqualFold(val.(string), m[name]) { // addresses: checksum case aside
				t.Errorf("transfer %d: message %s is %v, ethers had %s", i, name, val, m[name])
			}
		}
		tr.Signature = common.FromHex(v.Signature)
		if err := d.VerifyTransferSignature(tr); err != nil {
			t.Errorf("transfer %d: %v", i, err)
		}
	}
	for i := range vs.ExitAuthorizations {
		v := &vs.ExitAuthorizations[i]
		m := v.Message
		owner, token, exec, dl := common.HexToAddress(m["owner"]), common.HexToAddress(m["token"]), common.HexToAddress(m["executor"]), dec64(t, m["deadline"])
		d := v.domain(t)
		check("exit authorization", v, d, ExitAuthorizationStructHash(owner, token, exec, dl), d.ExitAuthorizationDigest(owner, token, exec, dl))
	}
}

// TestSeparatorCacheConcurrent: the separator cache never hands one
// domain's separator to another, under concurrent use (run with -race).
func TestSeparatorCacheConcurrent(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	doms := []Domain{randDomain(r), randDomain(r), randDomain(r)}
	want := make([][]byte, len(doms))
	for i, d := range doms {
		td := d.TypedData(&plasma.Transfer{})
		sep, err := td.HashStruct("EIP712Domain", td.Domain.Map())
		if err != nil {
			t.Fatal(err)
		}
		want[i] = sep
	}
	done := make(chan error, 4)
	for g := 0; g < 4; g++ {
		go func(g int) {
			for i := 0; i < 2000; i++ {
				j := (i + g) % len(doms)
				if got := doms[j].Separator(); !bytes.Equal(got[:], want[j]) {
					done <- fmt.Errorf("domain %d: separator %x, want %x", j, got, want[j])
					return
				}
			}
			done <- nil
		}(g)
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}
