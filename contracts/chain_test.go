package contracts

import (
	"context"
	"encoding/json"
	"math/big"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/rpc"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/contracts/bindings"
	"github.com/avlplasma/avlplasma/internal/siml1"
	"github.com/avlplasma/avlplasma/proofs"
)

func TestDeployRecordsBlockZero(t *testing.T) {
	l1 := siml1.New(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	mining, stop := context.WithCancel(ctx)
	l1.MineEvery(mining, 20*time.Millisecond)
	p := testParams(l1.Addrs[0])
	d, err := Deploy(ctx, l1.Client, l1.TransactOpts(l1.Keys[0]), p)
	stop()
	if err != nil {
		t.Fatal(err)
	}
	if d.ChainID.Cmp(l1.ChainID) != 0 || d.PlasmaChain == (common.Address{}) || d.Block == 0 {
		t.Fatalf("deployment %+v", d)
	}
	raw, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var back Deployment
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if back.PlasmaChain != d.PlasmaChain || back.Params.ExitBond.Cmp(p.ExitBond) != 0 || back.DeployTime != d.DeployTime {
		t.Fatalf("deployment JSON round trip: %s", raw)
	}

	e := &env{t: t, ctx: ctx, l1: l1, pc: bindings.NewPlasmaChain(), addr: d.PlasmaChain}
	if got := view(e, e.pc.PackOperator(), e.pc.UnpackOperator); got != p.Operator {
		t.Fatalf("operator %s", got)
	}
	if got := view(e, e.pc.PackChallengePeriod(), e.pc.UnpackChallengePeriod); got != p.ChallengePeriod {
		t.Fatalf("challengePeriod %d", got)
	}
	wantBig(t, "exitBond", view(e, e.pc.PackExitBond(), e.pc.UnpackExitBond), p.ExitBond)
	wantBig(t, "challengeReward", view(e, e.pc.PackChallengeReward(), e.pc.UnpackChallengeReward), p.ChallengeReward)
	for name, pair := range map[string][2]uint64{
		"responseWindow": {view(e, e.pc.PackResponseWindow(), e.pc.UnpackResponseWindow), p.ResponseWindow},
		"opsTimeout":     {view(e, e.pc.PackOpsTimeout(), e.pc.UnpackOpsTimeout), p.OpsTimeout},
		"maxSealLag":     {view(e, e.pc.PackMaxSealLag(), e.pc.UnpackMaxSealLag), p.MaxSealLag},
		"maxCommitGap":   {view(e, e.pc.PackMaxCommitGap(), e.pc.UnpackMaxCommitGap), p.MaxCommitGap},
		"requestMaxAge":  {view(e, e.pc.PackRequestMaxAge(), e.pc.UnpackRequestMaxAge), p.RequestMaxAge},
		"answerGas":      {view(e, e.pc.PackAnswerGas(), e.pc.UnpackAnswerGas), p.AnswerGas},
		"deployTime":     {view(e, e.pc.PackDeployTime(), e.pc.UnpackDeployTime), d.DeployTime},
		"lastBlock":      {view(e, e.pc.PackLastBlock(), e.pc.UnpackLastBlock), 0},
		"opsCount":       {e.opsCount(), 0},
	} {
		if pair[0] != pair[1] {
			t.Errorf("%s = %d, want %d", name, pair[0], pair[1])
		}
	}
	// Block 0: the empty tree, committed at deployment.
	h0 := plasma.Header{StateRoot: proofs.EmptyRoot(), Timestamp: d.DeployTime}
	if got := view(e, e.pc.PackBlockHashes(big.NewInt(0)), e.pc.UnpackBlockHashes); common.Hash(got) != proofs.HeaderHash(&h0, d.DeployTime) {
		t.Fatalf("block 0 hash %x", got)
	}
	receipt, err := l1.Client.TransactionReceipt(ctx, d.Tx)
	if err != nil {
		t.Fatal(err)
	}
	ev, err := e.pc.UnpackBlockCommittedEvent(receipt.Logs[len(receipt.Logs)-1])
	if err != nil || ev.Number != 0 || ev.StateRoot != proofs.EmptyRoot() || ev.CommittedAt != d.DeployTime {
		t.Fatalf("BlockCommitted of block 0: %+v %v", ev, err)
	}
}

func TestContractSize(t *testing.T) {
	e := newEnv(t)
	code, err := e.l1.Client.CodeAt(e.ctx, e.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	const limit = 24576 // EIP-170
	t.Logf("PlasmaChain deployed code: %d bytes (limit %d)", len(code), limit)
	if len(code) == 0 || len(code) >= limit {
		t.Fatalf("deployed code is %d bytes, limit %d", len(code), limit)
	}
}

func TestParamsCheck(t *testing.T) {
	op := common.HexToAddress("0x1")
	if err := DefaultDevParams(op).Check(); err != nil {
		t.Fatalf("dev defaults: %v", err)
	}
	if err := DefaultPublicParams(op).Check(); err != nil {
		t.Fatalf("public defaults: %v", err)
	}
	cases := []struct {
		field  string // InvalidConfig argument the constructor reverts with ("" = Go only)
		mutate func(p *Params)
	}{
		{"operator", func(p *Params) { p.Operator = common.Address{} }},
		{"challengePeriod", func(p *Params) { p.ChallengePeriod = 0 }},
		{"challengePeriod", func(p *Params) { p.ChallengePeriod = MaxChallengePeriod + 1 }},
		{"challengeReward", func(p *Params) { p.ChallengeReward = new(big.Int).Add(p.ExitBond, big.NewInt(1)) }},
		{"minRequestBond", func(p *Params) { p.MinRequestBond = new(big.Int) }},
		{"answerGas", func(p *Params) { p.AnswerGas = 0 }},
		{"responseWindow", func(p *Params) { p.ResponseWindow = p.ChallengePeriod/2 + 1 }},
		{"responseWindow", func(p *Params) { p.ResponseWindow = 0 }},
		{"opsTimeout", func(p *Params) { p.OpsTimeout = p.ChallengePeriod/2 + 1 }},
		{"maxSealLag", func(p *Params) { p.MaxSealLag = 0 }},
		{"maxSealLag", func(p *Params) { p.MaxSealLag = p.ChallengePeriod + 1 }},
		{"maxCommitGap", func(p *Params) { p.MaxCommitGap = p.RequestMaxAge + 1; p.Heartbeat = 1 }},
		{"requestMaxAge", func(p *Params) { p.RequestMaxAge = 4*p.ChallengePeriod + 1 }},
		{"opsRing", func(p *Params) { p.OpsRing = 12 }},
		{"opsRing", func(p *Params) { p.OpsRing = 4 }},
		{"", func(p *Params) { p.Heartbeat = p.MaxCommitGap }},
		{"", func(p *Params) { p.ExitBond = nil }},
	}
	l1 := siml1.New(t)
	pc := bindings.NewPlasmaChain()
	for _, c := range cases {
		p := testParams(l1.Addrs[0])
		c.mutate(&p)
		if err := p.Check(); err == nil {
			t.Errorf("%s: Check accepted %+v", c.field, p)
		}
		if c.field == "" {
			continue
		}
		_, _, err := SendDeploy(l1.Client, l1.TransactOpts(l1.Keys[0]), p)
		if err == nil {
			t.Fatalf("%s: deployed", c.field)
		}
		_, _, err = l1.Deploy(context.Background(), l1.Keys[0], &bindings.PlasmaChainMetaData, pc.PackConstructor(p.Config()))
		wantRevert(t, err, "InvalidConfig")
		if !strings.Contains(err.Error(), c.field) {
			t.Errorf("constructor reverted %v, want field %s", err, c.field)
		}
	}
}

func TestDigestsMatchGo(t *testing.T) {
	e := newEnv(t)
	if got := view(e, e.pc.PackDomainSeparator(), e.pc.UnpackDomainSeparator); common.Hash(got) != e.dom.Separator() {
		t.Fatalf("domain separator %x, Go %x", got, e.dom.Separator())
	}
	key, from := e.user(1)
	_, to := e.user(2)
	tr := &plasma.Transfer{From: from, To: to, Token: common.HexToAddress("0xfeed"), Amount: u256(milli(1500)),
		Nonce: 7, Fee: u256(wei(12345)), Spent: u256(milli(99999)), Deadline: 1 << 40}
	tr.Spent.Lsh(&tr.Spent, 60) // beyond 128 bits
	e.dom.SignTransfer(key, tr)
	if got := view(e, e.pc.PackTransferDigest(bindTransfer(tr)), e.pc.UnpackTransferDigest); common.Hash(got) != e.dom.TransferDigest(tr) {
		t.Fatalf("transfer digest %x, Go %x", got, e.dom.TransferDigest(tr))
	}
	got := view(e, e.pc.PackExitAuthorizationDigest(from, eth, to, 12345), e.pc.UnpackExitAuthorizationDigest)
	if want := e.dom.ExitAuthorizationDigest(from, eth, to, 12345); common.Hash(got) != want {
		t.Fatalf("authorization digest %x, Go %x", got, want)
	}
}

func TestDepositETH(t *testing.T) {
	e := newEnv(t)
	key, alice := e.user(1)
	r := e.deposit(key, milli(1500))
	var dep *bindings.PlasmaChainDeposited
	for _, lg := range r.Logs {
		if ev, err := e.pc.UnpackDepositedEvent(lg); err == nil {
			dep = ev
		}
	}
	if dep == nil || dep.Owner != alice || dep.Token != eth || dep.Amount.Cmp(milli(1500)) != 0 || dep.OpIndex != 0 {
		t.Fatalf("Deposited %+v", dep)
	}
	e.deposit(key, wei(1))
	wantBig(t, "liabilities", e.liabilities(eth), sum(milli(1500), wei(1)))
	if e.opsCount() != 2 || len(e.ops) != 2 || e.ops[1].Kind != plasma.OpDeposit || e.ops[1].Amount.Uint64() != 1 {
		t.Fatalf("ops %+v", e.ops)
	}
	for i := range e.hashes {
		got := view(e, e.pc.PackOpsHashAt(big.NewInt(int64(i))), e.pc.UnpackOpsHashAt)
		if common.Hash(got) != e.hashes[i] {
			t.Fatalf("opsHashAt(%d) = %x, Go %x", i, got, e.hashes[i])
		}
	}
	head, _ := e.l1.Head(e.ctx)
	if got := view(e, e.pc.PackOpTime(big.NewInt(1)), e.pc.UnpackOpTime); got != head.Time {
		t.Fatalf("opTime(1) = %d, want %d", got, head.Time)
	}

	_, err := e.send(key, nil, e.pc.PackDeposit())
	wantRevert(t, err, "ZeroAmount")
}

func TestDepositToken(t *testing.T) {
	e := newEnv(t)
	key, alice := e.user(1)
	tok := e.deployToken(key, alice, milli(10_000))
	e.approve(key, tok, milli(10_000))
	e.mustSend(key, nil, e.pc.PackDepositToken(tok, milli(2500)))
	wantBig(t, "liabilities", e.liabilities(tok), milli(2500))
	if op := e.ops[0]; op.Kind != plasma.OpDeposit || op.Owner != alice || op.Token != tok || op.Amount.ToBig().Cmp(milli(2500)) != 0 || op.Nonce != 0 {
		t.Fatalf("op %+v", op)
	}
	_, err := e.send(key, nil, e.pc.PackDepositToken(tok, new(big.Int)))
	wantRevert(t, err, "ZeroAmount")
	_, eoa := e.user(5)
	_, err = e.send(key, nil, e.pc.PackDepositToken(eoa, wei(1)))
	wantRevert(t, err, "TokenHasNoCode")
	_, err = e.send(key, nil, e.pc.PackDepositToken(common.Address{}, wei(1)))
	wantRevert(t, err, "TokenHasNoCode")
	// More than the allowance: the token's own error comes through.
	_, err = e.send(key, nil, e.pc.PackDepositToken(tok, milli(10_000)))
	wantRevert(t, err, "ERC20InsufficientAllowance")
}

func TestCommitBlocks(t *testing.T) {
	e := newEnv(t)
	key, _ := e.user(1)
	e.deposit(key, milli(1000))
	b1 := e.commit()
	if b1.H.Number != 1 || b1.H.OpsCursor != 1 {
		t.Fatalf("block 1 %+v", b1.H)
	}
	// A batch: three blocks in one transaction, cursors 1, 2, 3.
	e.deposit(key, milli(1))
	e.deposit(key, milli(2))
	c1, c2 := uint64(1), uint64(2)
	e.seal(sealOpts{cursor: &c1})
	e.seal(sealOpts{cursor: &c2})
	e.seal(sealOpts{})
	r := e.must(e.commitPending())
	var evs []*bindings.PlasmaChainBlockCommitted
	for _, lg := range r.Logs {
		if ev, err := e.pc.UnpackBlockCommittedEvent(lg); err == nil {
			evs = append(evs, ev)
		}
	}
	if len(evs) != 3 {
		t.Fatalf("%d BlockCommitted events", len(evs))
	}
	for i, ev := range evs {
		b := e.blocks[2+i]
		if ev.Number != b.H.Number || ev.StateRoot != b.H.StateRoot || ev.OpsCursor != b.H.OpsCursor ||
			ev.OpsHash != b.H.OpsHash || ev.Timestamp != b.H.Timestamp || ev.CommittedAt != b.CommittedAt {
			t.Fatalf("event %+v for block %+v", ev, b)
		}
		got := view(e, e.pc.PackBlockHashes(new(big.Int).SetUint64(b.H.Number)), e.pc.UnpackBlockHashes)
		if common.Hash(got) != proofs.HeaderHash(&b.H, b.CommittedAt) {
			t.Fatalf("stored hash of block %d differs from proofs.HeaderHash", b.H.Number)
		}
	}
	if got := view(e, e.pc.PackLastBlock(), e.pc.UnpackLastBlock); got != 4 {
		t.Fatalf("lastBlock %d", got)
	}
	if got := view(e, e.pc.PackCommittedCursor(), e.pc.UnpackCommittedCursor); got != 3 {
		t.Fatalf("committedCursor %d", got)
	}
	if lc := view(e, e.pc.PackLastCommit(), e.pc.UnpackLastCommit); lc.CommittedAt != e.blocks[4].CommittedAt || lc.Timestamp != e.blocks[4].H.Timestamp {
		t.Fatalf("lastCommit %+v", lc)
	}
}

func TestCommitRejections(t *testing.T) {
	e := newEnv(t)
	key, _ := e.user(1)
	e.deposit(key, milli(1000))
	e.deposit(key, milli(1000))
	e.commit()
	e.deposit(key, milli(1000))
	e.l1.Commit()
	now := e.now()
	good := plasma.Header{Number: 2, StateRoot: common.HexToHash("0xabc"), OpsCursor: 3, OpsHash: e.hashes[3], Timestamp: now}
	commit := func(key2 any, hs ...plasma.Header) error {
		var bh []bindings.PlasmaChainHeader
		for _, h := range hs {
			bh = append(bh, bindHeader(h))
		}
		k := e.opKey
		if key2 != nil {
			k = e.l1.Keys[1]
		}
		_, err := e.send(k, nil, e.pc.PackCommitBlocks(bh))
		return err
	}
	mod := func(f func(h *plasma.Header)) plasma.Header { h := good; f(&h); return h }

	wantRevert(t, commit(1, good), "NotOperator")
	wantRevert(t, commit(nil), "NoHeaders")
	wantRevert(t, commit(nil, mod(func(h *plasma.Header) { h.Number = 3 })), "NonConsecutive")
	wantRevert(t, commit(nil, mod(func(h *plasma.Header) { h.Number = 1 })), "NonConsecutive")
	wantRevert(t, commit(nil, good, mod(func(h *plasma.Header) { h.Number = 4 })), "NonConsecutive")
	wantRevert(t, commit(nil, mod(func(h *plasma.Header) { h.OpsCursor = 1; h.OpsHash = e.hashes[1] })), "CursorBackwards")
	wantRevert(t, commit(nil, mod(func(h *plasma.Header) { h.OpsCursor = 4 })), "CursorBeyondOps")
	wantRevert(t, commit(nil, mod(func(h *plasma.Header) { h.OpsHash = e.hashes[2] })), "OpsHashMismatch")
	wantRevert(t, commit(nil, mod(func(h *plasma.Header) { h.OpsCursor = 2 })), "OpsHashMismatch")
	wantRevert(t, commit(nil, mod(func(h *plasma.Header) { h.Timestamp = e.blocks[1].H.Timestamp - 1 })), "TimestampBackwards")
	wantRevert(t, commit(nil, good, mod(func(h *plasma.Header) { h.Number = 3; h.Timestamp = now - 1 })), "TimestampBackwards")
	wantRevert(t, commit(nil, mod(func(h *plasma.Header) { h.Timestamp = now + 1000 })), "TimestampAhead")
	// A backdated block: more than maxSealLag behind L1.
	e.advance(e.p.MaxSealLag + 10)
	wantRevert(t, commit(nil, good), "TimestampTooOld")
	// An operation older than opsTimeout left uncovered (cursor 2 < op 2's index + 1).
	e.advance(e.p.OpsTimeout)
	now = e.now()
	wantRevert(t, commit(nil, mod(func(h *plasma.Header) { h.OpsCursor = 2; h.OpsHash = e.hashes[2]; h.Timestamp = now })), "OpUncovered")
	// Covering it is accepted.
	if err := commit(nil, mod(func(h *plasma.Header) { h.Timestamp = now })); err != nil {
		t.Fatal(err)
	}
}

func TestDepositTokenMisbehaving(t *testing.T) {
	e := newEnv(t)
	key, alice := e.user(1)
	h := bindings.NewTestHostileToken()
	huge := new(big.Int).Lsh(big.NewInt(1), 217)
	tok := e.deployHostile(key, alice, huge)
	e.hostile(key, tok, h.PackApprove(e.addr, huge))
	// A token that reports success and moves nothing credits nothing.
	e.hostile(key, tok, h.PackSetMode(4))
	_, err := e.send(key, nil, e.pc.PackDepositToken(tok, milli(1)))
	wantRevert(t, err, "NothingReceived")
	e.hostile(key, tok, h.PackSetMode(0))
	// A leaf's deposits must sum below 2^216 (the prefix sums' width).
	e.mustSend(key, nil, e.pc.PackDepositToken(tok, new(big.Int).Lsh(big.NewInt(1), 215)))
	_, err = e.send(key, nil, e.pc.PackDepositToken(tok, new(big.Int).Lsh(big.NewInt(1), 215)))
	wantRevert(t, err, "DepositTooLarge")
}

// The operations queue keeps hashes and times in a ring: with a ring of 8,
// commits, views and freezes work across many laps, and a cursor that fell
// out of the window is refused.
func TestOpsRingWrap(t *testing.T) {
	e := newEnvParams(t, func(p *Params) { p.OpsRing = 8 })
	key, _ := e.user(1)
	e.mustSend(key, nil, e.pc.PackReserveOps(big.NewInt(100)))
	for lap := 0; lap < 3; lap++ {
		for i := 0; i < 5; i++ {
			e.deposit(key, wei(int64(1+i)))
		}
		e.commit()
		for i := 0; i < 3; i++ {
			e.deposit(key, wei(int64(10+i)))
		}
	}
	n := e.opsCount()
	if n != 24 {
		t.Fatalf("opsCount %d", n)
	}
	for i := uint64(0); i <= n; i++ {
		out, err := e.l1.Call(e.ctx, e.l1.Addrs[9], e.addr, e.pc.PackOpsHashAt(new(big.Int).SetUint64(i)))
		if i+8 <= n || i > n {
			wantRevert(t, err, "OutOfWindow")
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		got, _ := e.pc.UnpackOpsHashAt(out)
		if common.Hash(got) != e.hashes[i] {
			t.Fatalf("opsHashAt(%d) in the window differs", i)
		}
	}
	_, err := e.l1.Call(e.ctx, e.l1.Addrs[9], e.addr, e.pc.PackOpTime(new(big.Int).SetUint64(n)))
	wantRevert(t, err, "OutOfWindow")
	// Eight more operations push the committed cursor (21) out of the window.
	for i := 0; i < 8; i++ {
		e.deposit(key, wei(1))
	}
	c := uint64(21)
	e.seal(sealOpts{cursor: &c})
	_, err = e.commitPending()
	wantRevert(t, err, "OutOfWindow")
	e.pending = nil
	if err := e.ledger.Rewind(int64(len(e.blocks) - 1)); err != nil {
		t.Fatal(err)
	}
	e.cursor = 21 // the ledger went back to block 3, which applied 21 operations
	e.locks = map[plasma.AccountKey]uint32{}
	// A freeze names an uncovered operation inside the window.
	e.advance(e.p.OpsTimeout + 1)
	_, err = e.send(key, nil, e.pc.PackFreeze(FreezeOpsTimeout, big.NewInt(22)))
	wantRevert(t, err, "FreezeNotDue") // out of the window
	e.mustSend(key, nil, e.pc.PackFreeze(FreezeOpsTimeout, big.NewInt(30)))
}

// The 32-bit block and exit counters refuse to wrap. Reaching 2^32 takes
// too long to do for real, so the calls run against an overridden global
// slot (slot 1, after ReentrancyGuard's status).
func TestCounterLimits(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	e := newEnv(t, siml1.WithHTTP("127.0.0.1", port))
	aliceKey, alice := e.user(1)
	e.deposit(aliceKey, milli(10))
	b := e.commit()
	rc, err := rpc.Dial(e.l1.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	geth := gethclient.New(rc)
	slot := common.BigToHash(big.NewInt(1))
	word, err := e.l1.Client.StorageAt(e.ctx, e.addr, slot, nil)
	if err != nil {
		t.Fatal(err)
	}
	global := new(big.Int).SetBytes(word)
	if global.Sign() == 0 {
		t.Fatal("slot 1 is not the global counters")
	}
	call := func(from common.Address, value *big.Int, data []byte, set func(w *big.Int)) error {
		w := new(big.Int).Set(global)
		set(w)
		over := map[common.Address]gethclient.OverrideAccount{e.addr: {StateDiff: map[common.Hash]common.Hash{slot: common.BigToHash(w)}}}
		_, err := geth.CallContract(e.ctx, ethereum.CallMsg{From: from, To: &e.addr, Value: value, Data: data}, nil, &over)
		if rd, ok := siml1.RevertData(err); ok {
			return e.l1.DecodeRevert(rd)
		}
		return err
	}
	field := func(w *big.Int, shift, bits uint, v uint64) {
		mask := new(big.Int).Lsh(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1)), shift)
		w.AndNot(w, mask)
		w.Or(w, new(big.Int).Lsh(new(big.Int).SetUint64(v), shift))
	}
	// lastBlock = 2^32 − 1: the next block would need 33 bits.
	h := b.H
	h.Number = 1 << 32
	err = call(e.p.Operator, nil, e.pc.PackCommitBlocks([]bindings.PlasmaChainHeader{bindHeader(h)}), func(w *big.Int) { field(w, 40, 32, 1<<32-1) })
	wantRevert(t, err, "TooManyBlocks")
	// exitSeq = 2^32 − 1: no further exit id.
	leaf, proof := e.prove(1, alice, eth)
	err = call(alice, e.p.ExitBond, e.startExitData(1, eth, leaf, proof), func(w *big.Int) { field(w, 192, 32, 1<<32-1) })
	wantRevert(t, err, "TooManyExits")
	// The same calls without the override go through.
	if err := call(alice, e.p.ExitBond, e.startExitData(1, eth, leaf, proof), func(*big.Int) {}); err != nil {
		t.Fatal(err)
	}
}
