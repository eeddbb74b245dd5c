package wallet

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	plasma "github.com/avlplasma/avlplasma"
)

// Record is the wallet's own note of the last transfer it signed for an
// (owner, token) leaf: PROTOCOL §3 has wallets keep `spent` themselves, and
// it lets a second transfer follow the first before the operator seals it.
type Record struct {
	Hash  common.Hash `json:"hash"`
	Nonce uint64      `json:"nonce"` // nonce of that transfer
	Spent string      `json:"spent"` // spent after it
	Cost  string      `json:"cost"`  // amount + fee it paid
}

// Records keeps one Record per leaf as small JSON files in a directory.
type Records struct{ Dir string }

func (r Records) path(owner, token common.Address) string {
	return filepath.Join(r.Dir, strings.ToLower(owner.Hex()+"-"+token.Hex())+".json")
}

// Get returns the leaf's record, nil when there is none.
func (r Records) Get(owner, token common.Address) (*Record, error) {
	b, err := os.ReadFile(r.path(owner, token))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var rec Record
	if err := json.Unmarshal(b, &rec); err != nil {
		return nil, fmt.Errorf("wallet record %s: %w", r.path(owner, token), err)
	}
	return &rec, nil
}

// Put records t (with its hash) as the leaf's newest transfer.
func (r Records) Put(t *plasma.Transfer, hash common.Hash) error {
	if err := os.MkdirAll(r.Dir, 0o700); err != nil {
		return err
	}
	cost := new(uint256.Int).Add(&t.Amount, &t.Fee)
	b, err := json.MarshalIndent(Record{Hash: hash, Nonce: t.Nonce, Spent: t.Spent.Dec(), Cost: cost.Dec()}, "", "  ")
	if err != nil {
		return err
	}
	tmp := r.path(t.From, t.Token) + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, r.path(t.From, t.Token))
}

// Ahead applies rec to leaf when rec is a transfer the operator accepted
// but leaf (the latest sealed block) does not show yet: the next transfer
// then takes nonce rec.Nonce+1 and spent rec.Spent. known reports whether
// the operator knows the transfer (it may have been refused or expired).
func Ahead(leaf Balance, rec *Record, known bool) (Balance, error) {
	if rec == nil || !known {
		return leaf, nil
	}
	n, err := strconv.ParseUint(leaf.Nonce, 10, 64)
	if err != nil {
		return leaf, fmt.Errorf("account: bad nonce %q", leaf.Nonce)
	}
	if rec.Nonce != n { // already sealed (rec.Nonce < n) or not ours to fix
		return leaf, nil
	}
	bal, err1 := uint256.FromDecimal(leaf.Balance)
	cost, err2 := uint256.FromDecimal(rec.Cost)
	if err1 != nil || err2 != nil || cost.Gt(bal) {
		return leaf, nil
	}
	return Balance{Token: leaf.Token, Balance: new(uint256.Int).Sub(bal, cost).Dec(),
		Nonce: strconv.FormatUint(rec.Nonce+1, 10), Spent: rec.Spent}, nil
}
