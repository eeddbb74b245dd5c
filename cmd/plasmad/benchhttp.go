package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	ics23 "github.com/cosmos/ics23/go"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/contracts/bindings"
	"github.com/avlplasma/avlplasma/internal/siml1"
	"github.com/avlplasma/avlplasma/operator"
	"github.com/avlplasma/avlplasma/proofs"
)

// The HTTP benchmark (plasmad bench --http): a separate process drives a
// running node's REST API over loopback, the way wallets do. It funds its
// own accounts (dev accounts deposit on L1, then fan out over the API),
// submits pre-signed transfers from many keep-alive connections, and
// fetches proofs of random funded accounts at the newest committed block.

// httpBenchConfig configures runHTTPBench.
type httpBenchConfig struct {
	API         string // base URL of the REST API
	L1RPC       string // JSON-RPC URL of the node's L1, for the funders' deposits
	Accounts    int    // bench accounts, funded on L2
	Transfers   int    // pre-signed transfers of the transfer phase (0 = none)
	Concurrency int    // client connections and goroutines
	ProofTime   time.Duration
	// Funders pay for the bench accounts: they deposit on L1 when their L2
	// balance is short. Dev accounts 1…9 unless set (0 is the dev operator,
	// whose L1 nonce its publisher owns).
	Funders []*ecdsa.PrivateKey
	Timeout time.Duration // bound on each wait for the node (deposit credit, commit)
	// NodeMetrics is the node's Prometheus URL (optional): its
	// process_cpu_seconds_total gives the node's CPU time per request,
	// a figure other load on the machine hardly moves.
	NodeMetrics string
	Progress    io.Writer
}

// httpBenchResult is what runHTTPBench measured. Latencies in milliseconds.
type httpBenchResult struct {
	API              string         `json:"api"`
	Cores            int            `json:"cores"`
	Concurrency      int            `json:"concurrency"`
	Accounts         int            `json:"accounts"`
	NewlyFunded      int            `json:"newly_funded"`
	AccountReadsPerS float64        `json:"account_reads_per_s"` // GET /v1/accounts/{owner} while reading the accounts' leaves
	SetupSeconds     float64        `json:"setup_s"`
	FundingPerS      float64        `json:"funding_transfers_per_s"`
	Transfers        int            `json:"transfers"`
	TransfersOK      int            `json:"transfers_ok"`
	TransfersPerS    float64        `json:"transfers_per_s"`
	TransferP50Ms    float64        `json:"transfer_p50_ms"`
	TransferP99Ms    float64        `json:"transfer_p99_ms"`
	TransferErrors   map[string]int `json:"transfer_errors"`
	CommitWaitS      float64        `json:"commit_wait_s"`
	Proofs           int            `json:"proofs"`
	ProofsPerS       float64        `json:"proofs_per_s"`
	ProofP50Ms       float64        `json:"proof_p50_ms"`
	ProofP99Ms       float64        `json:"proof_p99_ms"`
	ProofErrors      map[string]int `json:"proof_errors"`
	ProofBytes       float64        `json:"proof_response_bytes"`
	ProofsVerified   int            `json:"proofs_verified"` // answers checked with ics23 against their header's stateRoot
	ProofBlocks      [2]uint64      `json:"proof_blocks"`    // lowest and highest block proved at
	ClientCPUPercent float64        `json:"client_cpu_percent"`
	// CPU time per request in microseconds: of this process, and of the
	// node when its metrics URL was given.
	ClientCPUPerProofUs    float64 `json:"client_cpu_us_per_proof"`
	NodeCPUPerProofUs      float64 `json:"node_cpu_us_per_proof,omitempty"`
	ClientCPUPerTransferUs float64 `json:"client_cpu_us_per_transfer,omitempty"`
	NodeCPUPerTransferUs   float64 `json:"node_cpu_us_per_transfer,omitempty"`
	// InProcess is `plasmad bench` with the same accounts and transfers in
	// this process: the sequencer and proofs without HTTP, for reference.
	InProcess *operator.BenchResult `json:"in_process,omitempty"`
}

func (c *httpBenchConfig) progress(format string, args ...any) {
	if c.Progress != nil {
		fmt.Fprintf(c.Progress, "bench --http: "+format+"\n", args...)
	}
}

// httpBench is one run's client state.
type httpBench struct {
	cfg    httpBenchConfig
	client *http.Client
	l1     *ethclient.Client
	info   nodeInfo
	domain proofs.Domain
	fee    uint256.Int
	// deadline of every transfer signed in this run (L1 time based).
	deadline uint64
}

type nodeInfo struct {
	ChainID            string `json:"chainId"`
	Contract           string `json:"contract"`
	LatestBlock        string `json:"latestBlock"`
	CommittedBlock     string `json:"committedBlock"`
	MinFee             string `json:"minFee"`
	MinDeadlineMargin  string `json:"minDeadlineMargin"`
	MaxDeadlineHorizon string `json:"maxDeadlineHorizon"`
	Domain             struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	} `json:"domain"`
}

// apiError is the API's error body.
type apiError struct {
	Code string `json:"code"`
	Rule string `json:"rule"`
}

func newHTTPBenchClient(conc int) *http.Client {
	tr := &http.Transport{
		Proxy:               nil, // loopback: never through a proxy
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConns:        conc,
		MaxIdleConnsPerHost: conc,
		MaxConnsPerHost:     conc,
		IdleConnTimeout:     90 * time.Second,
		DisableCompression:  true,
	}
	return &http.Client{Transport: tr, Timeout: 60 * time.Second}
}

func runHTTPBench(ctx context.Context, cfg httpBenchConfig) (*httpBenchResult, error) {
	if cfg.Accounts < 2 {
		return nil, errors.New("bench --http: need at least 2 accounts")
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = 64
	}
	if cfg.ProofTime <= 0 {
		cfg.ProofTime = 10 * time.Second
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 5 * time.Minute
	}
	if len(cfg.Funders) == 0 {
		for i := 1; i < len(siml1.DevKeys); i++ {
			cfg.Funders = append(cfg.Funders, siml1.DevKey(i))
		}
	}
	cfg.API = strings.TrimRight(cfg.API, "/")
	b := &httpBench{cfg: cfg, client: newHTTPBenchClient(cfg.Concurrency)}
	defer b.client.CloseIdleConnections()
	res := &httpBenchResult{
		API: cfg.API, Cores: runtime.GOMAXPROCS(0), Concurrency: cfg.Concurrency, Accounts: cfg.Accounts,
		TransferErrors: map[string]int{}, ProofErrors: map[string]int{},
	}
	if err := b.readInfo(ctx); err != nil {
		return nil, err
	}
	l1, err := ethclient.DialContext(ctx, cfg.L1RPC)
	if err != nil {
		return nil, fmt.Errorf("bench --http: L1 %s: %w", cfg.L1RPC, err)
	}
	defer l1.Close()
	b.l1 = l1
	if err := b.setDeadline(ctx); err != nil {
		return nil, err
	}

	start := time.Now()
	keys, addrs := httpBenchKeys("avl plasma http bench accounts", cfg.Accounts)
	cfg.progress("%d accounts derived; reading their leaves", cfg.Accounts)
	t0 := time.Now()
	leaves, err := b.readLeaves(ctx, addrs)
	if err != nil {
		return nil, err
	}
	res.AccountReadsPerS = float64(len(addrs)) / time.Since(t0).Seconds()
	perSender := (max(cfg.Transfers, 1) + cfg.Accounts - 1) / cfg.Accounts
	var need, grant uint256.Int
	need.Add(uint256.NewInt(1), &b.fee)
	need.Mul(&need, uint256.NewInt(uint64(perSender)))
	grant.Mul(&need, uint256.NewInt(4))
	if grant.Lt(uint256.NewInt(1e12)) {
		grant.SetUint64(1e12)
	}
	var needy []int
	for i := range leaves {
		if leaves[i].Balance.Lt(&need) {
			needy = append(needy, i)
		}
	}
	res.NewlyFunded = len(needy)
	if len(needy) > 0 {
		cfg.progress("funding %d accounts with %s wei each", len(needy), grant.Dec())
		n, d, err := b.fund(ctx, addrs, needy, &grant)
		if err != nil {
			return nil, err
		}
		res.FundingPerS = float64(n) / d.Seconds()
		for _, i := range needy {
			leaves[i].Balance.Add(&leaves[i].Balance, &grant)
		}
	}
	res.SetupSeconds = time.Since(start).Seconds()

	if cfg.Transfers > 0 {
		if err := b.transferPhase(ctx, keys, addrs, leaves, res); err != nil {
			return nil, err
		}
	}
	if err := b.proofPhase(ctx, addrs, res); err != nil {
		return nil, err
	}
	return res, nil
}

// httpBenchKeys derives n keys from seed: the same accounts on every run, so
// a later run against the same node reuses their funds.
func httpBenchKeys(seed string, n int) ([]*ecdsa.PrivateKey, []common.Address) {
	keys := make([]*ecdsa.PrivateKey, n)
	addrs := make([]common.Address, n)
	parallelFor(n, func(i int) {
		var buf [8]byte
		for ctr := uint64(0); ; ctr++ {
			binary.BigEndian.PutUint64(buf[:], uint64(i)<<16|ctr)
			k, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed), buf[:]))
			if err == nil {
				keys[i], addrs[i] = k, crypto.PubkeyToAddress(k.PublicKey)
				return
			}
		}
	})
	return keys, addrs
}

// parallelFor runs fn(0…n-1) on all cores.
func parallelFor(n int, fn func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
}

func (b *httpBench) readInfo(ctx context.Context) error {
	var in nodeInfo
	if code, body, err := b.get(ctx, "/v1/info", &in); err != nil {
		return fmt.Errorf("bench --http: GET %s/v1/info: %w", b.cfg.API, err)
	} else if code != http.StatusOK {
		return fmt.Errorf("bench --http: GET /v1/info: %d %s", code, body)
	}
	chainID, ok := new(big.Int).SetString(in.ChainID, 10)
	if !ok || !common.IsHexAddress(in.Contract) {
		return fmt.Errorf("bench --http: /v1/info has chainId %q, contract %q", in.ChainID, in.Contract)
	}
	if in.Domain.Name != proofs.DomainName || in.Domain.Version != proofs.DomainVersion {
		return fmt.Errorf("bench --http: EIP-712 domain %q version %q, this build signs %q version %q",
			in.Domain.Name, in.Domain.Version, proofs.DomainName, proofs.DomainVersion)
	}
	fee, err := uint256.FromDecimal(in.MinFee)
	if err != nil {
		return fmt.Errorf("bench --http: minFee %q: %w", in.MinFee, err)
	}
	b.info, b.fee = in, *fee
	b.domain = proofs.Domain{ChainID: chainID, Contract: common.HexToAddress(in.Contract)}
	return nil
}

// setDeadline picks one deadline for the run's transfers from L1 time: far
// enough for the node's margin over a long run, inside its horizon.
func (b *httpBench) setDeadline(ctx context.Context) error {
	h, err := b.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("bench --http: L1 head: %w", err)
	}
	margin, _ := strconv.ParseUint(b.info.MinDeadlineMargin, 10, 64)
	horizon, _ := strconv.ParseUint(b.info.MaxDeadlineHorizon, 10, 64)
	ahead := max(2*margin+3600, 2*3600)
	if horizon > 120 && ahead > horizon-60 {
		ahead = horizon - 60
	}
	b.deadline = max(h.Time, uint64(time.Now().Unix())) + ahead
	return nil
}

// get GETs path and decodes a 200 answer into out (when not nil). body is
// the raw answer of any other status.
func (b *httpBench) get(ctx context.Context, path string, out any) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, b.cfg.API+path, nil)
	if err != nil {
		return 0, nil, err
	}
	resp, err := b.client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, nil, err
	}
	if resp.StatusCode == http.StatusOK && out != nil {
		if err := json.Unmarshal(body, out); err != nil {
			return 0, nil, fmt.Errorf("GET %s: %w", path, err)
		}
	}
	return resp.StatusCode, body, nil
}

// submit POSTs a transfer body. It returns the transfer's hash on success,
// else the error label "<status> <code>/<rule>".
func (b *httpBench) submit(ctx context.Context, body []byte) (common.Hash, string) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.cfg.API+"/v1/transfers", bytes.NewReader(body))
	if err != nil {
		return common.Hash{}, "request: " + err.Error()
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := b.client.Do(req)
	if err != nil {
		return common.Hash{}, transportLabel(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return common.Hash{}, transportLabel(err)
	}
	if resp.StatusCode != http.StatusOK {
		return common.Hash{}, statusLabel(resp.StatusCode, raw)
	}
	var ok struct{ Hash string }
	if json.Unmarshal(raw, &ok) != nil || len(ok.Hash) != 66 {
		return common.Hash{}, "200 without a hash"
	}
	return common.HexToHash(ok.Hash), ""
}

func statusLabel(status int, body []byte) string {
	var e apiError
	_ = json.Unmarshal(body, &e)
	l := strconv.Itoa(status) + " " + e.Code
	if e.Rule != "" {
		l += "/" + e.Rule
	}
	return l
}

func transportLabel(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 {
		s = s[i+2:] // the cause, without the URL
	}
	return "transport: " + s
}

type accountJSON struct {
	Balances []struct {
		Token, Balance, Nonce, Spent string
	} `json:"balances"`
}

// leaf reads owner's ETH leaf at the latest sealed block.
func (b *httpBench) leaf(ctx context.Context, owner common.Address) (plasma.Leaf, error) {
	var acc accountJSON
	code, body, err := b.get(ctx, "/v1/accounts/"+owner.Hex(), &acc)
	if err != nil {
		return plasma.Leaf{}, err
	}
	if code != http.StatusOK {
		return plasma.Leaf{}, fmt.Errorf("GET /v1/accounts/%s: %d %s", owner.Hex(), code, body)
	}
	var l plasma.Leaf
	for _, bal := range acc.Balances {
		if common.HexToAddress(bal.Token) != plasma.ETH {
			continue
		}
		v, err1 := uint256.FromDecimal(bal.Balance)
		s, err2 := uint256.FromDecimal(bal.Spent)
		n, err3 := strconv.ParseUint(bal.Nonce, 10, 64)
		if err := errors.Join(err1, err2, err3); err != nil {
			return plasma.Leaf{}, fmt.Errorf("account %s: %w", owner.Hex(), err)
		}
		l.Balance, l.Spent, l.Nonce = *v, *s, n
	}
	return l, nil
}

func (b *httpBench) readLeaves(ctx context.Context, addrs []common.Address) ([]plasma.Leaf, error) {
	leaves := make([]plasma.Leaf, len(addrs))
	err := b.each(len(addrs), func(i int) error {
		var err error
		leaves[i], err = b.leaf(ctx, addrs[i])
		return err
	})
	return leaves, err
}

// each runs fn(0…n-1) from the configured number of goroutines and returns
// the first error.
func (b *httpBench) each(n int, fn func(i int) error) error {
	var next atomic.Int64
	var first atomic.Pointer[error]
	var wg sync.WaitGroup
	for range min(b.cfg.Concurrency, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for first.Load() == nil {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if err := fn(i); err != nil {
					first.CompareAndSwap(nil, &err)
				}
			}
		}()
	}
	wg.Wait()
	if p := first.Load(); p != nil {
		return *p
	}
	return nil
}

// sender signs transfers from one account in nonce order.
type sender struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	leaf plasma.Leaf
}

func (b *httpBench) sign(s *sender, to common.Address, amount *uint256.Int) []byte {
	t := &plasma.Transfer{From: s.addr, To: to, Token: plasma.ETH, Amount: *amount, Nonce: s.leaf.Nonce, Fee: b.fee, Deadline: b.deadline}
	t.Spent.Add(&s.leaf.Spent, amount)
	t.Spent.Add(&t.Spent, &b.fee)
	b.domain.SignTransfer(s.key, t)
	s.leaf.Nonce++
	s.leaf.Spent = t.Spent
	return transferJSONBody(t)
}

func transferJSONBody(t *plasma.Transfer) []byte {
	body, _ := json.Marshal(map[string]string{
		"from": t.From.Hex(), "to": t.To.Hex(), "token": t.Token.Hex(), "amount": t.Amount.Dec(),
		"nonce": strconv.FormatUint(t.Nonce, 10), "fee": t.Fee.Dec(), "spent": t.Spent.Dec(),
		"deadline": strconv.FormatUint(t.Deadline, 10), "signature": hexutil.Encode(t.Signature),
	})
	return body
}

// fund gives grant to each account of needy: the funders deposit on L1 what
// they lack, pay hub accounts over the API, and the hubs pay the accounts,
// each hub's transfers in nonce order and all hubs at once. It returns when
// every funding transfer is committed, with how many it sent and how long
// sending took.
func (b *httpBench) fund(ctx context.Context, addrs []common.Address, needy []int, grant *uint256.Int) (int, time.Duration, error) {
	nf := len(b.cfg.Funders)
	hubs := min(len(needy), max(nf, min(b.cfg.Concurrency, 256)))
	hubKeys, hubAddrs := httpBenchKeys("avl plasma http bench hubs", hubs)
	share := func(h int) int { return (len(needy) - h + hubs - 1) / hubs } // accounts h, h+hubs, …
	hubGrant := func(h int) *uint256.Int {
		v := new(uint256.Int).Add(grant, &b.fee)
		return v.Mul(v, uint256.NewInt(uint64(share(h))))
	}
	funders := make([]*sender, nf)
	for f := range funders {
		funders[f] = &sender{key: b.cfg.Funders[f], addr: crypto.PubkeyToAddress(b.cfg.Funders[f].PublicKey)}
	}
	// What each funder pays its hubs (h ≡ f mod nf), and what it must hold.
	owed := make([]uint256.Int, nf)
	for h := range hubs {
		o := &owed[h%nf]
		o.Add(o, hubGrant(h))
		o.Add(o, &b.fee)
	}
	if err := b.deposit(ctx, funders, owed); err != nil {
		return 0, 0, err
	}

	start := time.Now()
	var sent atomic.Int64
	hubLast := make([]common.Hash, hubs)
	var wg sync.WaitGroup
	var errMu sync.Mutex
	var errs []error
	fail := func(err error) {
		errMu.Lock()
		errs = append(errs, err)
		errMu.Unlock()
	}
	for f := range funders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for h := f; h < hubs; h += nf {
				hash, label := b.submit(ctx, b.sign(funders[f], hubAddrs[h], hubGrant(h)))
				if label != "" {
					fail(fmt.Errorf("bench --http: fund hub %s from %s: %s", hubAddrs[h].Hex(), funders[f].addr.Hex(), label))
					return
				}
				sent.Add(1)
				hubLast[h] = hash
				// The hub spends from the pending credit at once: the
				// sequencer checks transfers against its working state.
				wg.Add(1)
				go func() {
					defer wg.Done()
					hub := &sender{key: hubKeys[h], addr: hubAddrs[h]}
					l, err := b.leaf(ctx, hub.addr)
					if err != nil {
						fail(err)
						return
					}
					hub.leaf.Nonce, hub.leaf.Spent = l.Nonce, l.Spent
					for i := h; i < len(needy); i += hubs {
						hash, label := b.submit(ctx, b.sign(hub, addrs[needy[i]], grant))
						if label != "" {
							fail(fmt.Errorf("bench --http: fund %s from hub %s: %s", addrs[needy[i]].Hex(), hub.addr.Hex(), label))
							return
						}
						hubLast[h] = hash
						if n := sent.Add(1); n%10_000 == 0 {
							b.cfg.progress("funding: %d transfers sent", n)
						}
					}
				}()
			}
		}()
	}
	wg.Wait()
	d := time.Since(start)
	if err := errors.Join(errs...); err != nil {
		return 0, 0, err
	}
	b.cfg.progress("funding: %d transfers in %.1f s (%.0f/s); waiting for them to be committed", sent.Load(), d.Seconds(), float64(sent.Load())/d.Seconds())
	if err := b.waitCommitted(ctx, hubLast); err != nil {
		return 0, 0, err
	}
	return int(sent.Load()), d, nil
}

// deposit makes each funder's sealed L2 balance at least owed[f] (plus a
// margin), depositing on L1 what is missing, and waits for the credits.
func (b *httpBench) deposit(ctx context.Context, funders []*sender, owed []uint256.Int) error {
	pc := bindings.NewPlasmaChain()
	chainID, err := b.l1.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("bench --http: L1 chain id: %w", err)
	}
	want := make([]uint256.Int, len(funders))
	var txs []*types.Transaction
	for f, s := range funders {
		l, err := b.leaf(ctx, s.addr)
		if err != nil {
			return err
		}
		s.leaf = l
		if !l.Balance.Lt(&owed[f]) {
			continue
		}
		amount := new(uint256.Int).Sub(&owed[f], &l.Balance)
		amount.Add(amount, uint256.NewInt(1e18)) // room for later runs
		want[f].Add(&l.Balance, amount)
		tx, err := b.sendL1(ctx, chainID, s.key, amount.ToBig(), pc.PackDeposit())
		if err != nil {
			return err
		}
		b.cfg.progress("funder %s deposits %s wei on L1 (tx %s)", s.addr.Hex(), amount.Dec(), tx.Hash().Hex())
		txs = append(txs, tx)
	}
	for _, tx := range txs {
		if err := b.waitReceipt(ctx, tx); err != nil {
			return err
		}
	}
	return b.waitFor(ctx, "deposits credited on L2", func() (bool, error) {
		for f, s := range funders {
			if want[f].IsZero() {
				continue
			}
			l, err := b.leaf(ctx, s.addr)
			if err != nil {
				return false, err
			}
			if l.Balance.Lt(&want[f]) {
				return false, nil
			}
			s.leaf = l
		}
		return true, nil
	})
}

func (b *httpBench) sendL1(ctx context.Context, chainID *big.Int, key *ecdsa.PrivateKey, value *big.Int, data []byte) (*types.Transaction, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := b.l1.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("bench --http: L1 nonce of %s: %w", from.Hex(), err)
	}
	tip, err := b.l1.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("bench --http: L1 tip: %w", err)
	}
	head, err := b.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("bench --http: L1 head: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	to := b.domain.Contract
	gas, err := b.l1.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: value, Data: data})
	if err != nil {
		return nil, fmt.Errorf("bench --http: L1 gas estimate for %s: %w", from.Hex(), err)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas + gas/4, To: &to, Value: value, Data: data,
	})
	if err != nil {
		return nil, err
	}
	if err := b.l1.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("bench --http: send L1 transaction from %s: %w", from.Hex(), err)
	}
	return tx, nil
}

func (b *httpBench) waitReceipt(ctx context.Context, tx *types.Transaction) error {
	return b.waitFor(ctx, "L1 receipt of "+tx.Hash().Hex(), func() (bool, error) {
		r, err := b.l1.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			return false, nil // not mined yet
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return false, fmt.Errorf("bench --http: L1 transaction %s reverted", tx.Hash().Hex())
		}
		return true, nil
	})
}

// waitFor polls ok until it holds, fails, or the configured timeout passes.
func (b *httpBench) waitFor(ctx context.Context, what string, ok func() (bool, error)) error {
	end := time.Now().Add(b.cfg.Timeout)
	for {
		done, err := ok()
		if err != nil || done {
			return err
		}
		if time.Now().After(end) {
			return fmt.Errorf("bench --http: timed out after %s waiting for %s", b.cfg.Timeout, what)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// waitCommitted waits until every transfer of hashes (zero hashes skipped)
// is in a block committed on L1: each is its sender's last, so all earlier
// ones of the run are too.
func (b *httpBench) waitCommitted(ctx context.Context, hashes []common.Hash) error {
	rest := slices.DeleteFunc(slices.Clone(hashes), func(h common.Hash) bool { return h == (common.Hash{}) })
	return b.waitFor(ctx, fmt.Sprintf("%d transfers to be committed", len(rest)), func() (bool, error) {
		for len(rest) > 0 {
			var st struct{ Status string }
			code, body, err := b.get(ctx, "/v1/transfers/"+rest[len(rest)-1].Hex(), &st)
			if err != nil {
				return false, err
			}
			if code != http.StatusOK {
				return false, fmt.Errorf("bench --http: transfer %s: %d %s", rest[len(rest)-1].Hex(), code, body)
			}
			switch plasma.TransferStatus(st.Status) {
			case plasma.StatusCommitted, plasma.StatusFinalized:
				rest = rest[:len(rest)-1]
			case plasma.StatusDropped:
				return false, fmt.Errorf("bench --http: transfer %s was dropped", rest[len(rest)-1].Hex())
			default:
				return false, nil
			}
		}
		return true, nil
	})
}

// transferPhase pre-signs the transfers off the clock, then posts them from
// Concurrency goroutines, each owning the senders ≡ its index modulo
// Concurrency so that one sender's transfers arrive in nonce order.
func (b *httpBench) transferPhase(ctx context.Context, keys []*ecdsa.PrivateKey, addrs []common.Address, leaves []plasma.Leaf, res *httpBenchResult) error {
	n, conc := b.cfg.Transfers, min(b.cfg.Concurrency, len(addrs))
	senders := make([]*sender, len(addrs))
	for i := range senders {
		senders[i] = &sender{key: keys[i], addr: addrs[i], leaf: leaves[i]}
	}
	type job struct {
		from int
		body []byte
	}
	jobs := make([]job, n)
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	to := make([]int, n)
	for i := range jobs {
		s := i % len(addrs)
		r := rng.IntN(len(addrs) - 1)
		if r >= s {
			r++
		}
		jobs[i].from, to[i] = s, r
	}
	// Signing order must follow nonce order per sender: sender s signs its
	// transfers i ≡ s (mod N) in increasing i, one goroutine per sender
	// class.
	one := uint256.NewInt(1)
	parallelFor(min(len(addrs), n), func(s int) {
		for i := s; i < n; i += len(addrs) {
			jobs[i].body = b.sign(senders[s], addrs[to[i]], one)
		}
	})
	b.cfg.progress("signed %d transfers; posting from %d connections", n, conc)

	queues := make([][]int, conc)
	for i := range jobs {
		w := jobs[i].from % conc
		queues[w] = append(queues[w], i)
	}
	lat := make([][]time.Duration, conc)
	labels := make([]map[string]int, conc)
	last := make([]common.Hash, conc)
	var okCount atomic.Int64
	var wg sync.WaitGroup
	node0 := b.nodeCPU(ctx)
	cpu0 := cpuTime()
	start := time.Now()
	for w := range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			labels[w] = map[string]int{}
			lat[w] = make([]time.Duration, 0, len(queues[w]))
			for _, i := range queues[w] {
				t0 := time.Now()
				hash, label := b.submit(ctx, jobs[i].body)
				lat[w] = append(lat[w], time.Since(t0))
				if label != "" {
					labels[w][label]++
					continue
				}
				okCount.Add(1)
				last[w] = hash
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	cpu := cpuTime() - cpu0
	if node0 >= 0 {
		if node1 := b.nodeCPU(ctx); node1 >= 0 {
			res.NodeCPUPerTransferUs = float64(node1-node0) / 1e3 / float64(n)
		}
	}
	res.ClientCPUPercent = 100 * float64(cpu) / float64(elapsed)
	res.ClientCPUPerTransferUs = float64(cpu) / 1e3 / float64(n)
	res.Transfers = n
	res.TransfersOK = int(okCount.Load())
	res.TransfersPerS = float64(res.TransfersOK) / elapsed.Seconds()
	all := slices.Concat(lat...)
	res.TransferP50Ms, res.TransferP99Ms = pct(all, 0.50), pct(all, 0.99)
	for _, m := range labels {
		for k, v := range m {
			res.TransferErrors[k] += v
		}
	}
	b.cfg.progress("%d of %d transfers acknowledged in %.1f s (%.0f/s); waiting for them to be committed",
		res.TransfersOK, n, elapsed.Seconds(), res.TransfersPerS)
	t0 := time.Now()
	if err := b.waitCommitted(ctx, last); err != nil {
		return err
	}
	res.CommitWaitS = time.Since(t0).Seconds()
	return nil
}

// nodeCPU reads the node's process_cpu_seconds_total from its metrics URL;
// -1 when there is none or it cannot be read.
func (b *httpBench) nodeCPU(ctx context.Context) time.Duration {
	if b.cfg.NodeMetrics == "" {
		return -1
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, b.cfg.NodeMetrics, nil)
	if err != nil {
		return -1
	}
	resp, err := b.client.Do(req)
	if err != nil {
		return -1
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		return -1
	}
	for _, line := range strings.Split(string(body), "\n") {
		if v, ok := strings.CutPrefix(line, "process_cpu_seconds_total "); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil {
				return -1
			}
			return time.Duration(f * float64(time.Second))
		}
	}
	return -1
}

// cpuTime is the process's user + system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// pct is the p-quantile of d in milliseconds (sorts d).
func pct(d []time.Duration, p float64) float64 {
	if len(d) == 0 {
		return 0
	}
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	i := min(int(float64(len(d))*p), len(d)-1)
	return float64(d[i]) / 1e6
}

// proofAnswer is the part of a proof answer the client checks.
type proofAnswer struct {
	Block  string `json:"block"`
	Header struct {
		StateRoot string `json:"stateRoot"`
	} `json:"header"`
	Key    string `json:"key"`
	Exists bool   `json:"exists"`
	Value  string `json:"value"`
	ICS23  string `json:"ics23"`
}

// proofPhase fetches proofs of random bench accounts at the newest committed
// block from Concurrency goroutines for ProofTime. The first answers of each
// goroutine are verified with ics23 against their header's stateRoot; the
// rest are read and counted.
func (b *httpBench) proofPhase(ctx context.Context, addrs []common.Address, res *httpBenchResult) error {
	const verifyEach = 4
	conc := b.cfg.Concurrency
	paths := make([]string, len(addrs))
	for i, a := range addrs {
		paths[i] = b.cfg.API + "/v1/proofs/" + a.Hex() + "/" + plasma.ETH.Hex()
	}
	lat := make([][]time.Duration, conc)
	labels := make([]map[string]int, conc)
	var bytesRead, verified atomic.Int64
	var lo, hi atomic.Uint64
	lo.Store(^uint64(0))
	var firstErr atomic.Pointer[error]
	fetch := func(rng *rand.Rand, w int, check bool) (time.Duration, string, error) {
		i := rng.IntN(len(addrs))
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, paths[i], nil)
		if err != nil {
			return 0, "", err
		}
		t0 := time.Now()
		resp, err := b.client.Do(req)
		if err != nil {
			return time.Since(t0), transportLabel(err), nil
		}
		if resp.StatusCode != http.StatusOK || check {
			body, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			d := time.Since(t0)
			if err != nil {
				return d, transportLabel(err), nil
			}
			if resp.StatusCode != http.StatusOK {
				return d, statusLabel(resp.StatusCode, body), nil
			}
			bytesRead.Add(int64(len(body)))
			if err := checkProofAnswer(body, addrs[i], &lo, &hi); err != nil {
				return d, "", err
			}
			verified.Add(1)
			return d, "", nil
		}
		// Most answers are only counted: the client spends its share of
		// the cores on reading, not decoding.
		n, err := io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		d := time.Since(t0)
		if err != nil {
			return d, transportLabel(err), nil
		}
		bytesRead.Add(n)
		return d, "", nil
	}
	// Warm-up: open the connections and touch the proof path once each.
	var wg sync.WaitGroup
	for w := range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), 11))
			if _, label, err := fetch(rng, w, true); err != nil {
				firstErr.CompareAndSwap(nil, &err)
			} else if label != "" {
				err := fmt.Errorf("bench --http: proof: %s", label)
				firstErr.CompareAndSwap(nil, &err)
			}
		}()
	}
	wg.Wait()
	if p := firstErr.Load(); p != nil {
		return *p
	}
	bytesRead.Store(0)
	b.cfg.progress("proving random accounts for %s from %d connections", b.cfg.ProofTime, conc)
	node0 := b.nodeCPU(ctx)
	cpu0 := cpuTime()
	start := time.Now()
	for w := range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), uint64(start.UnixNano())))
			labels[w] = map[string]int{}
			for k := 0; time.Since(start) < b.cfg.ProofTime; k++ {
				d, label, err := fetch(rng, w, k < verifyEach)
				if err != nil {
					firstErr.CompareAndSwap(nil, &err)
					return
				}
				lat[w] = append(lat[w], d)
				if label != "" {
					labels[w][label]++
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if p := firstErr.Load(); p != nil {
		return *p
	}
	cpu := cpuTime() - cpu0
	nodeCPU := time.Duration(-1)
	if node0 >= 0 {
		if node1 := b.nodeCPU(ctx); node1 >= 0 {
			nodeCPU = node1 - node0
		}
	}
	proofCPU := 100 * float64(cpu) / float64(elapsed)
	all := slices.Concat(lat...)
	errCount := 0
	for _, m := range labels {
		for k, v := range m {
			res.ProofErrors[k] += v
			errCount += v
		}
	}
	res.Proofs = len(all) - errCount
	res.ProofsPerS = float64(res.Proofs) / elapsed.Seconds()
	res.ProofP50Ms, res.ProofP99Ms = pct(all, 0.50), pct(all, 0.99)
	if res.Proofs > 0 {
		res.ProofBytes = float64(bytesRead.Load()) / float64(res.Proofs)
	}
	res.ProofsVerified = int(verified.Load())
	if len(all) > 0 {
		res.ClientCPUPerProofUs = float64(cpu) / 1e3 / float64(len(all))
		if nodeCPU >= 0 {
			res.NodeCPUPerProofUs = float64(nodeCPU) / 1e3 / float64(len(all))
		}
	}
	res.ProofBlocks = [2]uint64{lo.Load(), hi.Load()}
	if res.ClientCPUPercent == 0 {
		res.ClientCPUPercent = proofCPU
	} else {
		res.ClientCPUPercent = max(res.ClientCPUPercent, proofCPU)
	}
	b.cfg.progress("%d proofs in %.1f s (%.0f/s), p99 %.1f ms", res.Proofs, elapsed.Seconds(), res.ProofsPerS, res.ProofP99Ms)
	return nil
}

// checkProofAnswer decodes a proof answer and verifies its ICS23 membership
// proof against the header's stateRoot.
func checkProofAnswer(body []byte, owner common.Address, lo, hi *atomic.Uint64) error {
	var p proofAnswer
	if err := json.Unmarshal(body, &p); err != nil {
		return fmt.Errorf("bench --http: proof answer: %w", err)
	}
	if !p.Exists {
		return fmt.Errorf("bench --http: proof of funded account %s says it does not exist", owner.Hex())
	}
	key, err1 := hexutil.Decode(p.Key)
	value, err2 := hexutil.Decode(p.Value)
	raw, err3 := hexutil.Decode(p.ICS23)
	root, err4 := hexutil.Decode(p.Header.StateRoot)
	n, err5 := strconv.ParseUint(p.Block, 10, 64)
	if err := errors.Join(err1, err2, err3, err4, err5); err != nil {
		return fmt.Errorf("bench --http: proof answer of %s: %w", owner.Hex(), err)
	}
	if !bytes.Equal(key[1:1+common.AddressLength], owner[:]) {
		return fmt.Errorf("bench --http: proof of %s is for key %x", owner.Hex(), key)
	}
	var cp ics23.CommitmentProof
	if err := cp.Unmarshal(raw); err != nil {
		return fmt.Errorf("bench --http: proof of %s: ics23: %w", owner.Hex(), err)
	}
	if !ics23.VerifyMembership(ics23.IavlSpec, root, &cp, key, value) {
		return fmt.Errorf("bench --http: proof of %s at block %d does not verify against its stateRoot", owner.Hex(), n)
	}
	for {
		v := lo.Load()
		if n >= v || lo.CompareAndSwap(v, n) {
			break
		}
	}
	for {
		v := hi.Load()
		if n <= v || hi.CompareAndSwap(v, n) {
			break
		}
	}
	return nil
}

// Table renders the result with the in-process figures beside it.
func (r *httpBenchResult) Table() string {
	var sb strings.Builder
	row := func(name, http, inproc string) { fmt.Fprintf(&sb, "%-32s %-26s %s\n", name, http, inproc) }
	fmt.Fprintf(&sb, "HTTP benchmark of %s from a separate process over loopback (%d cores shared by client and node, %d connections)\n",
		r.API, r.Cores, r.Concurrency)
	ip := r.InProcess
	ref := func(f func() string) string {
		if ip == nil {
			return "-"
		}
		return f()
	}
	row("", "over HTTP", ref(func() string { return "in-process (plasmad bench, same counts)" }))
	row("accounts", fmt.Sprintf("%d (%d newly funded)", r.Accounts, r.NewlyFunded), ref(func() string { return fmt.Sprint(ip.Accounts) }))
	row("account reads/s (set-up)", fmt.Sprintf("%.0f", r.AccountReadsPerS), "")
	setup := fmt.Sprintf("%.1f s (accounts already funded)", r.SetupSeconds)
	if r.NewlyFunded > 0 {
		setup = fmt.Sprintf("%.1f s (funding %.0f transfers/s)", r.SetupSeconds, r.FundingPerS)
	}
	row("set-up", setup, ref(func() string { return fmt.Sprintf("%.1f s (ledger build)", ip.BuildSeconds) }))
	if r.Transfers > 0 {
		row("transfers acknowledged/s", fmt.Sprintf("%.0f (%d of %d)", r.TransfersPerS, r.TransfersOK, r.Transfers), ref(func() string { return fmt.Sprintf("%.0f (sealed, durable acks)", ip.TPS) }))
		row("transfer p50 / p99", fmt.Sprintf("%.1f / %.1f ms", r.TransferP50Ms, r.TransferP99Ms), ref(func() string { return fmt.Sprintf("%.1f / %.1f ms (accept)", ip.AcceptP50FullMs, ip.AcceptP99FullMs) }))
		row("transfer errors", fmtLabels(r.TransferErrors), "")
		row("until committed on L1", fmt.Sprintf("%.1f s after the last ack", r.CommitWaitS), "")
	}
	row("proofs/s", fmt.Sprintf("%.0f", r.ProofsPerS), ref(func() string { return fmt.Sprintf("%.0f (prove + pack, no HTTP/JSON)", ip.ProofsPerS) }))
	row("proof p50 / p99", fmt.Sprintf("%.2f / %.2f ms", r.ProofP50Ms, r.ProofP99Ms), "")
	row("proof errors", fmtLabels(r.ProofErrors), "")
	row("proof answer bytes", fmt.Sprintf("%.0f", r.ProofBytes), ref(func() string { return fmt.Sprintf("%.0f packed / %.0f ICS23", ip.ProofBytes, ip.ProofBytesICS23) }))
	row("proofs verified (ics23)", fmt.Sprintf("%d, blocks %d…%d", r.ProofsVerified, r.ProofBlocks[0], r.ProofBlocks[1]), "")
	row("client CPU (of one core)", fmt.Sprintf("%.0f %%", r.ClientCPUPercent), "")
	cpuRow := func(name string, client, node float64) {
		v := fmt.Sprintf("client %.0f µs", client)
		if node > 0 {
			v += fmt.Sprintf(", node %.0f µs", node)
		}
		row(name, v, "")
	}
	if r.Transfers > 0 {
		cpuRow("CPU per transfer", r.ClientCPUPerTransferUs, r.NodeCPUPerTransferUs)
	}
	cpuRow("CPU per proof", r.ClientCPUPerProofUs, r.NodeCPUPerProofUs)
	return sb.String()
}

func fmtLabels(m map[string]int) string {
	if len(m) == 0 {
		return "none"
	}
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s ×%d", k, m[k])
	}
	return strings.Join(parts, ", ")
}
