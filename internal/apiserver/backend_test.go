package apiserver

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	ics23 "github.com/cosmos/ics23/go"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/contracts"
	"github.com/avlplasma/avlplasma/contracts/bindings"
	"github.com/avlplasma/avlplasma/httpapi"
	"github.com/avlplasma/avlplasma/internal/siml1"
	"github.com/avlplasma/avlplasma/operator"
	"github.com/avlplasma/avlplasma/proofs"
)

type chainClock struct{ c *siml1.Chain }

func (k chainClock) L1Time() uint64 {
	t, err := k.c.Now(context.Background())
	if err != nil {
		return 0
	}
	return t
}

type fixture struct {
	t      *testing.T
	ctx    context.Context
	chain  *siml1.Chain
	pc     *bindings.PlasmaChain
	dep    *contracts.Deployment
	seq    *operator.Sequencer
	be     *Backend
	srv    *httptest.Server
	nextOp uint64
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	chain := siml1.New(t, siml1.Osaka())
	opKey := chain.Keys[0]
	params := contracts.DefaultDevParams(chain.Addrs[0])
	_, tx, err := contracts.SendDeploy(chain.Client, chain.TransactOpts(opKey), params)
	if err != nil {
		t.Fatal(err)
	}
	rcpts, err := chain.Mine(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	dep, err := contracts.NewDeployment(ctx, chain.Client, chain.ChainID, rcpts[0], params)
	if err != nil {
		t.Fatal(err)
	}
	domain := proofs.Domain{ChainID: chain.ChainID, Contract: dep.PlasmaChain}
	seq, err := operator.NewSequencer(operator.SequencerConfig{
		DataDir: t.TempDir(), Domain: domain, Operator: chain.Addrs[0], MinFee: uint256.NewInt(1),
		MinDeadlineMargin: 600, BlockTime: time.Hour,
	}, chainClock{chain}, zerolog.New(zerolog.NewTestWriter(t)))
	if err != nil {
		t.Fatal(err)
	}
	if err := seq.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = seq.Stop(context.Background()) })
	be, err := New(Config{
		Sequencer: seq, L1: chain.Client, Contract: dep.PlasmaChain, DeploymentBlock: dep.Block,
		DeployTime: dep.DeployTime, ChainID: chain.ChainID, Operator: chain.Addrs[0],
		MinFee: uint256.NewInt(1), MinDeadlineMargin: 600, Log: zerolog.New(zerolog.NewTestWriter(t)),
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(httpapi.NewRouter(be, httpapi.Options{Log: zerolog.New(zerolog.NewTestWriter(t))}))
	t.Cleanup(srv.Close)
	return &fixture{t: t, ctx: ctx, chain: chain, pc: bindings.NewPlasmaChain(), dep: dep, seq: seq, be: be, srv: srv}
}

// l1 sends a transaction to PlasmaChain from dev account i and mines it.
func (f *fixture) l1(i int, value *big.Int, data []byte) {
	f.t.Helper()
	if _, err := f.chain.Transact(f.ctx, f.chain.Keys[i], siml1.Tx{To: &f.dep.PlasmaChain, Value: value, Data: data, Gas: 3_000_000}); err != nil {
		f.t.Fatal(err)
	}
}

// feedOps hands the operations the contract appended to the sequencer, as
// the follower does.
func (f *fixture) feedOps() {
	f.t.Helper()
	logs, err := f.chain.Client.FilterLogs(f.ctx, filterAll(f.dep.PlasmaChain))
	if err != nil {
		f.t.Fatal(err)
	}
	id := f.pc.GetABI().Events[bindings.PlasmaChainOperationAppendedEventName].ID
	var ops []plasma.Op
	for i := range logs {
		if logs[i].Topics[0] != id {
			continue
		}
		e, err := f.pc.UnpackOperationAppendedEvent(&logs[i])
		if err != nil {
			f.t.Fatal(err)
		}
		if e.Index < f.nextOp {
			continue
		}
		op := plasma.Op{Index: e.Index, Kind: plasma.OpKind(e.Kind), Owner: e.Owner, Token: e.Token, Nonce: e.Nonce}
		op.Amount.SetFromBig(e.Amount)
		ops = append(ops, op)
		f.nextOp = e.Index + 1
	}
	if len(ops) > 0 {
		if err := f.seq.ApplyOps(ops); err != nil {
			f.t.Fatal(err)
		}
	}
}

// sealAndCommit seals a block and commits it on L1, as the publisher does.
func (f *fixture) sealAndCommit() *plasma.Block {
	f.t.Helper()
	blk, err := f.seq.SealNow(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	f.l1(0, nil, f.pc.PackCommitBlocks([]bindings.PlasmaChainHeader{bindHeader(&blk.Header)}))
	at, err := f.chain.Now(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	if err := f.seq.MarkCommitted(blk.Number, at); err != nil {
		f.t.Fatal(err)
	}
	return blk
}

func (f *fixture) get(path string, out any) int {
	f.t.Helper()
	resp, err := http.Get(f.srv.URL + path)
	if err != nil {
		f.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if out != nil && resp.StatusCode == 200 {
		if err := json.Unmarshal(body, out); err != nil {
			f.t.Fatalf("GET %s: %v: %s", path, err, body)
		}
	}
	return resp.StatusCode
}

func (f *fixture) post(path string, body []byte) (int, string) {
	f.t.Helper()
	resp, err := http.Post(f.srv.URL+path, "application/json", bytes.NewReader(body))
	if err != nil {
		f.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func transferJSON(t *plasma.Transfer) []byte {
	b, _ := json.Marshal(map[string]string{
		"from": t.From.Hex(), "to": t.To.Hex(), "token": t.Token.Hex(),
		"amount": t.Amount.Dec(), "nonce": uint256.NewInt(t.Nonce).Dec(), "fee": t.Fee.Dec(),
		"spent": t.Spent.Dec(), "deadline": uint256.NewInt(t.Deadline).Dec(),
		"signature": hexutil.Encode(t.Signature),
	})
	return b
}

// A deposit, a transfer and an exit through the API against a real
// sequencer and a real PlasmaChain: the served proof verifies with ics23
// against the committed root and its startExit calldata is accepted.
func TestDepositTransferProveExit(t *testing.T) {
	f := newFixture(t)
	alice, bob := f.chain.Keys[1], f.chain.Addrs[2]
	eth := plasma.ETH
	f.l1(1, big.NewInt(1e18), f.pc.PackDeposit())
	f.feedOps()
	f.sealAndCommit()

	var deps struct{ Deposits []map[string]any }
	if code := f.get("/v1/deposits", &deps); code != 200 || len(deps.Deposits) != 1 || deps.Deposits[0]["status"] != "credited" {
		t.Fatalf("deposits: %d %v", code, deps)
	}

	now, _ := f.chain.Now(f.ctx)
	tr := &plasma.Transfer{From: f.chain.Addrs[1], To: bob, Token: eth, Nonce: 0, Deadline: now + 3600}
	tr.Amount.SetUint64(3e17)
	tr.Fee.SetUint64(1000)
	tr.Spent.Add(&tr.Amount, &tr.Fee)
	domain := f.be.Domain()

	// Refusals change nothing: deadline inside the margin, high-s, bad JSON.
	close := *tr
	close.Deadline = now + 10
	domain.SignTransfer(alice, &close)
	if code, body := f.post("/v1/transfers", transferJSON(&close)); code != 400 && code != 409 || !strings.Contains(body, "deadline") {
		t.Fatalf("deadline too close: %d %s", code, body)
	}
	high := *tr
	domain.SignTransfer(alice, &high)
	high.Signature = highS(high.Signature)
	if code, body := f.post("/v1/transfers", transferJSON(&high)); code != 400 || !strings.Contains(body, "signature") {
		t.Fatalf("high-s: %d %s", code, body)
	}
	if code, _ := f.post("/v1/transfers", []byte(`{"from":`)); code != 400 {
		t.Fatalf("malformed JSON: %d", code)
	}
	if f.seq.PendingCount() != 0 {
		t.Fatalf("a refused transfer is pending")
	}

	domain.SignTransfer(alice, tr)
	code, body := f.post("/v1/transfers", transferJSON(tr))
	if code != 200 && code != 202 {
		t.Fatalf("submit: %d %s", code, body)
	}
	var sub struct{ Hash, Status string }
	_ = json.Unmarshal([]byte(body), &sub)
	if sub.Hash != domain.TransferDigest(tr).Hex() || sub.Status != "accepted" {
		t.Fatalf("submit answer %s", body)
	}
	blk := f.sealAndCommit()

	var st map[string]any
	if f.get("/v1/transfers/"+sub.Hash, &st); st["status"] != "committed" {
		t.Fatalf("transfer status %v", st)
	}
	var bi map[string]any
	if code := f.get("/v1/blocks/"+uint256.NewInt(blk.Number).Dec(), &bi); code != 200 || bi["status"] != "committed" {
		t.Fatalf("block: %d %v", code, bi)
	}
	if code := f.get("/v1/blocks/"+uint256.NewInt(blk.Number).Dec()+"/transfers/0/proof", nil); code != 200 {
		t.Fatalf("transfer proof: %d", code)
	}

	// Bob's proof at the newest committed block, checked with ics23 against
	// the root the contract emitted.
	pi, err := f.be.Proof(f.ctx, bob, eth, nil)
	if err != nil {
		t.Fatal(err)
	}
	root := f.committedRoot(blk.Number)
	var cp ics23.CommitmentProof
	if err := cp.Unmarshal(pi.ICS23); err != nil {
		t.Fatal(err)
	}
	if !pi.Exists || !ics23.VerifyMembership(ics23.IavlSpec, root[:], &cp, pi.Key, pi.Value) {
		t.Fatalf("served proof does not verify against the committed root")
	}
	if pi.Leaf.Balance.Uint64() != 3e17 {
		t.Fatalf("bob's leaf %v", pi.Leaf.Balance.Dec())
	}
	var pj map[string]any
	if code := f.get("/v1/proofs/"+bob.Hex()+"/"+eth.Hex(), &pj); code != 200 || pj["startExitCalldata"] != hexutil.Encode(pi.StartExitCalldata) {
		t.Fatalf("proof route: %d", code)
	}
	if code := f.get("/v1/proofs/"+bob.Hex()+"/"+eth.Hex()+"?block=99", nil); code != 404 {
		t.Fatalf("proof of an uncommitted block: %d", code)
	}

	// Bob exits with the served calldata.
	f.l1(2, contracts.DefaultDevParams(common.Address{}).ExitBond, pi.StartExitCalldata)
	var exits struct{ Exits []map[string]any }
	if code := f.get("/v1/exits", &exits); code != 200 || len(exits.Exits) != 1 || exits.Exits[0]["status"] != "open" || exits.Exits[0]["amount"] != "300000000000000000" {
		t.Fatalf("exits: %d %v", code, exits)
	}
}

func (f *fixture) committedRoot(n uint64) common.Hash {
	f.t.Helper()
	logs, err := f.chain.Client.FilterLogs(f.ctx, filterAll(f.dep.PlasmaChain))
	if err != nil {
		f.t.Fatal(err)
	}
	id := f.pc.GetABI().Events[bindings.PlasmaChainBlockCommittedEventName].ID
	for i := range logs {
		if logs[i].Topics[0] == id {
			e, err := f.pc.UnpackBlockCommittedEvent(&logs[i])
			if err == nil && e.Number == n {
				return e.StateRoot
			}
		}
	}
	f.t.Fatalf("block %d not committed on L1", n)
	return common.Hash{}
}

func filterAll(addr common.Address) ethereum.FilterQuery {
	return ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{addr}}
}

// highS turns a signature into its high-s twin (s' = n − s, v flipped):
// the same signer, a different encoding the rules refuse.
func highS(sig []byte) []byte {
	out := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(out[32:64])
	s.Sub(crypto.S256().Params().N, s)
	s.FillBytes(out[32:64])
	out[64] ^= 1 // 27 ↔ 28
	return out
}
