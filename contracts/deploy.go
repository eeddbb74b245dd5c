package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/avlplasma/avlplasma/contracts/bindings"
)

// Params are every deployment parameter of PlasmaChain (PROTOCOL §4, §6,
// §8). Times are in seconds, bonds in wei. Heartbeat is the operator's and is
// not stored on chain; it travels in the deployment file so the operator and
// watchers agree on it.
type Params struct {
	Operator        common.Address `json:"operator"`
	ChallengePeriod uint64         `json:"challengePeriod"`
	ExitBond        *big.Int       `json:"exitBond"`
	ChallengeReward *big.Int       `json:"challengeReward"`
	MinRequestBond  *big.Int       `json:"minRequestBond"`
	AnswerGas       uint64         `json:"answerGas"`
	ResponseWindow  uint64         `json:"responseWindow"`
	RequestMaxAge   uint64         `json:"requestMaxAge"`
	MaxCommitGap    uint64         `json:"maxCommitGap"`
	OpsTimeout      uint64         `json:"opsTimeout"`
	MaxSealLag      uint64         `json:"maxSealLag"`
	OpsRing         uint64         `json:"opsRing"`
	Heartbeat       uint64         `json:"heartbeat"`
}

// Freeze reasons of PlasmaChain.freeze (PROTOCOL §8).
const (
	FreezeCommitGap  uint8 = 1 // id: a token with liabilities; no commit for maxCommitGap
	FreezeOpsTimeout uint8 = 2 // id: an operation index left uncovered past opsTimeout
	FreezeRequest    uint8 = 3 // id: a proof request unanswered past its deadline
)

// DefaultOpsRing is how many recent operations the contract keeps the hash
// and time of: commits must name a cursor among them. 65,536 operations cost
// over 3·10^9 gas, far more than fits between an operator's sealing and its
// commit, so nobody can push a sealed block's cursor out of the window.
const DefaultOpsRing = 1 << 16

// MaxChallengePeriod is the longest challenge period the contract accepts
// (its exit times are 32-bit offsets from deployment).
const MaxChallengePeriod = 365 * 24 * 3600

// Gas figures the default bonds derive from, measured by `plasmad gas`
// under Osaka rules (today's mainnet) with proofs from a 1,000,000-account
// ledger, rounded up (see MeasureGas in gas.go).
const (
	// GasChallengeExit bounds challengeExit (measured 90,352).
	GasChallengeExit = 100_000
	// GasAnswerAbsent bounds answerProof with a non-membership proof (two
	// 20-step paths; measured 115,458): the costlier answer, so it is answerGas.
	GasAnswerAbsent = 120_000
	// DefaultBondGasPrice is the gas price the default bonds are sized for
	// (100 gwei, a congested mainnet).
	DefaultBondGasPrice = 100_000_000_000
)

// DefaultDevParams are the parameters of a dev chain: periods in tens of
// seconds so tests and demos can watch an exit mature, bonds derived from
// measured gas:
//
//   - challengeReward = 2 × GasChallengeExit × DefaultBondGasPrice: a
//     challenger is paid twice its gas at a congested price;
//   - exitBond = 2 × challengeReward, so a challenged exit still returns
//     half its bond and an unchallenged one all of it;
//   - answerGas = GasAnswerAbsent and minRequestBond = 2 × answerGas ×
//     DefaultBondGasPrice (the contract also asks 2 × answerGas × basefee
//     when that is higher).
func DefaultDevParams(operator common.Address) Params {
	reward := new(big.Int).Mul(big.NewInt(2*GasChallengeExit), big.NewInt(DefaultBondGasPrice))
	return Params{
		Operator:        operator,
		ChallengePeriod: 60,
		ExitBond:        new(big.Int).Mul(reward, big.NewInt(2)),
		ChallengeReward: reward,
		MinRequestBond:  new(big.Int).Mul(big.NewInt(2*GasAnswerAbsent), big.NewInt(DefaultBondGasPrice)),
		AnswerGas:       GasAnswerAbsent,
		ResponseWindow:  20,
		RequestMaxAge:   120,
		MaxCommitGap:    40,
		OpsTimeout:      20,
		MaxSealLag:      15,
		OpsRing:         DefaultOpsRing,
		Heartbeat:       10,
	}
}

// DefaultPublicParams are the parameters suggested for a public chain:
// a 7-day challenge period, days for the response window, ops timeout and
// commit gap, the same gas-derived bonds as DefaultDevParams.
func DefaultPublicParams(operator common.Address) Params {
	p := DefaultDevParams(operator)
	const day = 24 * 3600
	p.ChallengePeriod = 7 * day
	p.ResponseWindow = 2 * day
	p.RequestMaxAge = 14 * day
	p.MaxCommitGap = 2 * day
	p.OpsTimeout = 2 * day
	p.MaxSealLag = 15 * 60
	p.Heartbeat = p.MaxCommitGap / 4
	return p
}

// Check enforces the relations between the parameters: the ones the
// contract's constructor enforces (so a deployment that passes Check does
// not revert on them) and the operator's heartbeat.
func (p Params) Check() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if p.Operator == (common.Address{}) {
		bad("operator is the zero address")
	}
	if p.ChallengePeriod == 0 || p.ChallengePeriod > MaxChallengePeriod {
		bad("challengePeriod %d s must be in 1..%d", p.ChallengePeriod, MaxChallengePeriod)
	}
	for _, b := range []struct {
		name string
		v    *big.Int
	}{{"exitBond", p.ExitBond}, {"challengeReward", p.ChallengeReward}, {"minRequestBond", p.MinRequestBond}} {
		if b.v == nil || b.v.Sign() < 0 || b.v.BitLen() > 256 {
			bad("%s must be a uint256", b.name)
		}
	}
	if len(errs) == 0 {
		if p.ChallengeReward.Cmp(p.ExitBond) > 0 {
			bad("challengeReward %s exceeds exitBond %s", p.ChallengeReward, p.ExitBond)
		}
		if p.MinRequestBond.Sign() == 0 {
			bad("minRequestBond must be positive (a free request flood costs the operator gas)")
		}
	}
	if p.AnswerGas == 0 {
		bad("answerGas must be positive")
	}
	if p.ResponseWindow == 0 || p.ResponseWindow > p.ChallengePeriod/2 {
		bad("responseWindow %d s must be in 1..challengePeriod/2 (%d)", p.ResponseWindow, p.ChallengePeriod/2)
	}
	if p.OpsTimeout == 0 || p.OpsTimeout > p.ChallengePeriod/2 {
		bad("opsTimeout %d s must be in 1..challengePeriod/2 (%d)", p.OpsTimeout, p.ChallengePeriod/2)
	}
	if p.MaxSealLag == 0 || p.MaxSealLag > p.ChallengePeriod {
		bad("maxSealLag %d s must be in 1..challengePeriod (%d)", p.MaxSealLag, p.ChallengePeriod)
	}
	if p.MaxCommitGap == 0 || p.MaxCommitGap > p.RequestMaxAge {
		bad("maxCommitGap %d s must be in 1..requestMaxAge (%d)", p.MaxCommitGap, p.RequestMaxAge)
	}
	if p.RequestMaxAge > 4*p.ChallengePeriod {
		bad("requestMaxAge %d s exceeds 4 × challengePeriod", p.RequestMaxAge)
	}
	if p.OpsRing < 8 || p.OpsRing > 1<<32 || p.OpsRing&(p.OpsRing-1) != 0 {
		bad("opsRing %d must be a power of two in 8..2^32", p.OpsRing)
	}
	if p.Heartbeat == 0 || p.Heartbeat >= p.MaxCommitGap {
		bad("heartbeat %d s must be in 1..maxCommitGap-1 (%d)", p.Heartbeat, p.MaxCommitGap-1)
	}
	return errors.Join(errs...)
}

// Config converts p to the constructor's argument.
func (p Params) Config() bindings.PlasmaChainConfig {
	return bindings.PlasmaChainConfig{
		Operator:        p.Operator,
		ChallengePeriod: p.ChallengePeriod,
		ExitBond:        new(big.Int).Set(p.ExitBond),
		ChallengeReward: new(big.Int).Set(p.ChallengeReward),
		MinRequestBond:  new(big.Int).Set(p.MinRequestBond),
		AnswerGas:       p.AnswerGas,
		ResponseWindow:  p.ResponseWindow,
		RequestMaxAge:   p.RequestMaxAge,
		MaxCommitGap:    p.MaxCommitGap,
		OpsTimeout:      p.OpsTimeout,
		MaxSealLag:      p.MaxSealLag,
		OpsRing:         p.OpsRing,
	}
}

// Deployment is what a deployment file records: where the contract is, from
// which L1 block followers start, and the parameters it was built with.
type Deployment struct {
	ChainID     *big.Int       `json:"chainId"`
	PlasmaChain common.Address `json:"plasmaChain"`
	Block       uint64         `json:"block"`      // L1 block of the deployment (followers start here)
	Tx          common.Hash    `json:"tx"`         // the deployment transaction
	DeployTime  uint64         `json:"deployTime"` // L1 timestamp: block 0's committedAt
	Params      Params         `json:"params"`
}

// Backend is what Deploy needs from an L1 client.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// SendDeploy checks p and sends the deployment transaction without waiting.
func SendDeploy(backend bind.ContractBackend, auth *bind.TransactOpts, p Params) (common.Address, *types.Transaction, error) {
	if err := p.Check(); err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy: %w", err)
	}
	pc := bindings.NewPlasmaChain()
	code := common.FromHex(bindings.PlasmaChainMetaData.Bin)
	input := pc.PackConstructor(p.Config())
	if auth.GasLimit == 0 {
		// Estimates under the next fork's state-gas rules (the simulated
		// backend's and geth --dev's default) come out slightly short for
		// creations: leave a margin.
		ctx := auth.Context
		if ctx == nil {
			ctx = context.Background()
		}
		est, err := backend.EstimateGas(ctx, ethereum.CallMsg{From: auth.From, Data: append(slices.Clone(code), input...)})
		if err != nil {
			return common.Address{}, nil, fmt.Errorf("deploy PlasmaChain: estimate gas: %w", err)
		}
		opts := *auth
		opts.GasLimit = GasWithMargin(est)
		auth = &opts
	}
	addr, tx, err := bind.DeployContract(auth, code, backend, input)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy PlasmaChain: %w", err)
	}
	return addr, tx, nil
}

// Deploy deploys PlasmaChain with p, waits until the transaction is mined
// and returns the deployment record. Someone must be producing L1 blocks.
func Deploy(ctx context.Context, backend Backend, auth *bind.TransactOpts, p Params) (*Deployment, error) {
	_, tx, err := SendDeploy(backend, auth, p)
	if err != nil {
		return nil, err
	}
	receipt, err := bind.WaitMined(ctx, backend, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("deploy PlasmaChain: wait for %s: %w", tx.Hash(), err)
	}
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("deploy PlasmaChain: chain id: %w", err)
	}
	return NewDeployment(ctx, backend, chainID, receipt, p)
}

// NewDeployment builds the record from a mined deployment receipt.
func NewDeployment(ctx context.Context, backend bind.ContractBackend, chainID *big.Int, receipt *types.Receipt, p Params) (*Deployment, error) {
	if receipt.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("deploy PlasmaChain: transaction %s reverted", receipt.TxHash)
	}
	head, err := backend.HeaderByNumber(ctx, receipt.BlockNumber)
	if err != nil {
		return nil, fmt.Errorf("deploy PlasmaChain: header of block %s: %w", receipt.BlockNumber, err)
	}
	return &Deployment{
		ChainID:     new(big.Int).Set(chainID),
		PlasmaChain: receipt.ContractAddress,
		Block:       receipt.BlockNumber.Uint64(),
		Tx:          receipt.TxHash,
		DeployTime:  head.Time,
		Params:      p,
	}, nil
}

// GasWithMargin is the gas limit to send with an estimate: a quarter more,
// plus 20,000. Under the state-gas rules of the fork after Osaka the
// simulated backend's estimates are slightly short.
func GasWithMargin(estimate uint64) uint64 { return estimate + estimate/4 + 20_000 }
