package wallet

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	plasma "github.com/avlplasma/avlplasma"
)

func TestRecordsAndAhead(t *testing.T) {
	r := Records{Dir: t.TempDir()}
	owner, token := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	if rec, err := r.Get(owner, token); rec != nil || err != nil {
		t.Fatalf("empty store: %v, %v", rec, err)
	}
	tr := &plasma.Transfer{From: owner, Token: token, Amount: *uint256.NewInt(30), Fee: *uint256.NewInt(2), Nonce: 4, Spent: *uint256.NewInt(132)}
	if err := r.Put(tr, common.HexToHash("0xaa")); err != nil {
		t.Fatal(err)
	}
	rec, err := r.Get(owner, token)
	if err != nil || rec.Nonce != 4 || rec.Spent != "132" || rec.Cost != "32" {
		t.Fatalf("record %+v, %v", rec, err)
	}
	sealedBefore := Balance{Token: token, Balance: "100", Nonce: "4", Spent: "100"}
	got, err := Ahead(sealedBefore, rec, true)
	if err != nil || got.Nonce != "5" || got.Spent != "132" || got.Balance != "68" {
		t.Fatalf("not yet sealed: %+v, %v", got, err)
	}
	// Unknown to the operator (refused, expired): the sealed leaf rules.
	if got, _ := Ahead(sealedBefore, rec, false); got != sealedBefore {
		t.Fatalf("unknown transfer applied: %+v", got)
	}
	// Already sealed: the sealed leaf rules.
	sealedAfter := Balance{Token: token, Balance: "68", Nonce: "5", Spent: "132"}
	if got, _ := Ahead(sealedAfter, rec, true); got != sealedAfter {
		t.Fatalf("sealed transfer applied twice: %+v", got)
	}
}
