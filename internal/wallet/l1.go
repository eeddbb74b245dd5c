package wallet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/avlplasma/avlplasma/contracts"
	"github.com/avlplasma/avlplasma/contracts/bindings"
)

// L1Backend is what the wallet needs of an L1 node (ethclient.Client and
// the simulated backend's client both are one).
type L1Backend interface {
	ethereum.ChainReader
	ethereum.ChainStateReader
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.GasPricer
	ethereum.GasPricer1559
	ethereum.PendingStateReader
	ethereum.TransactionSender
	ethereum.TransactionReader
	ethereum.LogFilterer
	ChainID(ctx context.Context) (*big.Int, error)
}

// L1 makes the user's calls on PlasmaChain.
type L1 struct {
	Backend  L1Backend
	Contract common.Address
	// Progress, when set, hears "waiting for L1 confirmation…" style notes.
	Progress func(msg string)
	// Poll is how often receipts are polled (default 500 ms).
	Poll time.Duration

	pc  *bindings.PlasmaChain
	erc *bindings.TestERC20
}

// NewL1 returns the PlasmaChain caller at contract.
func NewL1(b L1Backend, contract common.Address) *L1 {
	return &L1{Backend: b, Contract: contract, pc: bindings.NewPlasmaChain(), erc: bindings.NewTestERC20()}
}

func (l *L1) note(format string, args ...any) {
	if l.Progress != nil {
		l.Progress(fmt.Sprintf(format, args...))
	}
}

// RevertError is a transaction or call PlasmaChain (or a token) refused.
type RevertError struct {
	What   string // the call
	Reason string // custom error name and arguments, or the node's message
}

func (e *RevertError) Error() string { return e.What + " reverted: " + e.Reason }

// decodeRevert names the custom error in err's revert data when it is one
// of PlasmaChain's or the ERC-20's.
func (l *L1) decodeRevert(what string, err error) error {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return fmt.Errorf("%s: %w", what, err)
	}
	s, _ := de.ErrorData().(string)
	data := common.FromHex(s)
	if len(data) >= 4 {
		for _, a := range []abi.ABI{l.pc.GetABI(), l.erc.GetABI()} {
			for name, e := range a.Errors {
				if string(e.ID[:4]) == string(data[:4]) {
					args, uerr := e.Inputs.Unpack(data[4:])
					if uerr == nil && len(args) > 0 {
						return &RevertError{What: what, Reason: fmt.Sprintf("%s%v", name, args)}
					}
					return &RevertError{What: what, Reason: name}
				}
			}
		}
	}
	return &RevertError{What: what, Reason: err.Error()}
}

// Send signs and sends a call from key to to, with the gas estimate padded
// by contracts.GasWithMargin (dev-chain estimates run short), and waits for
// a successful receipt.
func (l *L1) Send(ctx context.Context, key *ecdsa.PrivateKey, what string, to common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	if value == nil {
		value = new(big.Int)
	}
	msg := ethereum.CallMsg{From: from, To: &to, Value: value, Data: data}
	est, err := l.Backend.EstimateGas(ctx, msg)
	if err != nil {
		return nil, l.decodeRevert(what, err)
	}
	chainID, err := l.Backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: L1 chain id: %w", what, err)
	}
	nonce, err := l.Backend.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("%s: nonce: %w", what, err)
	}
	head, err := l.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: L1 head: %w", what, err)
	}
	tip, err := l.Backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: gas tip: %w", what, err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: contracts.GasWithMargin(est),
		To: &to, Value: value, Data: data,
	})
	if err != nil {
		return nil, err
	}
	if err := l.Backend.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("%s: send: %w", what, err)
	}
	l.note("%s: sent %s, waiting for L1 confirmation…", what, tx.Hash().Hex())
	return l.wait(ctx, what, tx)
}

func (l *L1) wait(ctx context.Context, what string, tx *types.Transaction) (*types.Receipt, error) {
	poll := l.Poll
	if poll == 0 {
		poll = 500 * time.Millisecond
	}
	for {
		r, err := l.Backend.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return r, &RevertError{What: what, Reason: "transaction " + tx.Hash().Hex() + " failed on L1"}
			}
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("%s: receipt of %s: %w", what, tx.Hash().Hex(), err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%s: no receipt for %s yet (%w); it may still be mined", what, tx.Hash().Hex(), ctx.Err())
		case <-time.After(poll):
		}
	}
}

func (l *L1) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	return l.Backend.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
}

// Deposit deposits amount wei of ETH (token zero) or of an ERC-20 (approve,
// then depositToken).
func (l *L1) Deposit(ctx context.Context, key *ecdsa.PrivateKey, token common.Address, amount *big.Int) (*types.Receipt, error) {
	if amount.Sign() <= 0 {
		return nil, errors.New("deposit: amount must be above 0")
	}
	if token == (common.Address{}) {
		return l.Send(ctx, key, "deposit", l.Contract, amount, l.pc.PackDeposit())
	}
	owner := crypto.PubkeyToAddress(key.PublicKey)
	out, err := l.call(ctx, token, l.erc.PackAllowance(owner, l.Contract))
	if err != nil {
		return nil, fmt.Errorf("deposit: allowance of %s: %w", token.Hex(), err)
	}
	allowance, err := l.erc.UnpackAllowance(out)
	if err != nil {
		return nil, fmt.Errorf("deposit: %s does not look like an ERC-20: %w", token.Hex(), err)
	}
	if allowance.Cmp(amount) < 0 {
		if _, err := l.Send(ctx, key, "approve", token, nil, l.erc.PackApprove(l.Contract, amount)); err != nil {
			return nil, err
		}
	}
	return l.Send(ctx, key, "depositToken", l.Contract, nil, l.pc.PackDepositToken(token, amount))
}

// ExitBond reads exitBond().
func (l *L1) ExitBond(ctx context.Context) (*big.Int, error) {
	out, err := l.call(ctx, l.Contract, l.pc.PackExitBond())
	if err != nil {
		return nil, fmt.Errorf("exitBond: %w", err)
	}
	return l.pc.UnpackExitBond(out)
}

// StartExit starts the exit the proof file proves, from key (the file's
// owner), paying exitBond(); an open exit of the leaf is replaced, its bond
// moving over to the new one (PROTOCOL §6). It needs only the L1 node.
func (l *L1) StartExit(ctx context.Context, key *ecdsa.PrivateKey, p *ProofFile) (*types.Receipt, error) {
	if from := crypto.PubkeyToAddress(key.PublicKey); from != p.Owner {
		return nil, fmt.Errorf("startExit: the proof is of %s, not of %s", p.Owner.Hex(), from.Hex())
	}
	args, err := p.ExitArgs()
	if err != nil {
		return nil, err
	}
	open, err := l.OpenExit(ctx, p.Owner, p.Token)
	if err != nil {
		return nil, err
	}
	bond := new(big.Int)
	if open.Open {
		l.note("replacing the open exit %s (its bond moves over)…", open.ID)
	} else if bond, err = l.ExitBond(ctx); err != nil {
		return nil, err
	}
	return l.Send(ctx, key, "startExit", l.Contract, bond, args.Calldata())
}

// ExitState is an open exit of a leaf.
type ExitState struct {
	Open       bool
	ID         *big.Int
	Nonce      uint64
	Amount     *big.Int
	ExitableAt uint64
	Now        uint64 // L1 head timestamp
}

// OpenExit reads openExit(owner, token) and its exitableAt.
func (l *L1) OpenExit(ctx context.Context, owner, token common.Address) (*ExitState, error) {
	out, err := l.call(ctx, l.Contract, l.pc.PackOpenExit(owner, token))
	if err != nil {
		return nil, fmt.Errorf("openExit: %w", err)
	}
	o, err := l.pc.UnpackOpenExit(out)
	if err != nil {
		return nil, fmt.Errorf("openExit: %w", err)
	}
	head, err := l.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	s := &ExitState{ID: o.ExitId, Nonce: o.Nonce, Amount: o.Amount, Now: head.Time}
	if o.ExitId == nil || o.ExitId.Sign() == 0 {
		return s, nil
	}
	s.Open = true
	out, err = l.call(ctx, l.Contract, l.pc.PackExitableAtOf(o.ExitId))
	if err != nil {
		return nil, fmt.Errorf("exitableAtOf: %w", err)
	}
	if s.ExitableAt, err = l.pc.UnpackExitableAtOf(out); err != nil {
		return nil, err
	}
	return s, nil
}

// FinalizeExits finalizes up to max mature exits of token.
func (l *L1) FinalizeExits(ctx context.Context, key *ecdsa.PrivateKey, token common.Address, max int64) (*types.Receipt, error) {
	return l.Send(ctx, key, "finalizeExits", l.Contract, nil, l.pc.PackFinalizeExits(token, big.NewInt(max)))
}

// Withdrawable reads withdrawable(owner, token).
func (l *L1) Withdrawable(ctx context.Context, owner, token common.Address) (*big.Int, error) {
	out, err := l.call(ctx, l.Contract, l.pc.PackWithdrawable(owner, token))
	if err != nil {
		return nil, fmt.Errorf("withdrawable: %w", err)
	}
	return l.pc.UnpackWithdrawable(out)
}

// Withdraw pays out what finalized exits left withdrawable.
func (l *L1) Withdraw(ctx context.Context, key *ecdsa.PrivateKey, token common.Address) (*types.Receipt, error) {
	return l.Send(ctx, key, "withdraw", l.Contract, nil, l.pc.PackWithdraw(token))
}

// WalletBalance is owner's own balance on L1 of ETH (token zero) or of an
// ERC-20, at the newest block.
func (l *L1) WalletBalance(ctx context.Context, owner, token common.Address) (*big.Int, error) {
	if token == (common.Address{}) {
		return l.Backend.BalanceAt(ctx, owner, nil)
	}
	out, err := l.call(ctx, token, l.erc.PackBalanceOf(owner))
	if err != nil {
		return nil, fmt.Errorf("balanceOf at %s: %w", token.Hex(), err)
	}
	return l.erc.UnpackBalanceOf(out)
}
