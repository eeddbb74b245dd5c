package siml1

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/avlplasma/avlplasma/contracts/bindings"
)

// DevKeys are the private keys of the first ten accounts of the mnemonic
// "test test test test test test test test test test test junk" at
// m/44'/60'/0'/0/i — the accounts Hardhat, Anvil and many wallets preload.
var DevKeys = [10]string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
	"8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
	"92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
	"4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
	"dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
	"2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
}

// DevBalance is what each dev account holds at genesis: 10,000 ETH.
var DevBalance = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))

// DevKey returns dev key i (0..9).
func DevKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(DevKeys[i])
	if err != nil {
		panic(err) // constants
	}
	return k
}

type config struct {
	osaka    bool
	gasLimit uint64
	alloc    types.GenesisAlloc
	http     string
	httpPort int
	abis     []*abi.ABI
}

// Option configures a Chain.
type Option func(*config)

// Osaka runs the chain under Osaka rules: the dev genesis config with the
// next fork (Bogota, with its state-gas metering) switched off, so gas numbers
// match today's mainnet. Without it the chain runs every fork go-ethereum
// knows, like `geth --dev`.
func Osaka() Option { return func(c *config) { c.osaka = true } }

// WithBlockGasLimit sets the genesis and target block gas limit.
func WithBlockGasLimit(gas uint64) Option { return func(c *config) { c.gasLimit = gas } }

// WithBalance funds addr at genesis (in addition to the dev accounts).
func WithBalance(addr common.Address, wei *big.Int) Option {
	return func(c *config) { c.alloc[addr] = types.Account{Balance: new(big.Int).Set(wei)} }
}

// WithHTTP serves the eth, net and web3 JSON-RPC namespaces on host:port
// (e.g. for wallets talking to a dev chain); see Chain.HTTPEndpoint. The
// port must be given (1–65535): the simulated backend does not tell which
// port it would pick for 0, so Open refuses it.
func WithHTTP(host string, port int) Option {
	return func(c *config) { c.http, c.httpPort = host, port }
}

// WithABIs adds ABIs whose custom errors Chain decodes in reverts, in
// addition to every contract of package bindings.
func WithABIs(abis ...*abi.ABI) Option { return func(c *config) { c.abis = append(c.abis, abis...) } }

// Chain is an in-process L1 (go-ethereum's simulated backend) with the ten dev
// accounts funded. Blocks are produced only by Commit, AdjustTime and the
// helpers that say they commit (or by MineEvery). Methods are safe for
// concurrent use.
type Chain struct {
	Backend *simulated.Backend
	Client  simulated.Client
	ChainID *big.Int
	Config  *params.ChainConfig
	Keys    []*ecdsa.PrivateKey // DevKeys, parsed
	Addrs   []common.Address    // addresses of Keys

	mu       sync.Mutex // serialises block production and nonce assignment
	abis     []*abi.ABI
	endpoint string
}

// New starts a Chain for a test and closes it when the test ends.
func New(t testing.TB, opts ...Option) *Chain {
	t.Helper()
	c, err := Open(opts...)
	if err != nil {
		t.Fatalf("siml1: %v", err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// Open starts a Chain; the caller must Close it.
func Open(opts ...Option) (c *Chain, err error) {
	cfg := config{alloc: types.GenesisAlloc{}}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.http != "" && (cfg.httpPort < 1 || cfg.httpPort > 65535) {
		return nil, fmt.Errorf("siml1: JSON-RPC port %d: give a port from 1 to 65535", cfg.httpPort)
	}
	c = &Chain{}
	for i := range DevKeys {
		k := DevKey(i)
		c.Keys = append(c.Keys, k)
		c.Addrs = append(c.Addrs, crypto.PubkeyToAddress(k.PublicKey))
		if _, ok := cfg.alloc[c.Addrs[i]]; !ok {
			cfg.alloc[c.Addrs[i]] = types.Account{Balance: new(big.Int).Set(DevBalance)}
		}
	}
	chainCfg := *params.AllDevChainProtocolChanges
	if cfg.osaka {
		chainCfg.BogotaTime = nil
	}
	c.Config = &chainCfg
	options := []func(*node.Config, *ethconfig.Config){
		func(_ *node.Config, ec *ethconfig.Config) { ec.Genesis.Config = &chainCfg },
	}
	if cfg.gasLimit != 0 {
		options = append(options, simulated.WithBlockGasLimit(cfg.gasLimit))
	}
	if cfg.http != "" {
		options = append(options, func(nc *node.Config, _ *ethconfig.Config) {
			nc.HTTPHost, nc.HTTPPort = cfg.http, cfg.httpPort
			nc.HTTPModules = []string{"eth", "net", "web3"}
			nc.HTTPCors = []string{"*"}
			nc.HTTPVirtualHosts = []string{"*"}
		})
		c.endpoint = fmt.Sprintf("http://%s:%d", cfg.http, cfg.httpPort)
	}
	// NewBackend panics where it could have returned an error (e.g. a busy port).
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("start simulated backend: %v", r)
		}
	}()
	c.Backend = simulated.NewBackend(cfg.alloc, options...)
	c.Client = c.Backend.Client()
	c.ChainID = new(big.Int).Set(chainCfg.ChainID)
	for _, name := range slices.Sorted(maps.Keys(bindings.All)) {
		a, err := bindings.All[name].ParseABI()
		if err != nil {
			_ = c.Backend.Close()
			return nil, fmt.Errorf("binding %s: %w", name, err)
		}
		c.abis = append(c.abis, a)
	}
	c.abis = append(c.abis, cfg.abis...)
	return c, nil
}

// Close stops the chain.
func (c *Chain) Close() error { return c.Backend.Close() }

// HTTPEndpoint is the JSON-RPC URL given by WithHTTP, or "".
func (c *Chain) HTTPEndpoint() string { return c.endpoint }

// TransactOpts returns signing options for key (gas estimated, fees from
// the node, as abigen bindings expect).
func (c *Chain) TransactOpts(key *ecdsa.PrivateKey) *bind.TransactOpts {
	return bind.NewKeyedTransactor(key, c.ChainID)
}

// Commit seals the pending transactions into a new block and returns its hash.
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Backend.Commit()
}

// AdjustTime seals an empty block whose timestamp is the previous block's plus
// d (whole seconds). Later blocks take max(wall clock, previous + 1), so time
// never goes back. Fails when transactions are pending.
func (c *Chain) AdjustTime(d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Backend.AdjustTime(d)
}

// MineEvery commits a block every interval until ctx ends (for a dev chain
// that wallets use without knowing about Commit). End ctx before Close.
func (c *Chain) MineEvery(ctx context.Context, interval time.Duration) {
	go func() {
		tk := time.NewTicker(interval)
		defer tk.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tk.C:
				c.Commit()
			}
		}
	}()
}

// Head returns the newest block header.
func (c *Chain) Head(ctx context.Context) (*types.Header, error) {
	return c.Client.HeaderByNumber(ctx, nil)
}

// Now returns the newest block's timestamp.
func (c *Chain) Now(ctx context.Context) (uint64, error) {
	h, err := c.Head(ctx)
	if err != nil {
		return 0, err
	}
	return h.Time, nil
}

// Balance returns addr's ETH balance at the newest block.
func (c *Chain) Balance(ctx context.Context, addr common.Address) (*big.Int, error) {
	return c.Client.BalanceAt(ctx, addr, nil)
}

// Tx describes a transaction for Send and Transact. To nil deploys Data.
type Tx struct {
	To    *common.Address
	Value *big.Int
	Data  []byte
	Gas   uint64 // 0 = estimate (a revert then fails before sending)
}

// Send signs and submits tx from key without committing a block. Gas is
// estimated unless tx.Gas is set; an estimate that reverts returns the
// decoded revert as a *RevertError.
func (c *Chain) Send(ctx context.Context, key *ecdsa.PrivateKey, tx Tx) (*types.Transaction, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.send(ctx, key, tx)
}

func (c *Chain) send(ctx context.Context, key *ecdsa.PrivateKey, tx Tx) (*types.Transaction, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, err
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip, err := c.Client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, err
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	value := tx.Value
	if value == nil {
		value = new(big.Int)
	}
	gas := tx.Gas
	if gas == 0 {
		gas, err = c.Client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: tx.To, Value: value, Data: tx.Data})
		if err != nil {
			return nil, c.wrapErr("estimate gas", err)
		}
	}
	signed, err := types.SignNewTx(key, types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{
		ChainID: c.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas,
		To: tx.To, Value: value, Data: tx.Data,
	})
	if err != nil {
		return nil, err
	}
	if err := c.Client.SendTransaction(ctx, signed); err != nil {
		return nil, err
	}
	return signed, nil
}

// Transact sends tx from key, commits a block and returns the receipt. A
// transaction that reverts (at estimation, or mined with status 0 when
// tx.Gas was given) returns a *RevertError naming the custom error, reason or
// panic; the receipt is returned too when the transaction was mined.
func (c *Chain) Transact(ctx context.Context, key *ecdsa.PrivateKey, tx Tx) (*types.Receipt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	signed, err := c.send(ctx, key, tx)
	if err != nil {
		return nil, err
	}
	c.Backend.Commit()
	return c.receipt(ctx, signed)
}

// Mine commits a block and returns the receipt of each given transaction (sent
// earlier, e.g. through abigen bindings with TransactOpts), failing like
// Transact on the first that reverted.
func (c *Chain) Mine(ctx context.Context, txs ...*types.Transaction) ([]*types.Receipt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.Backend.Commit()
	out := make([]*types.Receipt, 0, len(txs))
	for _, tx := range txs {
		r, err := c.receipt(ctx, tx)
		out = append(out, r)
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

// Deploy deploys bytecode (e.g. bindings.XMetaData.Bin) with the packed
// constructor arguments, commits, and returns the contract address.
func (c *Chain) Deploy(ctx context.Context, key *ecdsa.PrivateKey, meta *bind.MetaData, ctorArgs []byte) (common.Address, *types.Receipt, error) {
	code := common.FromHex(meta.Bin)
	if len(code) == 0 {
		return common.Address{}, nil, fmt.Errorf("siml1: %s has no bytecode", meta.ID)
	}
	r, err := c.Transact(ctx, key, Tx{Data: append(code, ctorArgs...)})
	if err != nil {
		return common.Address{}, r, err
	}
	return r.ContractAddress, r, nil
}

// Call runs an eth_call from `from` at the newest block; a revert returns a
// *RevertError.
func (c *Chain) Call(ctx context.Context, from common.Address, to common.Address, data []byte) ([]byte, error) {
	out, err := c.Client.CallContract(ctx, ethereum.CallMsg{From: from, To: &to, Data: data}, nil)
	if err != nil {
		return nil, c.wrapErr("call", err)
	}
	return out, nil
}

func (c *Chain) receipt(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	r, err := c.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("receipt of %s: %w", tx.Hash(), err)
	}
	if r.Status == types.ReceiptStatusSuccessful {
		return r, nil
	}
	// Replay on the parent state to learn why it failed. Exact when the
	// transaction was first in its block, which Transact guarantees.
	from, err := types.Sender(types.LatestSignerForChainID(c.ChainID), tx)
	if err != nil {
		return r, err
	}
	parent := new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
	_, callErr := c.Client.CallContract(ctx, ethereum.CallMsg{
		From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data(),
	}, parent)
	if callErr != nil {
		return r, c.wrapErr(fmt.Sprintf("tx %s reverted", tx.Hash()), callErr)
	}
	return r, &RevertError{Reason: fmt.Sprintf("tx %s failed (gas used %d of %d)", tx.Hash(), r.GasUsed, tx.Gas())}
}

func (c *Chain) wrapErr(what string, err error) error {
	if data, ok := RevertData(err); ok {
		re := DecodeRevert(data, c.abis...)
		re.Op = what
		return re
	}
	return fmt.Errorf("%s: %w", what, err)
}

// DecodeRevert decodes revert data using the given ABIs (or the registered
// ones through Chain.DecodeRevert).
func (c *Chain) DecodeRevert(data []byte) *RevertError { return DecodeRevert(data, c.abis...) }

// RevertError is a reverted call or transaction, decoded.
type RevertError struct {
	Op     string // what was attempted ("estimate gas", "call", ...)
	Data   []byte // raw revert data
	Name   string // custom error name ("InvalidProof"), "Error" for require strings, "Panic"
	Args   []any  // the custom error's arguments
	Reason string // require message, panic description, or a note when undecodable
}

func (e *RevertError) Error() string {
	var s string
	switch {
	case e.Name != "" && e.Name != "Error" && e.Name != "Panic":
		s = fmt.Sprintf("reverted: %s%v", e.Name, e.Args)
	case e.Reason != "":
		s = "reverted: " + e.Reason
	case len(e.Data) == 0:
		s = "reverted without data"
	default:
		s = fmt.Sprintf("reverted: unknown error 0x%x", e.Data)
	}
	if e.Op != "" {
		s = e.Op + ": " + s
	}
	return s
}

// IsRevert reports whether err is a revert with the custom error name (or
// "Error"/"Panic").
func IsRevert(err error, name string) bool {
	var re *RevertError
	return errors.As(err, &re) && re.Name == name
}

// RevertData extracts the revert data an RPC error carries.
func RevertData(err error) ([]byte, bool) {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return nil, false
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, decErr := hexutil.Decode(d)
		return b, decErr == nil
	case []byte:
		return d, true
	}
	return nil, false
}

// DecodeRevert decodes revert data: Error(string), Panic(uint256), or a
// custom error of one of abis.
func DecodeRevert(data []byte, abis ...*abi.ABI) *RevertError {
	re := &RevertError{Data: data}
	if len(data) < 4 {
		return re
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		re.Reason = reason
		if common.Bytes2Hex(data[:4]) == "4e487b71" {
			re.Name = "Panic"
		} else {
			re.Name = "Error"
		}
		return re
	}
	var sel [4]byte
	copy(sel[:], data)
	for _, a := range abis {
		e, err := a.ErrorByID(sel)
		if err != nil {
			continue
		}
		re.Name = e.Name
		if args, err := e.Inputs.Unpack(data[4:]); err == nil {
			re.Args = args
		} else {
			re.Reason = "undecodable arguments: " + err.Error()
		}
		return re
	}
	return re
}
