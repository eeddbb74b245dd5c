package operator

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/contracts"
	"github.com/avlplasma/avlplasma/contracts/bindings"
	"github.com/avlplasma/avlplasma/internal/siml1"
	"github.com/avlplasma/avlplasma/proofs"
)

// l1env is a PlasmaChain on a simulated L1 with dev parameters. Its miner
// commits a block whenever transactions are pending, so L1 time moves only
// when something happens (or AdjustTime moves it).
type l1env struct {
	t      *testing.T
	ctx    context.Context
	l1     *siml1.Chain
	pc     *bindings.PlasmaChain
	p      contracts.Params
	addr   common.Address
	deploy uint64
	dom    proofs.Domain

	mineMu  sync.Mutex // held while the miner must not commit (AdjustTime, Fork)
	stopped chan struct{}
}

func newL1Env(t *testing.T, mine bool) *l1env {
	t.Helper()
	l := siml1.New(t, siml1.Osaka())
	e := &l1env{t: t, ctx: context.Background(), l1: l, pc: bindings.NewPlasmaChain(), stopped: make(chan struct{})}
	e.p = contracts.DefaultDevParams(l.Addrs[0])
	addr, r, err := l.Deploy(e.ctx, l.Keys[0], &bindings.PlasmaChainMetaData, e.pc.PackConstructor(e.p.Config()))
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	e.addr, e.deploy = addr, r.BlockNumber.Uint64()
	e.dom = proofs.Domain{ChainID: l.ChainID, Contract: addr}
	if mine {
		ctx, cancel := context.WithCancel(context.Background())
		t.Cleanup(func() { cancel(); <-e.stopped })
		go e.miner(ctx)
	} else {
		close(e.stopped)
	}
	return e
}

func (e *l1env) miner(ctx context.Context) {
	defer close(e.stopped)
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(20 * time.Millisecond):
		}
		e.mineMu.Lock()
		n, err := e.l1.Client.PendingTransactionCount(ctx)
		if err == nil && n > 0 {
			e.l1.Commit()
		}
		e.mineMu.Unlock()
	}
}

// advance moves L1 time by d (the backend refuses while its pool still
// lists a mined transaction: retry).
func (e *l1env) advance(d time.Duration) {
	e.t.Helper()
	e.mineMu.Lock()
	defer e.mineMu.Unlock()
	for i := 0; ; i++ {
		err := e.l1.AdjustTime(d)
		if err == nil {
			return
		}
		if i == 400 || !strings.Contains(err.Error(), "non-empty block") {
			e.t.Fatalf("adjust time: %v", err)
		}
		if n, _ := e.l1.Client.PendingTransactionCount(e.ctx); n > 0 {
			e.l1.Commit()
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (e *l1env) call(data []byte) []byte {
	e.t.Helper()
	out, err := e.l1.Call(e.ctx, e.l1.Addrs[9], e.addr, data)
	if err != nil {
		e.t.Fatalf("call: %v", err)
	}
	return out
}

func l1get[T any](e *l1env, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := unpack(e.call(data))
	if err != nil {
		e.t.Fatalf("unpack: %v", err)
	}
	return v
}

func (e *l1env) lastBlock() uint64 { return l1get(e, e.pc.PackLastBlock(), e.pc.UnpackLastBlock) }

// send sends a transaction from key without committing (the miner, or the
// test, commits).
func (e *l1env) send(key *ecdsa.PrivateKey, value *big.Int, data []byte) *types.Receipt {
	e.t.Helper()
	tx, err := e.l1.Send(e.ctx, key, siml1.Tx{To: &e.addr, Value: value, Data: data, Gas: 1_000_000})
	if err != nil {
		e.t.Fatalf("send: %v", err)
	}
	var r *types.Receipt
	waitFor(e.t, "receipt", func() bool {
		r, err = e.l1.Client.TransactionReceipt(e.ctx, tx.Hash())
		return err == nil
	})
	if r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("transaction %s reverted (gas %d of %d)", tx.Hash(), r.GasUsed, tx.Gas())
	}
	return r
}

func (e *l1env) deposit(key *ecdsa.PrivateKey, wei *big.Int) *types.Receipt {
	e.t.Helper()
	return e.send(key, wei, e.pc.PackDeposit())
}

// logs returns the contract's logs of one event.
func (e *l1env) logs(event string) []types.Log {
	e.t.Helper()
	head, err := e.l1.Head(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	l := &l1{c: e.l1.Client, contract: e.addr, timeout: 5 * time.Second}
	out, err := l.filter(e.ctx, 0, head.Number.Uint64(), [][]common.Hash{{e.pc.GetABI().Events[event].ID}})
	if err != nil {
		e.t.Fatal(err)
	}
	return out
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func eth(milli int64) *big.Int { return new(big.Int).Mul(big.NewInt(milli), big.NewInt(1e15)) }

func (e *l1env) serviceConfig(dir string) ServiceConfig {
	return ServiceConfig{
		DataDir: dir, L1: e.l1.Client, Contract: e.addr, DeploymentBlock: e.deploy, ChainID: e.l1.ChainID,
		Operator: e.l1.TransactOpts(e.l1.Keys[0]), BlockTime: 100 * time.Millisecond, MaxBlockTxs: 1000,
		PollInterval: 30 * time.Millisecond, CallTimeout: 5 * time.Second, ReceiptTimeout: 5 * time.Second,
		SyncTimeout: 10 * time.Second,
	}
}

func startService(t *testing.T, cfg ServiceConfig) *Service {
	t.Helper()
	s, err := NewService(cfg, zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.InfoLevel))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatalf("start: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Stop(context.Background()); err != nil {
			t.Errorf("stop: %v", err)
		}
	})
	return s
}

// balance is owner's ETH balance at the sequencer's latest block.
func balance(t *testing.T, seq *Sequencer, owner common.Address) *big.Int {
	t.Helper()
	leaves, _, err := seq.Accounts(owner)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range leaves {
		if l.Token == plasma.ETH {
			return l.Leaf.Balance.ToBig()
		}
	}
	return new(big.Int)
}

// checkCommitted asserts that every block the contract has equals the
// sequencer's header with the committedAt of its event.
func (e *l1env) checkCommitted(seq *Sequencer) {
	e.t.Helper()
	last := e.lastBlock()
	seen := map[uint64]bool{}
	for _, lg := range e.logs(bindings.PlasmaChainBlockCommittedEventName) {
		ev, err := e.pc.UnpackBlockCommittedEvent(&lg)
		if err != nil {
			e.t.Fatal(err)
		}
		if ev.Number == 0 {
			continue // recorded at deployment
		}
		h, err := seq.Header(ev.Number)
		if err != nil {
			e.t.Fatal(err)
		}
		if h != (plasma.Header{Number: ev.Number, StateRoot: ev.StateRoot, TxRoot: ev.TxRoot, OpsCursor: ev.OpsCursor, OpsHash: ev.OpsHash, Timestamp: ev.Timestamp}) {
			e.t.Fatalf("block %d on L1 differs from the sequencer's", ev.Number)
		}
		at, ok, err := seq.CommittedAt(ev.Number)
		if err != nil || !ok || at != ev.CommittedAt {
			e.t.Fatalf("block %d committedAt %d %v %v, event says %d", ev.Number, at, ok, err, ev.CommittedAt)
		}
		stored := l1get(e, e.pc.PackBlockHashes(new(big.Int).SetUint64(ev.Number)), e.pc.UnpackBlockHashes)
		if common.Hash(stored) != proofs.HeaderHash(&h, ev.CommittedAt) {
			e.t.Fatalf("block %d: stored hash differs", ev.Number)
		}
		if seen[ev.Number] {
			e.t.Fatalf("block %d committed twice", ev.Number)
		}
		seen[ev.Number] = true
	}
	for n := uint64(1); n <= last; n++ {
		if !seen[n] {
			e.t.Fatalf("block %d has no BlockCommitted event", n)
		}
	}
}

func TestServiceDepositsReachLedgerAndBlocksCommit(t *testing.T) {
	e := newL1Env(t, true)
	s := startService(t, e.serviceConfig(t.TempDir()))
	seq := s.Sequencer()
	alice, bob := e.l1.Keys[1], e.l1.Keys[2]
	e.deposit(alice, eth(1500))
	e.deposit(bob, eth(250))
	e.deposit(alice, eth(500))
	waitFor(t, "deposits in the ledger", func() bool {
		return balance(t, seq, e.l1.Addrs[1]).Cmp(eth(2000)) == 0 && balance(t, seq, e.l1.Addrs[2]).Cmp(eth(250)) == 0
	})
	waitFor(t, "the deposits' block committed", func() bool {
		last := e.lastBlock()
		if last == 0 {
			return false
		}
		h, err := seq.Header(last)
		return err == nil && h.OpsCursor == 3 && seq.Markers().Committed == last
	})
	e.checkCommitted(seq)
	if err := s.Ready(e.ctx); err != nil {
		t.Fatalf("ready: %v", err)
	}
}

func TestServiceHeartbeatCommitsEmptyBlocks(t *testing.T) {
	e := newL1Env(t, true)
	cfg := e.serviceConfig(t.TempDir())
	cfg.Heartbeat = 5 * time.Second
	s := startService(t, cfg)
	if n := e.lastBlock(); n != 0 {
		t.Fatalf("lastBlock %d on a fresh chain", n)
	}
	e.advance(6 * time.Second)
	waitFor(t, "a heartbeat commit", func() bool { return e.lastBlock() == 1 })
	e.advance(6 * time.Second)
	waitFor(t, "a second heartbeat commit", func() bool { return e.lastBlock() == 2 && s.Sequencer().Markers().Committed == 2 })
	blk, err := s.Sequencer().Block(2)
	if err != nil {
		t.Fatal(err)
	}
	if len(blk.Transfers) != 0 || len(blk.Ops) != 0 {
		t.Fatalf("heartbeat block has %d transfers and %d ops", len(blk.Transfers), len(blk.Ops))
	}
	e.checkCommitted(s.Sequencer())
}

// transfer signs a transfer of amount (and fee 1 wei) from key.
func (e *l1env) transfer(key *ecdsa.PrivateKey, to common.Address, amount *big.Int, nonce uint64, spentBefore *big.Int) *plasma.Transfer {
	now, err := e.l1.Now(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	t := &plasma.Transfer{From: crypto.PubkeyToAddress(key.PublicKey), To: to, Token: plasma.ETH, Nonce: nonce, Deadline: now + 3600}
	t.Amount.SetFromBig(amount)
	t.Fee.SetUint64(1)
	t.Spent.SetFromBig(spentBefore)
	t.Spent.Add(&t.Spent, &t.Amount)
	t.Spent.Add(&t.Spent, &t.Fee)
	e.dom.SignTransfer(key, t)
	return t
}

// exitData builds startExit for owner's ETH leaf from block n.
func (e *l1env) exitData(seq *Sequencer, n uint64, owner common.Address) []byte {
	e.t.Helper()
	f := &Follower{seq: seq}
	leaf, proof, err := f.prove(n, owner, plasma.ETH)
	if err != nil {
		e.t.Fatal(err)
	}
	h, err := seq.Header(n)
	if err != nil {
		e.t.Fatal(err)
	}
	at, ok, err := seq.CommittedAt(n)
	if err != nil || !ok {
		e.t.Fatalf("block %d not committed: %v", n, err)
	}
	return e.pc.PackStartExit(bindHeader(h), at, plasma.ETH, bindLeaf(leaf), proof)
}

func waitCommitted(t *testing.T, e *l1env, seq *Sequencer, cond func(plasma.Header) bool) uint64 {
	t.Helper()
	var n uint64
	waitFor(t, "a committed block", func() bool {
		c := seq.Markers().Committed
		for i := c; i > 0; i-- {
			h, err := seq.Header(i)
			if err == nil && cond(h) {
				n = i
				return true
			}
		}
		return false
	})
	return n
}

func TestServiceChallengesStaleExitAndFinalizes(t *testing.T) {
	e := newL1Env(t, true)
	cfg := e.serviceConfig(t.TempDir())
	reg := prometheus.NewRegistry()
	cfg.Registerer = reg
	s := startService(t, cfg)
	seq := s.Sequencer()
	alice, aliceAddr, bob := e.l1.Keys[1], e.l1.Addrs[1], e.l1.Addrs[2]
	e.deposit(alice, eth(5000))
	k := waitCommitted(t, e, seq, func(h plasma.Header) bool { return h.OpsCursor >= 1 })

	tr := e.transfer(alice, bob, eth(1000), 0, new(big.Int))
	hash, err := seq.Submit(e.ctx, tr)
	if err != nil {
		t.Fatalf("submit: %v", err)
	}
	waitFor(t, "the spend committed", func() bool {
		st, _, err := seq.TransferStatus(hash)
		return err == nil && (st == plasma.StatusCommitted || st == plasma.StatusFinalized)
	})

	// Alice exits from block k, before her spend.
	bond := l1get(e, e.pc.PackExitBond(), e.pc.UnpackExitBond)
	r := e.send(alice, bond, e.exitData(seq, k, aliceAddr))
	var exitID *big.Int
	for _, lg := range r.Logs {
		if ev, err := e.pc.UnpackExitStartedEvent(lg); err == nil {
			exitID = ev.ExitId
		}
	}
	if exitID == nil {
		t.Fatal("no ExitStarted")
	}
	waitFor(t, "ExitChallenged", func() bool { return len(e.logs(bindings.PlasmaChainExitChallengedEventName)) > 0 })
	ev, err := e.pc.UnpackExitChallengedEvent(&e.logs(bindings.PlasmaChainExitChallengedEventName)[0])
	if err != nil {
		t.Fatal(err)
	}
	if ev.ExitId.Cmp(exitID) != 0 || ev.SpentFloor.Cmp(tr.Spent.ToBig()) != 0 || ev.Challenger != e.l1.Addrs[0] {
		t.Fatalf("challenge %+v, want exit %s floor %s by the operator", ev, exitID, tr.Spent.Dec())
	}
	open := l1get(e, e.pc.PackOpenExit(aliceAddr, plasma.ETH), e.pc.UnpackOpenExit)
	want := new(big.Int).Sub(eth(5000), tr.Spent.ToBig())
	if open.Amount.Cmp(want) != 0 {
		t.Fatalf("exit amount after the challenge %s, want %s", open.Amount, want)
	}

	// The operator finalizes the exit once it matures.
	e.advance(time.Duration(2*e.p.ChallengePeriod+1) * time.Second)
	waitFor(t, "ExitFinalized", func() bool { return len(e.logs(bindings.PlasmaChainExitFinalizedEventName)) > 0 })
	fin, err := e.pc.UnpackExitFinalizedEvent(&e.logs(bindings.PlasmaChainExitFinalizedEventName)[0])
	if err != nil {
		t.Fatal(err)
	}
	if fin.ExitId.Cmp(exitID) != 0 || fin.Paid.Cmp(want) != 0 {
		t.Fatalf("finalized %+v, want exit %s paid %s", fin, exitID, want)
	}
	// Only one challenge, even though the follower keeps looking.
	if n := len(e.logs(bindings.PlasmaChainExitChallengedEventName)); n != 1 {
		t.Fatalf("%d challenges", n)
	}
	waitFor(t, "the finalization counted", func() bool { return scrape(t, reg)["plasma_follower_finalize_calls_total"][""] >= 1 })
	m := scrape(t, reg)
	if v := m["plasma_follower_exits_seen_total"][""]; v != 1 {
		t.Errorf("exits seen %v, want 1", v)
	}
	if v := m["plasma_follower_challenges_total"][""]; v != 1 {
		t.Errorf("challenges %v, want 1", v)
	}
	if v := m["plasma_l1_transactions_total"]["challengeExit,mined"]; v != 1 {
		t.Errorf("challengeExit transactions %v, want 1", v)
	}
}

func TestServiceAnswersProofRequests(t *testing.T) {
	e := newL1Env(t, true)
	cfg := e.serviceConfig(t.TempDir())
	reg := prometheus.NewRegistry()
	cfg.Registerer = reg
	s := startService(t, cfg)
	seq := s.Sequencer()
	alice, aliceAddr := e.l1.Keys[1], e.l1.Addrs[1]
	e.deposit(alice, eth(700))
	k := waitCommitted(t, e, seq, func(h plasma.Header) bool { return h.OpsCursor >= 1 })
	h, err := seq.Header(k)
	if err != nil {
		t.Fatal(err)
	}
	at, _, err := seq.CommittedAt(k)
	if err != nil {
		t.Fatal(err)
	}
	bond := l1get(e, e.pc.PackRequestBond(), e.pc.UnpackRequestBond)
	stranger := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	e.send(e.l1.Keys[3], bond, e.pc.PackRequestProof(aliceAddr, plasma.ETH, bindHeader(h), at))
	e.send(e.l1.Keys[3], bond, e.pc.PackRequestProof(stranger, plasma.ETH, bindHeader(h), at))
	waitFor(t, "two answers", func() bool { return len(e.logs(bindings.PlasmaChainProofAnsweredEventName)) == 2 })
	for _, id := range []int64{1, 2} {
		rq := l1get(e, e.pc.PackRequests(big.NewInt(id)), e.pc.UnpackRequests)
		if rq.Status != 2 {
			t.Fatalf("request %d status %d, want answered", id, rq.Status)
		}
	}
	var got []*big.Int
	for _, lg := range e.logs(bindings.PlasmaChainProofAnsweredEventName) {
		ev, err := e.pc.UnpackProofAnsweredEvent(&lg)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, ev.Balance)
	}
	if len(got) != 2 || got[0].Cmp(eth(700)) != 0 && got[1].Cmp(eth(700)) != 0 {
		t.Fatalf("answered balances %v, want one of 0.7 ETH", got)
	}
	// The follower counts an answer once it has its receipt, a moment
	// after the event is visible.
	waitFor(t, "two answers counted", func() bool { return scrape(t, reg)["plasma_follower_proofs_answered_total"][""] == 2 })
	if v := scrape(t, reg)["plasma_follower_proof_requests_seen_total"][""]; v != 2 {
		t.Errorf("proof requests seen %v, want 2", v)
	}
}
