package operator

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/avlplasma/avlplasma/contracts/bindings"
)

// L1Client is what the operator needs from an L1 node: *ethclient.Client
// and the simulated backend's client both satisfy it.
type L1Client interface {
	bind.ContractBackend // CallContract, HeaderByNumber, FilterLogs, fees, nonces, SendTransaction
	bind.DeployBackend   // TransactionReceipt
	ChainID(ctx context.Context) (*big.Int, error)
}

// l1 wraps the client with per-call timeouts, the contract's ABI and one
// transaction sender (so the publisher and the follower never race on the
// operator's nonce).
type l1 struct {
	c           L1Client
	contract    common.Address
	pc          *bindings.PlasmaChain
	auth        *bind.TransactOpts
	deployBlock uint64
	timeout     time.Duration // each RPC call
	receipt     time.Duration // wait for a receipt before bumping fees
	log         zerolog.Logger

	sendMu sync.Mutex
}

func (l *l1) ctx(parent context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(parent, l.timeout)
}

func (l *l1) head(ctx context.Context) (*types.Header, error) {
	c, cancel := l.ctx(ctx)
	defer cancel()
	return l.c.HeaderByNumber(c, nil)
}

func (l *l1) headerAt(ctx context.Context, n uint64) (*types.Header, error) {
	c, cancel := l.ctx(ctx)
	defer cancel()
	return l.c.HeaderByNumber(c, new(big.Int).SetUint64(n))
}

// call runs a view at block (nil = latest).
func (l *l1) call(ctx context.Context, data []byte, block *big.Int) ([]byte, error) {
	c, cancel := l.ctx(ctx)
	defer cancel()
	return l.c.CallContract(c, ethereum.CallMsg{From: l.auth.From, To: &l.contract, Data: data}, block)
}

func view[T any](ctx context.Context, l *l1, data []byte, unpack func([]byte) (T, error)) (T, error) {
	out, err := l.call(ctx, data, nil)
	if err != nil {
		var zero T
		return zero, err
	}
	return unpack(out)
}

func (l *l1) filter(ctx context.Context, from, to uint64, topics [][]common.Hash) ([]types.Log, error) {
	c, cancel := l.ctx(ctx)
	defer cancel()
	return l.c.FilterLogs(c, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{l.contract}, Topics: topics,
	})
}

// errReverted marks a dry run or a mined transaction that reverted: the
// action is no longer valid (someone else did it, or the state moved on).
var errReverted = errors.New("reverted")

// send dry-runs data against the contract, then sends it from the operator
// with EIP-1559 fees and waits for the receipt; a transaction not mined
// within the receipt timeout is replaced (same nonce) with fees raised by a
// quarter, up to four times. A revert (dry run or mined) wraps errReverted.
func (l *l1) send(ctx context.Context, what string, data []byte, value *big.Int) (*types.Receipt, error) {
	l.sendMu.Lock()
	defer l.sendMu.Unlock()
	msg := ethereum.CallMsg{From: l.auth.From, To: &l.contract, Data: data, Value: value}
	c, cancel := l.ctx(ctx)
	_, err := l.c.CallContract(c, msg, nil)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("%s: dry run: %w: %v", what, errReverted, err)
	}
	c, cancel = l.ctx(ctx)
	gas, err := l.c.EstimateGas(c, msg)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("%s: estimate gas: %w: %v", what, errReverted, err)
	}
	gas += gas / 4 // estimates under state-gas rules come out short
	c, cancel = l.ctx(ctx)
	nonce, err := l.c.PendingNonceAt(c, l.auth.From)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("%s: nonce: %w", what, err)
	}
	c, cancel = l.ctx(ctx)
	tip, err := l.c.SuggestGasTipCap(c)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("%s: tip: %w", what, err)
	}
	head, err := l.head(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: head: %w", what, err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	if value == nil {
		value = new(big.Int)
	}
	chainID, err := l.c.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: chain id: %w", what, err)
	}
	var sent []common.Hash
	for attempt := 0; attempt < 5; attempt++ {
		tx, err := l.auth.Signer(l.auth.From, types.NewTx(&types.DynamicFeeTx{
			ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas,
			To: &l.contract, Value: value, Data: data,
		}))
		if err != nil {
			return nil, fmt.Errorf("%s: sign: %w", what, err)
		}
		c, cancel = l.ctx(ctx)
		err = l.c.SendTransaction(c, tx)
		cancel()
		if err != nil && len(sent) == 0 {
			return nil, fmt.Errorf("%s: send: %w", what, err)
		}
		if err == nil {
			sent = append(sent, tx.Hash())
			l.log.Debug().Str("tx", tx.Hash().Hex()).Str("what", what).Uint64("nonce", nonce).Msg("sent")
		}
		if r, err := l.waitAny(ctx, sent); r != nil || err != nil {
			if err != nil {
				return nil, fmt.Errorf("%s: %w", what, err)
			}
			if r.Status != types.ReceiptStatusSuccessful {
				return r, fmt.Errorf("%s: tx %s: %w", what, r.TxHash.Hex(), errReverted)
			}
			return r, nil
		}
		// Not mined in time: replace with fees a quarter higher (nodes
		// want at least 10% more to replace).
		tip = new(big.Int).Add(tip, new(big.Int).Add(new(big.Int).Div(tip, big.NewInt(4)), big.NewInt(1)))
		feeCap = new(big.Int).Add(feeCap, new(big.Int).Add(new(big.Int).Div(feeCap, big.NewInt(4)), big.NewInt(1)))
		l.log.Warn().Str("what", what).Uint64("nonce", nonce).Str("fee_cap", feeCap.String()).Msg("transaction not mined in time; bumping fees")
	}
	return nil, fmt.Errorf("%s: not mined after fee bumps", what)
}

// waitAny polls the receipts of every version of one transaction until one
// is mined (r), the receipt timeout passes (nil, nil) or ctx ends (err).
func (l *l1) waitAny(ctx context.Context, hashes []common.Hash) (*types.Receipt, error) {
	deadline := time.Now().Add(l.receipt)
	for {
		for _, h := range hashes {
			c, cancel := l.ctx(ctx)
			r, err := l.c.TransactionReceipt(c, h)
			cancel()
			if err == nil && r != nil {
				return r, nil
			}
		}
		if time.Now().After(deadline) {
			return nil, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}
