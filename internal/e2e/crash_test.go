package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/contracts"
	"github.com/avlplasma/avlplasma/contracts/bindings"
	plasmawallet "github.com/avlplasma/avlplasma/internal/wallet"
	"github.com/avlplasma/avlplasma/proofs"
)

// crashBudget bounds the crash test after the binaries are built.
const crashBudget = 150 * time.Second

// TestGethDevOperatorCrash kills `plasmad operator` with SIGKILL on a real
// geth --dev L1, which outlives it: first at a random moment of a load of
// signed transfers over HTTP (with a deposit landing just before), then
// twice while one of its commit transactions is pending on L1. After each
// restart on the same datadir every acknowledged transfer is in a block,
// every balance, nonce and spent equals a model built from the
// acknowledgements and L1 deposits, and the contract holds blocks 0..n
// exactly once each, equal to the operator's own.
//
// Skipped only when AVLPLASMA_SKIP_GETH_E2E=1, like TestGethDevEndToEnd.
func TestGethDevOperatorCrash(t *testing.T) {
	skipUnlessEnabled(t)
	bins := buildBinaries(t)
	ctx, cancel := context.WithTimeout(context.Background(), crashBudget)
	defer cancel()
	began := time.Now()
	dir := t.TempDir()
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, seed>>1))
	t.Logf("seed %d", seed)

	g := startGethDev(ctx, t, bins, dir)
	opKey := newKey(t)
	opAddr := crypto.PubkeyToAddress(opKey.PublicKey)
	users := make([]*ecdsa.PrivateKey, 4)
	fundings := map[common.Address]*big.Int{opAddr: new(big.Int).Mul(big.NewInt(100), eth)}
	for i := range users {
		users[i] = newKey(t)
		fundings[crypto.PubkeyToAddress(users[i].PublicKey)] = new(big.Int).Mul(big.NewInt(10), eth)
	}
	fundAll(ctx, t, g, fundings)
	opHex := hex.EncodeToString(crypto.FromECDSA(opKey))
	depFile := deploy(ctx, t, bins, dir, g.URL, opHex)
	var dep contracts.Deployment
	readJSON(t, depFile, &dep)

	c := &crashEnv{t: t, ctx: ctx, g: g, dep: dep, dom: proofs.Domain{ChainID: dep.ChainID, Contract: dep.PlasmaChain},
		pc: bindings.NewPlasmaChain(), op: opAddr, http: &http.Client{Timeout: 5 * time.Second},
		deposits: map[common.Address]*big.Int{}}
	apiAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	c.api = "http://" + apiAddr
	metricsAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	dataDir := filepath.Join(dir, "operator")
	run := 0
	start := func() *proc {
		run++
		p := startProc(t, fmt.Sprintf("plasmad operator (run %d)", run), bins.Plasmad, "operator",
			"--l1.rpc", g.URL, "--deployment", depFile, "--datadir", dataDir, "--private-key", opHex, "--dev",
			"--http.addr", apiAddr, "--confirmations", "0", "--block-time", "200ms", "--min-fee", "1000",
			"--metrics.addr", metricsAddr)
		c.waitReady()
		return p
	}
	for _, u := range users {
		c.senders = append(c.senders, &sender{key: u, addr: crypto.PubkeyToAddress(u.PublicKey), spent: new(big.Int)})
	}
	for i, s := range c.senders {
		s.to = c.senders[(i+1)%len(c.senders)].addr
		s.amount = big.NewInt(1_000_000_000 + int64(i))
	}

	op := start()
	var wg sync.WaitGroup
	for _, s := range c.senders {
		wg.Add(1)
		go func() { defer wg.Done(); c.deposit(s.key, new(big.Int).Mul(big.NewInt(5), eth)) }()
	}
	wg.Wait()
	c.waitModel("the first deposits")

	// 1. SIGKILL at a random moment of load, a deposit having just landed.
	stop := c.load()
	c.deposit(c.senders[0].key, eth)
	time.Sleep(time.Duration(rng.IntN(700)) * time.Millisecond)
	op.kill()
	stop()
	acked := c.ackedTotal()
	t.Logf("killed during load: %d transfers acknowledged so far", acked)
	if acked == 0 {
		t.Fatal("no transfer was acknowledged before the kill")
	}
	op = start()
	c.settle()
	c.waitModel("every acknowledged transfer and deposit after the restart")
	c.checkCommits()

	// 2. SIGKILL while a commit transaction is pending on L1, twice.
	for round := 1; round <= 2; round++ {
		stop = c.load()
		before := c.lastBlock()
		c.waitCommitPending()
		op.kill()
		stop()
		at := c.lastBlock()
		time.Sleep(1500 * time.Millisecond) // geth mines the orphaned commit
		t.Logf("round %d: killed with a commit pending (L1 lastBlock %d before the load, %d at the kill, %d a block later)",
			round, before, at, c.lastBlock())
		op = start()
		c.settle()
		c.waitModel(fmt.Sprintf("the model after commit crash %d", round))
		c.checkCommits()
	}
	// The last run's metrics agree with L1.
	r, err := c.http.Get("http://" + metricsAddr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(r.Body)
	r.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		fmt.Sprintf("\nplasma_publisher_committed_block %d\n", c.lastBlock()),
		"\nplasma_follower_last_sync_timestamp_seconds ",
		"\nplasma_sequencer_blocks_sealed_total ",
		"\ngo_goroutines ",
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", strings.TrimSpace(want))
		}
	}
	t.Logf("%d transfers acknowledged over 3 crashes; crash test in %s", c.ackedTotal(), time.Since(began).Round(time.Second))
}

// crashEnv is the crash test's view of L1, the API and the model.
type crashEnv struct {
	t    *testing.T
	ctx  context.Context
	g    *gethDev
	dep  contracts.Deployment
	dom  proofs.Domain
	pc   *bindings.PlasmaChain
	op   common.Address
	api  string
	http *http.Client

	senders  []*sender
	mu       sync.Mutex
	deposits map[common.Address]*big.Int // L1 deposits with a receipt
}

// sender submits transfers from one key, one at a time, to one recipient.
type sender struct {
	key    *ecdsa.PrivateKey
	addr   common.Address
	to     common.Address
	amount *big.Int

	nonce   uint64
	spent   *big.Int
	acked   []*plasma.Transfer // acknowledged (2xx) or found after a restart
	unknown *plasma.Transfer   // sent when the operator died: answer lost
}

const transferFee = 1000

func (c *crashEnv) sign(s *sender) *plasma.Transfer {
	tr := &plasma.Transfer{From: s.addr, To: s.to, Token: plasma.ETH, Nonce: s.nonce,
		Deadline: uint64(time.Now().Unix()) + 7200}
	tr.Amount.SetFromBig(s.amount)
	tr.Fee.SetUint64(transferFee)
	tr.Spent.SetFromBig(s.spent)
	tr.Spent.Add(&tr.Spent, &tr.Amount)
	tr.Spent.Add(&tr.Spent, &tr.Fee)
	c.dom.SignTransfer(s.key, tr)
	return tr
}

// submit posts tr; ok is a 2xx with the transfer's hash, err a transport
// failure or any other answer.
func (c *crashEnv) submit(tr *plasma.Transfer) error {
	body, _ := json.Marshal(map[string]string{
		"from": tr.From.Hex(), "to": tr.To.Hex(), "token": tr.Token.Hex(), "amount": tr.Amount.Dec(),
		"nonce": fmt.Sprint(tr.Nonce), "fee": tr.Fee.Dec(), "spent": tr.Spent.Dec(),
		"deadline": fmt.Sprint(tr.Deadline), "signature": hexutil.Encode(tr.Signature),
	})
	r, err := c.http.Post(c.api+"/v1/transfers", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer r.Body.Close()
	b, _ := io.ReadAll(r.Body)
	if r.StatusCode/100 != 2 {
		return &refusal{code: r.StatusCode, body: string(b)}
	}
	var out struct{ Hash common.Hash }
	if err := json.Unmarshal(b, &out); err != nil {
		return err
	}
	if out.Hash != c.dom.TransferDigest(tr) {
		c.t.Errorf("acknowledged hash %s, want %s", out.Hash, c.dom.TransferDigest(tr))
	}
	return nil
}

// refusal is an answer other than 2xx.
type refusal struct {
	code int
	body string
}

func (r *refusal) Error() string { return fmt.Sprintf("HTTP %d: %s", r.code, r.body) }

// load runs every sender until stop is called or its first failure (the
// operator died): that transfer's fate is unknown until a restart.
func (c *crashEnv) load() (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	for _, s := range c.senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				case <-c.ctx.Done():
					return
				default:
				}
				tr := c.sign(s)
				if err := c.submit(tr); err != nil {
					var rf *refusal
					if errors.As(err, &rf) && rf.code/100 == 4 {
						c.t.Errorf("transfer %d of %s refused: %v", tr.Nonce, s.addr.Hex(), err)
					}
					s.unknown = tr
					return
				}
				s.acked = append(s.acked, tr)
				s.nonce++
				s.spent.Set(tr.Spent.ToBig())
			}
		}()
	}
	return func() { close(done); wg.Wait() }
}

func (c *crashEnv) ackedTotal() int {
	n := 0
	for _, s := range c.senders {
		n += len(s.acked)
	}
	return n
}

type transferStatus struct {
	Status string  `json:"status"`
	Block  *string `json:"block"`
}

// status is GET /v1/transfers/{hash}; found is false on a 404.
func (c *crashEnv) status(h common.Hash) (st transferStatus, found bool, err error) {
	r, err := c.http.Get(c.api + "/v1/transfers/" + h.Hex())
	if err != nil {
		return st, false, err
	}
	defer r.Body.Close()
	if r.StatusCode == http.StatusNotFound {
		return st, false, nil
	}
	if r.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(r.Body)
		return st, false, fmt.Errorf("%s: %s", r.Status, b)
	}
	return st, true, json.NewDecoder(r.Body).Decode(&st)
}

// settle resolves each sender's unknown transfer after a restart (accepted
// before the kill, or never), then waits until every acknowledged transfer
// is in a block.
func (c *crashEnv) settle() {
	c.t.Helper()
	for _, s := range c.senders {
		if s.unknown == nil {
			continue
		}
		_, found, err := c.status(c.dom.TransferDigest(s.unknown))
		if err != nil {
			c.t.Fatal(err)
		}
		if found {
			s.acked = append(s.acked, s.unknown)
			s.nonce++
			s.spent.Set(s.unknown.Spent.ToBig())
		}
		s.unknown = nil
	}
	var pending []common.Hash
	for _, s := range c.senders {
		for _, tr := range s.acked {
			pending = append(pending, c.dom.TransferDigest(tr))
		}
	}
	waitUntil(c.ctx, c.t, "every acknowledged transfer in a block", func() (bool, string) {
		for len(pending) > 0 {
			st, found, err := c.status(pending[0])
			if err != nil {
				return false, err.Error()
			}
			switch {
			case !found:
				c.t.Fatalf("acknowledged transfer %s lost", pending[0].Hex())
			case st.Status == string(plasma.StatusDropped):
				c.t.Fatalf("acknowledged transfer %s dropped", pending[0].Hex())
			case st.Block == nil:
				return false, fmt.Sprintf("%s is %s", pending[0].Hex(), st.Status)
			}
			pending = pending[1:]
		}
		return true, ""
	})
}

type leafJSON struct {
	Token   common.Address `json:"token"`
	Balance string         `json:"balance"`
	Nonce   string         `json:"nonce"`
	Spent   string         `json:"spent"`
}

// model is every account's expected ETH leaf.
func (c *crashEnv) model() map[common.Address]leafJSON {
	bal := map[common.Address]*big.Int{c.op: new(big.Int)}
	c.mu.Lock()
	for a, d := range c.deposits {
		bal[a] = new(big.Int).Set(d)
	}
	c.mu.Unlock()
	get := func(a common.Address) *big.Int {
		if bal[a] == nil {
			bal[a] = new(big.Int)
		}
		return bal[a]
	}
	for _, s := range c.senders {
		for _, tr := range s.acked {
			get(s.addr).Sub(get(s.addr), tr.Amount.ToBig()).Sub(get(s.addr), tr.Fee.ToBig())
			get(tr.To).Add(get(tr.To), tr.Amount.ToBig())
			get(c.op).Add(get(c.op), tr.Fee.ToBig())
		}
	}
	out := map[common.Address]leafJSON{}
	for a, b := range bal {
		out[a] = leafJSON{Balance: b.String(), Nonce: "0", Spent: "0"}
	}
	for _, s := range c.senders {
		l := out[s.addr]
		l.Nonce, l.Spent = fmt.Sprint(s.nonce), s.spent.String()
		out[s.addr] = l
	}
	return out
}

// waitModel waits until the API's latest sealed state matches the model.
func (c *crashEnv) waitModel(what string) {
	c.t.Helper()
	waitUntil(c.ctx, c.t, what, func() (bool, string) {
		for a, want := range c.model() {
			var acc struct {
				Block    string     `json:"block"`
				Balances []leafJSON `json:"balances"`
			}
			if err := c.getJSON("/v1/accounts/"+a.Hex(), &acc); err != nil {
				return false, err.Error()
			}
			var got leafJSON
			for _, l := range acc.Balances {
				if l.Token == plasma.ETH {
					got = l
				}
			}
			if got.Balance != want.Balance || got.Nonce != want.Nonce || got.Spent != want.Spent {
				if want.Balance == "0" && got.Balance == "" {
					continue
				}
				return false, fmt.Sprintf("%s at block %s: balance %s nonce %s spent %s, model %s %s %s",
					a.Hex(), acc.Block, got.Balance, got.Nonce, got.Spent, want.Balance, want.Nonce, want.Spent)
			}
		}
		return true, ""
	})
}

func (c *crashEnv) getJSON(path string, v any) error {
	r, err := c.http.Get(c.api + path)
	if err != nil {
		return err
	}
	defer r.Body.Close()
	if r.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(r.Body)
		return fmt.Errorf("GET %s: %s: %s", path, r.Status, b)
	}
	return json.NewDecoder(r.Body).Decode(v)
}

func (c *crashEnv) waitReady() {
	c.t.Helper()
	waitUntil(c.ctx, c.t, "operator /readyz", func() (bool, string) {
		r, err := c.http.Get(c.api + "/readyz")
		if err != nil {
			return false, err.Error()
		}
		r.Body.Close()
		return r.StatusCode == http.StatusOK, r.Status
	})
}

// deposit sends deposit() from key and records it once L1 has mined it.
func (c *crashEnv) deposit(key *ecdsa.PrivateKey, wei *big.Int) {
	c.t.Helper()
	r := sendTx(c.ctx, c.t, c.g.Client, c.dep.ChainID, key, c.dep.PlasmaChain, wei, c.pc.PackDeposit())
	if r.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("deposit %s reverted", r.TxHash)
	}
	a := crypto.PubkeyToAddress(key.PublicKey)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.deposits[a] == nil {
		c.deposits[a] = new(big.Int)
	}
	c.deposits[a].Add(c.deposits[a], wei)
}

func (c *crashEnv) lastBlock() uint64 {
	c.t.Helper()
	out, err := c.g.Client.CallContract(c.ctx, ethereum.CallMsg{To: &c.dep.PlasmaChain, Data: c.pc.PackLastBlock()}, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	n, err := c.pc.UnpackLastBlock(out)
	if err != nil {
		c.t.Fatal(err)
	}
	return n
}

// waitCommitPending returns as soon as an operator transaction (only
// commits, in this test) waits in geth's pool: its pending nonce is ahead
// of its mined one.
func (c *crashEnv) waitCommitPending() {
	c.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		mined, err := c.g.Client.NonceAt(c.ctx, c.op, nil)
		if err != nil {
			c.t.Fatal(err)
		}
		pending, err := c.g.Client.PendingNonceAt(c.ctx, c.op)
		if err != nil {
			c.t.Fatal(err)
		}
		if pending > mined {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
	c.t.Fatal("no commit transaction seen pending")
}

// checkCommits waits until the operator has committed everything it
// sealed, then checks that the contract's BlockCommitted events number
// 0..lastBlock exactly once each and that each equals the operator's block.
func (c *crashEnv) checkCommits() {
	c.t.Helper()
	var last uint64
	waitUntil(c.ctx, c.t, "every sealed block committed", func() (bool, string) {
		var info struct {
			LatestBlock    string `json:"latestBlock"`
			CommittedBlock string `json:"committedBlock"`
		}
		if err := c.getJSON("/v1/info", &info); err != nil {
			return false, err.Error()
		}
		last = c.lastBlock()
		return info.LatestBlock == info.CommittedBlock && info.CommittedBlock == fmt.Sprint(last),
			fmt.Sprintf("latest %s, committed %s, L1 %d", info.LatestBlock, info.CommittedBlock, last)
	})
	ev := c.pc.GetABI().Events[bindings.PlasmaChainBlockCommittedEventName]
	logs, err := c.g.Client.FilterLogs(c.ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(c.dep.Block), Addresses: []common.Address{c.dep.PlasmaChain},
		Topics: [][]common.Hash{{ev.ID}},
	})
	if err != nil {
		c.t.Fatal(err)
	}
	seen := map[uint64]bool{}
	for i := range logs {
		e, err := c.pc.UnpackBlockCommittedEvent(&logs[i])
		if err != nil {
			c.t.Fatal(err)
		}
		if seen[e.Number] {
			c.t.Fatalf("block %d committed twice", e.Number)
		}
		seen[e.Number] = true
		if e.Number == 0 {
			continue
		}
		var b struct {
			Header      plasmawallet.HeaderJSON `json:"header"`
			CommittedAt *string                 `json:"committedAt"`
		}
		if err := c.getJSON(fmt.Sprintf("/v1/blocks/%d", e.Number), &b); err != nil {
			c.t.Fatal(err)
		}
		h := b.Header
		if h.StateRoot != e.StateRoot || h.TxRoot != e.TxRoot || h.OpsCursor != fmt.Sprint(e.OpsCursor) ||
			h.OpsHash != e.OpsHash || h.Timestamp != fmt.Sprint(e.Timestamp) {
			c.t.Fatalf("block %d on L1 %+v differs from the operator's %+v", e.Number, e, h)
		}
		if b.CommittedAt == nil || *b.CommittedAt != fmt.Sprint(e.CommittedAt) {
			c.t.Fatalf("block %d committedAt %v, L1 says %d", e.Number, b.CommittedAt, e.CommittedAt)
		}
	}
	for n := uint64(0); n <= last; n++ {
		if !seen[n] {
			c.t.Fatalf("block %d of %d has no BlockCommitted event", n, last)
		}
	}
	if len(seen) != int(last)+1 {
		c.t.Fatalf("%d blocks committed, lastBlock %d", len(seen), last)
	}
}

// sendTx signs and sends a contract call from key with EIP-1559 fees and
// waits for its receipt.
func sendTx(ctx context.Context, t *testing.T, l1 *ethclient.Client, chainID *big.Int, key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) *types.Receipt {
	t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := l1.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := l1.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := l1.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	gas, err := l1.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: value, Data: data})
	if err != nil {
		t.Fatalf("estimate gas: %v", err)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas: gas + gas/4, To: &to, Value: value, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := l1.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send: %v", err)
	}
	var r *types.Receipt
	waitUntil(ctx, t, "receipt of "+tx.Hash().Hex(), func() (bool, string) {
		r, err = l1.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			return false, err.Error()
		}
		return true, ""
	})
	return r
}

// fundAll sends every amount from geth's dev account at once, then waits
// for all the receipts.
func fundAll(ctx context.Context, t *testing.T, g *gethDev, amounts map[common.Address]*big.Int) {
	t.Helper()
	var hashes []common.Hash
	for to, amount := range amounts {
		var h common.Hash
		if err := g.RPC.CallContext(ctx, &h, "eth_sendTransaction", map[string]any{
			"from": g.Dev, "to": to, "value": (*hexutil.Big)(amount),
		}); err != nil {
			t.Fatalf("funding %s from the dev account: %v", to, err)
		}
		hashes = append(hashes, h)
	}
	for _, h := range hashes {
		waitUntil(ctx, t, "funding "+h.Hex(), func() (bool, string) {
			r, err := g.Client.TransactionReceipt(ctx, h)
			if err != nil {
				if errors.Is(err, ethereum.NotFound) {
					return false, "pending"
				}
				return false, err.Error()
			}
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("funding %s failed", h)
			}
			return true, ""
		})
	}
}
