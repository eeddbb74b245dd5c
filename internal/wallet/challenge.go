package wallet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/avlplasma/avlplasma/contracts/bindings"
)

// TxProof is GET /v1/blocks/{n}/transfers/{i}/proof: a transfer with its
// inclusion proof against the block's txRoot, what challengeExit needs.
type TxProof struct {
	Block       string        `json:"block"`
	Index       string        `json:"index"`
	Header      HeaderJSON    `json:"header"`
	CommittedAt *string       `json:"committedAt"`
	Transfer    TransferJSON  `json:"transfer"`
	Proof       []common.Hash `json:"proof"`
}

// TransferProof fetches the inclusion proof of transfer i of block n.
func (c *Client) TransferProof(ctx context.Context, n, i uint64) (*TxProof, error) {
	var p TxProof
	return &p, c.do(ctx, http.MethodGet, fmt.Sprintf("/v1/blocks/%d/transfers/%d/proof", n, i), nil, &p)
}

// challengeArgs decodes p into challengeExit's arguments.
func (p *TxProof) challengeArgs() (t bindings.PlasmaChainTransfer, sig []byte, h bindings.PlasmaChainHeader, committedAt uint64, proof [][32]byte, err error) {
	if p.CommittedAt == nil {
		return t, nil, h, 0, nil, fmt.Errorf("block %s is not committed on L1 yet", p.Block)
	}
	if committedAt, err = parseU64("committedAt", *p.CommittedAt); err != nil {
		return
	}
	if h, err = p.Header.Binding(); err != nil {
		return
	}
	j := &p.Transfer
	for _, a := range []struct {
		s   string
		dst *common.Address
	}{{j.From, &t.From}, {j.To, &t.To}, {j.Token, &t.Token}} {
		if !common.IsHexAddress(a.s) {
			return t, nil, h, 0, nil, fmt.Errorf("transfer: bad address %q", a.s)
		}
		*a.dst = common.HexToAddress(a.s)
	}
	for _, v := range []struct {
		name, s string
		dst     **big.Int
	}{{"amount", j.Amount, &t.Amount}, {"fee", j.Fee, &t.Fee}, {"spent", j.Spent, &t.Spent}} {
		if *v.dst, err = parseBig(v.name, v.s); err != nil {
			return
		}
	}
	if t.Nonce, err = parseU64("nonce", j.Nonce); err != nil {
		return
	}
	if t.Deadline, err = parseU64("deadline", j.Deadline); err != nil {
		return
	}
	if sig, err = hexutil.Decode(j.Signature); err != nil {
		return t, nil, h, 0, nil, fmt.Errorf("transfer signature: %w", err)
	}
	for _, s := range p.Proof {
		proof = append(proof, s)
	}
	return t, sig, h, committedAt, proof, nil
}

// Spent is the transfer's cumulative spent.
func (p *TxProof) Spent() (*uint256.Int, error) { return uint256.FromDecimal(p.Transfer.Spent) }

// Challenge shows, against exit exitID, a later spend of its owner (PROTOCOL
// §6): the exit then deducts what that spend paid.
func (l *L1) Challenge(ctx context.Context, key *ecdsa.PrivateKey, exitID *big.Int, p *TxProof) (*types.Receipt, error) {
	t, sig, h, committedAt, proof, err := p.challengeArgs()
	if err != nil {
		return nil, err
	}
	return l.Send(ctx, key, "challengeExit", l.Contract, nil, l.pc.PackChallengeExit(exitID, t, sig, h, committedAt, proof))
}
