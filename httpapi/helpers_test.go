package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gorilla/mux"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/internal/syncbuf"
)

// memBackend is an in-memory Backend: enough state for the API's own
// mechanics (shapes, paging, errors). The operator's real implementation is
// tested end to end where the service is wired.
type memBackend struct {
	mu sync.Mutex

	info      Info
	err       error // returned by every method when set
	readyErr  error
	panicking bool          // every method panics
	block     chan struct{} // when set, methods wait for it or ctx
	submitted []plasma.Transfer
	transfers map[common.Hash]TransferInfo
	accounts  map[common.Address]Account
	proofs    map[common.Address]ProofInfo // by owner
	blocks    []BlockInfo
	exits     []ExitInfo
	deposits  []DepositInfo

	lastProofBlock *uint64
	lastExits      ExitFilter
	lastDeposits   DepositFilter
}

func newMemBackend() *memBackend {
	return &memBackend{
		transfers: map[common.Hash]TransferInfo{},
		accounts:  map[common.Address]Account{},
		proofs:    map[common.Address]ProofInfo{},
	}
}

func (m *memBackend) enter(ctx context.Context) error {
	m.mu.Lock()
	err, panicking, block := m.err, m.panicking, m.block
	m.mu.Unlock()
	if panicking {
		panic("backend exploded")
	}
	if block != nil {
		select {
		case <-block:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return err
}

func (m *memBackend) Info(ctx context.Context) (Info, error) {
	if err := m.enter(ctx); err != nil {
		return Info{}, err
	}
	return m.info, nil
}

func (m *memBackend) Ready(ctx context.Context) error {
	if err := m.enter(ctx); err != nil {
		return err
	}
	return m.readyErr
}

func (m *memBackend) SubmitTransfer(ctx context.Context, t *plasma.Transfer) (common.Hash, plasma.TransferStatus, error) {
	if err := m.enter(ctx); err != nil {
		return common.Hash{}, "", err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.submitted = append(m.submitted, *t)
	return common.BytesToHash(t.Signature[:32]), plasma.StatusAccepted, nil
}

func (m *memBackend) Transfer(ctx context.Context, hash common.Hash) (TransferInfo, error) {
	if err := m.enter(ctx); err != nil {
		return TransferInfo{}, err
	}
	ti, ok := m.transfers[hash]
	if !ok {
		return TransferInfo{}, plasma.Errorf(plasma.ENOTFOUND, "no transfer %s", hash)
	}
	return ti, nil
}

func (m *memBackend) Account(ctx context.Context, owner common.Address) (Account, error) {
	if err := m.enter(ctx); err != nil {
		return Account{}, err
	}
	if acc, ok := m.accounts[owner]; ok {
		return acc, nil
	}
	return Account{Owner: owner, Block: uint64(len(m.blocks) - 1)}, nil
}

func (m *memBackend) Proof(ctx context.Context, owner, token common.Address, block *uint64) (ProofInfo, error) {
	if err := m.enter(ctx); err != nil {
		return ProofInfo{}, err
	}
	m.lastProofBlock = block
	p, ok := m.proofs[owner]
	if !ok || (block != nil && *block != p.Header.Number) {
		return ProofInfo{}, plasma.Errorf(plasma.ENOTFOUND, "no committed block")
	}
	return p, nil
}

func (m *memBackend) Blocks(ctx context.Context, from uint64, limit int) ([]BlockInfo, error) {
	if err := m.enter(ctx); err != nil {
		return nil, err
	}
	var out []BlockInfo
	for _, b := range m.blocks {
		if b.Block.Number >= from && len(out) < limit {
			out = append(out, b)
		}
	}
	return out, nil
}

func (m *memBackend) Block(ctx context.Context, n uint64) (BlockInfo, error) {
	if err := m.enter(ctx); err != nil {
		return BlockInfo{}, err
	}
	if n >= uint64(len(m.blocks)) {
		return BlockInfo{}, plasma.Errorf(plasma.ENOTFOUND, "no block %d", n)
	}
	return m.blocks[n], nil
}

func (m *memBackend) TransferProof(ctx context.Context, n, index uint64) (TxProofInfo, error) {
	if err := m.enter(ctx); err != nil {
		return TxProofInfo{}, err
	}
	if n >= uint64(len(m.blocks)) || index >= uint64(len(m.blocks[n].Block.Transfers)) {
		return TxProofInfo{}, plasma.Errorf(plasma.ENOTFOUND, "no transfer %d in block %d", index, n)
	}
	b := &m.blocks[n]
	committed := uint64(1_700_000_100)
	return TxProofInfo{
		Header:      b.Block.Header,
		CommittedAt: &committed,
		Index:       index,
		Transfer:    b.Block.Transfers[index],
		Hash:        b.Hashes[index],
		Leaf:        common.HexToHash("0x1eaf"),
		Proof:       []common.Hash{common.HexToHash("0x01"), common.HexToHash("0x02")},
	}, nil
}

func (m *memBackend) Exits(ctx context.Context, f ExitFilter) ([]ExitInfo, error) {
	if err := m.enter(ctx); err != nil {
		return nil, err
	}
	m.lastExits = f
	var out []ExitInfo
	for _, e := range m.exits {
		if e.ID < f.From || len(out) == f.Limit ||
			(f.Token != nil && *f.Token != e.Token) || (f.Owner != nil && *f.Owner != e.Owner) ||
			(f.Status != "" && f.Status != e.Status) {
			continue
		}
		out = append(out, e)
	}
	return out, nil
}

func (m *memBackend) Deposits(ctx context.Context, f DepositFilter) ([]DepositInfo, error) {
	if err := m.enter(ctx); err != nil {
		return nil, err
	}
	m.lastDeposits = f
	var out []DepositInfo
	for _, d := range m.deposits {
		if d.Index < f.From || len(out) == f.Limit ||
			(f.Owner != nil && *f.Owner != d.Owner) || (f.Token != nil && *f.Token != d.Token) {
			continue
		}
		out = append(out, d)
	}
	return out, nil
}

// Fixed actors of the fixtures.
var (
	alice    = common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	bob      = common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")
	operator = common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
	contract = common.HexToAddress("0x5FbDB2315678afecb367f642d2eA6C7f0a1A2B3C")
	token    = common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")
)

func u256(s string) uint256.Int {
	var v uint256.Int
	if err := v.SetFromDecimal(s); err != nil {
		panic(err)
	}
	return v
}

func sampleTransfer(nonce uint64) plasma.Transfer {
	sig := make([]byte, 65)
	for i := range sig {
		sig[i] = byte(i + int(nonce))
	}
	sig[64] = 27
	return plasma.Transfer{
		From: alice, To: bob, Token: plasma.ETH,
		Amount: u256("1000000000000000000"), Nonce: nonce, Fee: u256("21000"),
		Spent: u256("1000000000000021000"), Deadline: 1_700_003_600, Signature: sig,
	}
}

// fixture fills m with a chain of n blocks, block i holding i%3 transfers
// and one deposit op per block, plus exits, deposits and a proof.
func (m *memBackend) fixture(n int) {
	m.info = Info{
		ChainID: big.NewInt(31337), Contract: contract, Operator: operator,
		LatestBlock: uint64(n - 1), CommittedBlock: uint64(n - 2), FinalizedBlock: uint64(n - 3),
		MinFee: u256("21000"), MinDeadlineMargin: 3600, MaxDeadlineHorizon: plasma.DefaultMaxDeadlineHorizon,
	}
	for i := 0; i < n; i++ {
		bi := BlockInfo{Status: BlockSealed}
		bi.Block.Header = plasma.Header{
			Number: uint64(i), StateRoot: common.BigToHash(big.NewInt(int64(1000 + i))),
			OpsCursor: uint64(i), Timestamp: 1_700_000_000 + uint64(i),
		}
		if i > 0 {
			bi.Block.Ops = []plasma.Op{{Index: uint64(i - 1), Kind: plasma.OpDeposit, Owner: alice, Token: plasma.ETH, Amount: u256("5")}}
		}
		for j := 0; j < i%3; j++ {
			bi.Block.Transfers = append(bi.Block.Transfers, sampleTransfer(uint64(j)))
			bi.Hashes = append(bi.Hashes, common.BigToHash(big.NewInt(int64(i*10+j))))
		}
		if i < n-1 {
			at, l1 := uint64(1_700_000_100+i), uint64(500+i)
			tx := common.BigToHash(big.NewInt(int64(7000 + i)))
			bi.Status, bi.CommittedAt, bi.CommitTx, bi.CommitL1Block = BlockCommitted, &at, &tx, &l1
		}
		m.blocks = append(m.blocks, bi)
	}
	for i := 0; i < 30; i++ {
		e := ExitInfo{ID: uint64(i), Owner: alice, Token: plasma.ETH, Amount: u256("7"), Nonce: 3, Block: 2, ExitableAt: 1_700_100_000, Status: ExitFinalized}
		if i%2 == 1 {
			e.Owner, e.Token, e.Status = bob, token, ExitOpen
			e.Position = ptr(uint64(i / 2))
		}
		m.exits = append(m.exits, e)
	}
	for i := 0; i < 5; i++ {
		d := DepositInfo{Index: uint64(i), Owner: alice, Token: plasma.ETH, Amount: u256("5"), Status: DepositPending}
		if i < 3 {
			d.Status, d.Block = DepositCredited, ptr(uint64(i+1))
			d.L1Tx, d.L1Block = ptr(common.BigToHash(big.NewInt(int64(9000+i)))), ptr(uint64(400+i))
		}
		m.deposits = append(m.deposits, d)
	}
	blk := uint64(n - 2)
	m.proofs[alice] = ProofInfo{
		Owner: alice, Token: plasma.ETH, Header: m.blocks[blk].Block.Header, CommittedAt: 1_700_000_100 + blk,
		Key: append([]byte{1}, append(alice.Bytes(), plasma.ETH.Bytes()...)...), Exists: true,
		Value: bytes.Repeat([]byte{0xab}, 72), Leaf: plasma.Leaf{Balance: u256("10"), Nonce: 2, Spent: u256("3")},
		Proof: []byte{0x01, 0x02}, ICS23: []byte{0x0a, 0x0b}, StartExitCalldata: []byte{0xde, 0xad, 0xbe, 0xef},
	}
	m.proofs[bob] = ProofInfo{
		Owner: bob, Token: plasma.ETH, Header: m.blocks[blk].Block.Header, CommittedAt: 1_700_000_100 + blk,
		Key: append([]byte{1}, append(bob.Bytes(), plasma.ETH.Bytes()...)...), Exists: false,
		Proof: []byte{0x03}, ICS23: []byte{0x0c}, StartExitCalldata: []byte{0xca, 0xfe},
	}
	m.transfers[m.blocks[1].Hashes[0]] = TransferInfo{Hash: m.blocks[1].Hashes[0], Status: plasma.StatusCommitted, Block: ptr(uint64(1)), Index: ptr(uint64(0))}
	pending := common.HexToHash("0xabc")
	m.transfers[pending] = TransferInfo{Hash: pending, Status: plasma.StatusAccepted}
}

// testAPI is a router over a memBackend whose every answer is checked
// against openapi.yaml.
type testAPI struct {
	t      *testing.T
	b      *memBackend
	h      http.Handler
	router *mux.Router
	spec   *spec
	logs   *syncbuf.Buffer
}

func newTestAPI(t *testing.T, opts Options) *testAPI {
	t.Helper()
	ta := &testAPI{t: t, b: newMemBackend(), spec: loadSpec(t), logs: new(syncbuf.Buffer)}
	ta.b.fixture(45)
	opts.Log = zerolog.New(io.MultiWriter(zerolog.NewTestWriter(t), ta.logs))
	ta.h = NewRouter(ta.b, opts)
	ta.router = (&api{opts: opts}).routes()
	return ta
}

func (ta *testAPI) logText() string { return ta.logs.String() }

// do sends a request and checks the answer against the OpenAPI response of
// its route and status (the Error schema for unmatched routes).
func (ta *testAPI) do(method, target, body string, hdr ...string) *httptest.ResponseRecorder {
	ta.t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	ta.h.ServeHTTP(rec, req)
	ta.checkSchema(req, rec)
	return rec
}

func (ta *testAPI) checkSchema(req *http.Request, rec *httptest.ResponseRecorder) {
	t := ta.t
	t.Helper()
	if rec.Code == http.StatusNoContent || strings.HasPrefix(rec.Header().Get("Content-Type"), "application/yaml") {
		return
	}
	require.Equal(t, "application/json", rec.Header().Get("Content-Type"), "%s %s", req.Method, req.URL)
	var match mux.RouteMatch
	var sch map[string]any
	if ta.router.Match(req, &match) && match.MatchErr == nil {
		tpl, err := match.Route.GetPathTemplate()
		require.NoError(t, err)
		sch = ta.spec.responseSchema(t, tpl, req.Method, rec.Code)
	} else {
		sch = ta.spec.schemas["Error"].(map[string]any)
	}
	dec := json.NewDecoder(bytes.NewReader(rec.Body.Bytes()))
	dec.UseNumber()
	var v any
	require.NoError(t, dec.Decode(&v), "answer is not JSON: %s", rec.Body)
	require.NoError(t, ta.spec.validate("$", sch, v), "%s %s → %d %s", req.Method, req.URL, rec.Code, rec.Body)
}

// body decodes an answer into a generic map.
func body(t *testing.T, rec *httptest.ResponseRecorder) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &m), rec.Body.String())
	return m
}

func keys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func sorted(ks ...string) []string {
	sort.Strings(ks)
	return ks
}

// errorOf checks an error answer and returns its message.
func errorOf(t *testing.T, rec *httptest.ResponseRecorder, status int, code string) string {
	t.Helper()
	require.Equal(t, status, rec.Code, rec.Body.String())
	m := body(t, rec)
	require.Equal(t, code, m["code"], rec.Body.String())
	return m["message"].(string)
}

type bigInt = big.Int

func bigOf(i int64) *big.Int { return big.NewInt(i) }
