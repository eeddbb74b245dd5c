package wallet

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/proofs"
)

// Domain is the EIP-712 domain /v1/info describes.
func (i *Info) EIP712Domain() (proofs.Domain, error) {
	id, ok := new(big.Int).SetString(i.ChainID, 10)
	if !ok {
		return proofs.Domain{}, fmt.Errorf("operator info: bad chainId %q", i.ChainID)
	}
	return proofs.Domain{ChainID: id, Contract: i.Contract}, nil
}

// TransferRequest is what the user asks to pay.
type TransferRequest struct {
	To       common.Address
	Token    common.Address
	Amount   *uint256.Int
	Fee      *uint256.Int // nil = the operator's minFee
	Deadline uint64       // unix seconds
}

// BuildTransfer fills nonce and spent from the sender's leaf (PROTOCOL §3:
// spent = leaf.spent + amount + fee) and signs the transfer.
func BuildTransfer(info *Info, key *ecdsa.PrivateKey, leaf Balance, r TransferRequest) (*plasma.Transfer, common.Hash, error) {
	d, err := info.EIP712Domain()
	if err != nil {
		return nil, common.Hash{}, err
	}
	if r.Amount == nil || r.Amount.IsZero() {
		return nil, common.Hash{}, errors.New("amount must be above 0")
	}
	fee := r.Fee
	if fee == nil {
		if fee, err = uint256.FromDecimal(info.MinFee); err != nil {
			return nil, common.Hash{}, fmt.Errorf("operator info: bad minFee %q", info.MinFee)
		}
	}
	nonce, err := strconv.ParseUint(leaf.Nonce, 10, 64)
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("account: bad nonce %q", leaf.Nonce)
	}
	spent, err := uint256.FromDecimal(leaf.Spent)
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("account: bad spent %q", leaf.Spent)
	}
	balance, err := uint256.FromDecimal(leaf.Balance)
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("account: bad balance %q", leaf.Balance)
	}
	cost, overflow := new(uint256.Int).AddOverflow(r.Amount, fee)
	if overflow || cost.Gt(balance) {
		return nil, common.Hash{}, fmt.Errorf("amount + fee = %s is more than the balance %s", cost.Dec(), balance.Dec())
	}
	t := &plasma.Transfer{
		From: crypto.PubkeyToAddress(key.PublicKey), To: r.To, Token: r.Token,
		Amount: *r.Amount, Nonce: nonce, Fee: *fee, Deadline: r.Deadline,
	}
	t.Spent.Add(spent, cost)
	d.SignTransfer(key, t)
	return t, d.TransferDigest(t), nil
}

// EncodeTransfer is t in the API's JSON encoding.
func EncodeTransfer(t *plasma.Transfer) *TransferJSON {
	return &TransferJSON{
		From: t.From.Hex(), To: t.To.Hex(), Token: t.Token.Hex(),
		Amount: t.Amount.Dec(), Nonce: strconv.FormatUint(t.Nonce, 10), Fee: t.Fee.Dec(),
		Spent: t.Spent.Dec(), Deadline: strconv.FormatUint(t.Deadline, 10),
		Signature: hexutil.Encode(t.Signature),
	}
}

// ExitAuthorization is a signed EIP-712 ExitAuthorization (PROTOCOL §6) an
// executor passes to startExitFor.
type ExitAuthorization struct {
	Owner     common.Address `json:"owner"`
	Token     common.Address `json:"token"`
	Executor  common.Address `json:"executor"`
	Deadline  uint64         `json:"deadline"`
	Digest    common.Hash    `json:"digest"`
	Signature hexutil.Bytes  `json:"signature"`
}

// AuthorizeExit signs an ExitAuthorization in domain d.
func AuthorizeExit(d proofs.Domain, key *ecdsa.PrivateKey, token, executor common.Address, deadline uint64) *ExitAuthorization {
	owner := crypto.PubkeyToAddress(key.PublicKey)
	digest := d.ExitAuthorizationDigest(owner, token, executor, deadline)
	return &ExitAuthorization{Owner: owner, Token: token, Executor: executor, Deadline: deadline,
		Digest: digest, Signature: proofs.SignDigest(key, digest)}
}
