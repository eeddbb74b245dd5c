package operator

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
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
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
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
	m           *metrics

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

// maxSendAttempts bounds the versions of one transaction (the first and its
// fee-bumped replacements).
const maxSendAttempts = 5

// send dry-runs data against the contract, then sends it from the operator
// with EIP-1559 fees and waits for the receipt; a transaction not mined
// within the receipt timeout is replaced (same nonce) with fees raised by a
// quarter, up to maxSendAttempts versions in all. A revert (dry run or
// mined) wraps errReverted.
//
// The nonce is the operator's latest mined one, not the pending one: sends
// are serialised, so a transaction still pending at that nonce is one an
// earlier send gave up on or a previous run left behind, and this one
// replaces it (outbidding it if the node says it is underpriced) instead of
// queueing behind it.
func (l *l1) send(ctx context.Context, what string, data []byte, value *big.Int) (r *types.Receipt, err error) {
	l.sendMu.Lock()
	defer l.sendMu.Unlock()
	msg := ethereum.CallMsg{From: l.auth.From, To: &l.contract, Data: data, Value: value}
	c, cancel := l.ctx(ctx)
	_, err = l.c.CallContract(c, msg, nil)
	cancel()
	if err != nil {
		l.m.txs.WithLabelValues(what, "refused").Inc()
		return nil, fmt.Errorf("%s: dry run: %w: %v", what, errReverted, err)
	}
	c, cancel = l.ctx(ctx)
	gas, err := l.c.EstimateGas(c, msg)
	cancel()
	if err != nil {
		l.m.txs.WithLabelValues(what, "refused").Inc()
		return nil, fmt.Errorf("%s: estimate gas: %w: %v", what, errReverted, err)
	}
	gas += gas / 4 // estimates under state-gas rules come out short
	c, cancel = l.ctx(ctx)
	nonce, err := l.c.NonceAt(c, l.auth.From, nil)
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
	c, cancel = l.ctx(ctx)
	chainID, err := l.c.ChainID(c)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("%s: chain id: %w", what, err)
	}
	defer func() { l.m.sent(what, r) }()
	var sent []common.Hash
	for attempt := 0; attempt < maxSendAttempts; attempt++ {
		if attempt > 0 {
			// Replace with fees a quarter higher (nodes want at least 10%
			// more to replace).
			tip = new(big.Int).Add(tip, new(big.Int).Add(new(big.Int).Div(tip, big.NewInt(4)), big.NewInt(1)))
			feeCap = new(big.Int).Add(feeCap, new(big.Int).Add(new(big.Int).Div(feeCap, big.NewInt(4)), big.NewInt(1)))
			l.m.feeBumps.WithLabelValues(what).Inc()
			l.log.Warn().Str("what", what).Uint64("nonce", nonce).Str("fee_cap", feeCap.String()).Str("tip", tip.String()).
				Msg("bumping fees")
		}
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
		switch {
		case err == nil || strings.Contains(err.Error(), "already known"):
			sent = append(sent, tx.Hash())
			l.log.Debug().Str("tx", tx.Hash().Hex()).Str("what", what).Uint64("nonce", nonce).Msg("sent")
		case strings.Contains(err.Error(), "underpriced"):
			// Another transaction holds this nonce with higher fees:
			// outbid it at once rather than wait on nothing.
			if len(sent) == 0 {
				l.log.Warn().Err(err).Str("what", what).Uint64("nonce", nonce).Msg("nonce held by a pending transaction")
				continue
			}
		case len(sent) == 0:
			return nil, fmt.Errorf("%s: send: %w", what, err)
		default:
			// A replacement failed (e.g. an earlier version was mined
			// meanwhile): keep waiting on the versions sent.
			l.log.Debug().Err(err).Str("what", what).Msg("replacement not sent")
		}
		if len(sent) == 0 {
			continue
		}
		r, err := l.waitAny(ctx, sent)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		if r == nil {
			continue // not mined in time
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return r, fmt.Errorf("%s: tx %s: %w", what, r.TxHash.Hex(), errReverted)
		}
		return r, nil
	}
	return nil, fmt.Errorf("%s: not mined after %d fee bumps", what, maxSendAttempts-1)
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
