package wallet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/avlplasma/avlplasma/contracts/bindings"
)

// Committed is a block header as L1 recorded it in BlockCommitted: what
// requestProof needs, known without the operator.
type Committed struct {
	Header      bindings.PlasmaChainHeader
	CommittedAt uint64
}

// LastBlock reads lastBlock(): the newest committed block.
func (l *L1) LastBlock(ctx context.Context) (uint64, error) {
	out, err := l.call(ctx, l.Contract, l.pc.PackLastBlock())
	if err != nil {
		return 0, fmt.Errorf("lastBlock: %w", err)
	}
	return l.pc.UnpackLastBlock(out)
}

// CommittedHeader finds block n's BlockCommitted event on L1 (the newest,
// should a block be committed again after a re-seal).
func (l *L1) CommittedHeader(ctx context.Context, n uint64) (*Committed, error) {
	ev := l.pc.GetABI().Events[bindings.PlasmaChainBlockCommittedEventName]
	logs, err := l.Backend.FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{l.Contract},
		Topics:    [][]common.Hash{{ev.ID}, {common.BigToHash(new(big.Int).SetUint64(n))}},
	})
	if err != nil {
		return nil, fmt.Errorf("BlockCommitted logs of block %d: %w", n, err)
	}
	if len(logs) == 0 {
		return nil, fmt.Errorf("block %d is not committed on L1", n)
	}
	e, err := l.pc.UnpackBlockCommittedEvent(&logs[len(logs)-1])
	if err != nil {
		return nil, err
	}
	return &Committed{Header: bindings.PlasmaChainHeader{
		Number: e.Number, StateRoot: e.StateRoot, TxRoot: e.TxRoot, OpsCursor: e.OpsCursor, OpsHash: e.OpsHash, Timestamp: e.Timestamp,
	}, CommittedAt: e.CommittedAt}, nil
}

// ProofRequest is an open or answered requestProof.
type ProofRequest struct {
	ID       *big.Int
	Deadline uint64
	Bond     *big.Int
	Status   uint8 // 1 open, 2 answered, 3 bond reclaimed
}

// RequestProof asks the operator, on L1, to publish the (owner, token)
// leaf at committed block n, paying requestBond().
func (l *L1) RequestProof(ctx context.Context, key *ecdsa.PrivateKey, owner, token common.Address, n uint64) (*ProofRequest, *types.Receipt, error) {
	c, err := l.CommittedHeader(ctx, n)
	if err != nil {
		return nil, nil, err
	}
	out, err := l.call(ctx, l.Contract, l.pc.PackRequestBond())
	if err != nil {
		return nil, nil, fmt.Errorf("requestBond: %w", err)
	}
	bond, err := l.pc.UnpackRequestBond(out)
	if err != nil {
		return nil, nil, err
	}
	out, err = l.call(ctx, l.Contract, l.pc.PackMinRequestBond())
	if err != nil {
		return nil, nil, fmt.Errorf("minRequestBond: %w", err)
	}
	minBond, err := l.pc.UnpackMinRequestBond(out)
	if err != nil {
		return nil, nil, err
	}
	if bond.Cmp(minBond) > 0 {
		// Above the floor the bond follows the basefee: pay a quarter more
		// so a basefee rise before inclusion does not revert the call.
		bond = new(big.Int).Add(bond, new(big.Int).Div(bond, big.NewInt(4)))
	}
	r, err := l.Send(ctx, key, "requestProof", l.Contract, bond, l.pc.PackRequestProof(owner, token, c.Header, c.CommittedAt))
	if err != nil {
		return nil, nil, err
	}
	for _, lg := range r.Logs {
		if e, err := l.pc.UnpackProofRequestedEvent(lg); err == nil {
			return &ProofRequest{ID: e.RequestId, Deadline: e.Deadline, Bond: e.Bond, Status: 1}, r, nil
		}
	}
	return nil, r, fmt.Errorf("requestProof: no ProofRequested event in %s", r.TxHash.Hex())
}

// Request reads requests(id).
func (l *L1) Request(ctx context.Context, id *big.Int) (*ProofRequest, error) {
	out, err := l.call(ctx, l.Contract, l.pc.PackRequests(id))
	if err != nil {
		return nil, fmt.Errorf("requests: %w", err)
	}
	o, err := l.pc.UnpackRequests(out)
	if err != nil {
		return nil, err
	}
	return &ProofRequest{ID: id, Deadline: o.Deadline.Uint64(), Bond: o.Bond, Status: o.Status}, nil
}
