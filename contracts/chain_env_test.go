package contracts

import (
	"context"

	"crypto/ecdsa"
	"github.com/ethereum/go-ethereum"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/avl"
	"github.com/avlplasma/avlplasma/contracts/bindings"
	"github.com/avlplasma/avlplasma/internal/siml1"
	"github.com/avlplasma/avlplasma/proofs"
)

// The test environment: a PlasmaChain on the simulated L1, an operator whose
// ledger is a real IAVL tree, and a Go mirror of the operations queue that
// checks every OperationAppended against proofs.NextOpsHash.

var (
	ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	eth   = plasma.ETH
)

func wei(n int64) *big.Int { return big.NewInt(n) }

// ethers returns n/1000 ether.
func milli(n int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(big.NewInt(n), ether), big.NewInt(1000))
}

func u256(b *big.Int) uint256.Int {
	var u uint256.Int
	if u.SetFromBig(b) {
		panic("overflow")
	}
	return u
}

// block is a committed block as the operator and its users keep it.
type block struct {
	H           plasma.Header
	CommittedAt uint64
	Txs         []*plasma.Transfer
	Leaves      []common.Hash
}

type env struct {
	t    testing.TB
	ctx  context.Context
	l1   *siml1.Chain
	pc   *bindings.PlasmaChain
	addr common.Address
	p    Params
	dom  proofs.Domain

	opKey   *ecdsa.PrivateKey
	ledger  *avl.Ledger
	blocks  []block // committed, by number
	pending []block // sealed, not yet committed
	ops     []plasma.Op
	hashes  []common.Hash // hashes[i]: ops hash after i ops
	cursor  uint64        // ops applied to the ledger's working state
	locks   map[plasma.AccountKey]uint32
}

// Test parameters: periods long enough that no test races the wall clock.
func testParams(op common.Address) Params {
	p := DefaultDevParams(op)
	p.ChallengePeriod = 1000
	p.ResponseWindow = 200
	p.OpsTimeout = 300
	p.MaxSealLag = 100
	p.MaxCommitGap = 400
	p.RequestMaxAge = 2000
	p.Heartbeat = 100
	return p
}

func newEnv(t testing.TB, opts ...siml1.Option) *env {
	return newEnvParams(t, nil, opts...)
}

func newEnvParams(t testing.TB, adjust func(*Params), opts ...siml1.Option) *env {
	t.Helper()
	l1 := siml1.New(t, opts...)
	e := &env{t: t, ctx: context.Background(), l1: l1, pc: bindings.NewPlasmaChain(), opKey: l1.Keys[0]}
	e.p = testParams(l1.Addrs[0])
	if adjust != nil {
		adjust(&e.p)
	}
	if err := e.p.Check(); err != nil {
		t.Fatal(err)
	}
	receipt, err := e.transact(e.opKey, nil, nil, append(common.FromHex(bindings.PlasmaChainMetaData.Bin), e.pc.PackConstructor(e.p.Config())...))
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	e.addr = receipt.ContractAddress
	addr := e.addr
	e.dom = proofs.Domain{ChainID: l1.ChainID, Contract: addr}
	led, err := avl.Open(avl.Options{Dir: t.TempDir(), Log: zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = led.Close() })
	e.ledger = led
	e.locks = map[plasma.AccountKey]uint32{}
	e.hashes = []common.Hash{{}}
	head, err := l1.Client.HeaderByNumber(e.ctx, receipt.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	e.blocks = []block{{H: plasma.Header{StateRoot: proofs.EmptyRoot(), Timestamp: head.Time}, CommittedAt: head.Time}}
	return e
}

func (e *env) user(i int) (*ecdsa.PrivateKey, common.Address) { return e.l1.Keys[i], e.l1.Addrs[i] }

// send transacts and, on success, mirrors the operations the transaction
// appended, checking each against the Go hash chain.
func (e *env) send(key *ecdsa.PrivateKey, value *big.Int, data []byte) (*types.Receipt, error) {
	e.t.Helper()
	r, err := e.transact(key, &e.addr, value, data)
	if err != nil {
		return r, err
	}
	e.recordOps(r)
	return r, nil
}

// transact sends with a margin over the gas estimate (see GasWithMargin);
// a reverting estimate comes back as *siml1.RevertError.
func (e *env) transact(key *ecdsa.PrivateKey, to *common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	e.t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	est, err := e.l1.Client.EstimateGas(e.ctx, ethereum.CallMsg{From: from, To: to, Value: value, Data: data})
	if err != nil {
		if rd, ok := siml1.RevertData(err); ok {
			re := e.l1.DecodeRevert(rd)
			re.Op = "estimate gas"
			return nil, re
		}
		return nil, err
	}
	return e.l1.Transact(e.ctx, key, siml1.Tx{To: to, Value: value, Data: data, Gas: GasWithMargin(est)})
}

func (e *env) must(r *types.Receipt, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatalf("transaction failed: %v", err)
	}
	return r
}

func (e *env) mustSend(key *ecdsa.PrivateKey, value *big.Int, data []byte) *types.Receipt {
	e.t.Helper()
	return e.must(e.send(key, value, data))
}

// wantRevert checks err is a revert with the custom error name.
func wantRevert(t testing.TB, err error, name string) {
	t.Helper()
	if err == nil {
		t.Fatalf("want revert %s, got success", name)
	}
	if !siml1.IsRevert(err, name) {
		t.Fatalf("want revert %s, got %v", name, err)
	}
}

func (e *env) recordOps(r *types.Receipt) {
	e.t.Helper()
	for _, lg := range r.Logs {
		if lg.Address != e.addr {
			continue
		}
		ev, err := e.pc.UnpackOperationAppendedEvent(lg)
		if err != nil {
			continue
		}
		op := plasma.Op{Index: ev.Index, Kind: plasma.OpKind(ev.Kind), Owner: ev.Owner, Token: ev.Token, Amount: u256(ev.Amount), Nonce: ev.Nonce}
		if op.Index != uint64(len(e.ops)) {
			e.t.Fatalf("operation index %d, want %d", op.Index, len(e.ops))
		}
		h := proofs.NextOpsHash(e.hashes[len(e.hashes)-1], &op)
		if h != common.Hash(ev.OpsHash) {
			e.t.Fatalf("operation %d: contract ops hash %x, Go %x", op.Index, ev.OpsHash, h)
		}
		e.ops = append(e.ops, op)
		e.hashes = append(e.hashes, h)
	}
}

func (e *env) call(data []byte) []byte {
	e.t.Helper()
	out, err := e.l1.Call(e.ctx, e.l1.Addrs[9], e.addr, data)
	if err != nil {
		e.t.Fatalf("call: %v", err)
	}
	return out
}

func view[T any](e *env, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := unpack(e.call(data))
	if err != nil {
		e.t.Fatalf("unpack: %v", err)
	}
	return v
}

func (e *env) now() uint64 {
	e.t.Helper()
	n, err := e.l1.Now(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

func (e *env) advance(seconds uint64) {
	e.t.Helper()
	if err := adjustTime(e.l1, time.Duration(seconds)*time.Second); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) liabilities(token common.Address) *big.Int {
	return view(e, e.pc.PackLiabilities(token), e.pc.UnpackLiabilities)
}

func (e *env) withdrawable(owner, token common.Address) *big.Int {
	return view(e, e.pc.PackWithdrawable(owner, token), e.pc.UnpackWithdrawable)
}

func (e *env) openExit(owner, token common.Address) bindings.OpenExitOutput {
	return view(e, e.pc.PackOpenExit(owner, token), e.pc.UnpackOpenExit)
}

func (e *env) spentFloor(owner, token common.Address) *big.Int {
	return view(e, e.pc.PackSpentFloor(owner, token), e.pc.UnpackSpentFloor)
}

func (e *env) opsCount() uint64 { return view(e, e.pc.PackOpsCount(), e.pc.UnpackOpsCount) }

func (e *env) frozen() bool { return view(e, e.pc.PackFrozen(), e.pc.UnpackFrozen) }

// ───────────────────────────── operator side ─────────────────────────────

// applyOps applies the queued operations up to cursor to the working ledger.
func (e *env) applyOps(cursor uint64) {
	e.t.Helper()
	for ; e.cursor < cursor; e.cursor++ {
		op := e.ops[e.cursor]
		leaf, err := e.ledger.Get(op.Owner, op.Token)
		if err != nil {
			e.t.Fatal(err)
		}
		k := plasma.AccountKey{Owner: op.Owner, Token: op.Token}
		e.locks[k], _ = plasma.ApplyOp(&leaf, e.locks[k], &op)
		if err := e.ledger.Set(op.Owner, op.Token, leaf); err != nil {
			e.t.Fatal(err)
		}
	}
}

// sealOpts shape a block; the zero value seals an honest block covering
// every operation so far.
type sealOpts struct {
	cursor    *uint64             // ops cursor (default: every op so far)
	mutate    func(l *avl.Ledger) // an operator writing what it likes
	timestamp func(now uint64) uint64
	unchecked bool // include transfers without checking them
}

// seal builds the next block over the working ledger: the operations up to
// the cursor, then txs (each checked against the rules of §3 unless
// unchecked). Several seals may precede one commit.
func (e *env) seal(o sealOpts, txs ...*plasma.Transfer) block {
	e.t.Helper()
	cursor := uint64(len(e.ops))
	if o.cursor != nil {
		cursor = *o.cursor
	}
	e.applyOps(cursor)
	e.l1.Commit() // a fresh L1 head: block timestamps come from it
	now := e.now()
	var leaves []common.Hash
	for _, tx := range txs {
		from, _ := e.ledger.Get(tx.From, tx.Token)
		if !o.unchecked {
			if err := plasma.CheckTransfer(tx, &from, e.locks[plasma.AccountKey{Owner: tx.From, Token: tx.Token}], now, plasma.DefaultMaxDeadlineHorizon); err != nil {
				e.t.Fatalf("seal: transfer refused: %v", err)
			}
		}
		to, _ := e.ledger.Get(tx.To, tx.Token)
		op, _ := e.ledger.Get(e.p.Operator, tx.Token)
		plasma.ApplyTransfer(tx, &from, &to, &op)
		e.set(tx.From, tx.Token, from)
		e.set(tx.To, tx.Token, to)
		if !tx.Fee.IsZero() {
			e.set(e.p.Operator, tx.Token, op)
		}
		leaves = append(leaves, proofs.TxLeaf(tx))
	}
	if o.mutate != nil {
		o.mutate(e.ledger)
	}
	version, root, err := e.ledger.Save()
	if err != nil {
		e.t.Fatal(err)
	}
	number := uint64(len(e.blocks) + len(e.pending))
	if uint64(version) != number {
		e.t.Fatalf("ledger version %d for block %d", version, number)
	}
	ts := now
	if o.timestamp != nil {
		ts = o.timestamp(now)
	}
	b := block{
		H: plasma.Header{
			Number: number, StateRoot: root, TxRoot: proofs.TxRoot(leaves),
			OpsCursor: cursor, OpsHash: e.hashes[cursor], Timestamp: ts,
		},
		Txs: txs, Leaves: leaves,
	}
	e.pending = append(e.pending, b)
	return b
}

func (e *env) set(owner, token common.Address, l plasma.Leaf) {
	if err := e.ledger.Set(owner, token, l); err != nil {
		e.t.Fatal(err)
	}
}

func bindHeader(h plasma.Header) bindings.PlasmaChainHeader {
	return bindings.PlasmaChainHeader{
		Number: h.Number, StateRoot: h.StateRoot, TxRoot: h.TxRoot,
		OpsCursor: h.OpsCursor, OpsHash: h.OpsHash, Timestamp: h.Timestamp,
	}
}

// commitPending commits every sealed, uncommitted block in one transaction.
func (e *env) commitPending() (*types.Receipt, error) {
	e.t.Helper()
	var hs []bindings.PlasmaChainHeader
	for _, b := range e.pending {
		hs = append(hs, bindHeader(b.H))
	}
	r, err := e.send(e.opKey, nil, e.pc.PackCommitBlocks(hs))
	if err != nil {
		return r, err
	}
	head, err := e.l1.Client.HeaderByNumber(e.ctx, r.BlockNumber)
	if err != nil {
		e.t.Fatal(err)
	}
	for _, b := range e.pending {
		b.CommittedAt = head.Time
		e.blocks = append(e.blocks, b)
	}
	e.pending = nil
	return r, nil
}

// commit seals one block with the given transfers and commits it.
func (e *env) commit(txs ...*plasma.Transfer) *block {
	e.t.Helper()
	return e.commitWith(sealOpts{}, txs...)
}

func (e *env) commitWith(o sealOpts, txs ...*plasma.Transfer) *block {
	e.t.Helper()
	e.seal(o, txs...)
	e.must(e.commitPending())
	return &e.blocks[len(e.blocks)-1]
}

// transfer builds and signs a transfer from the sender's current working leaf.
func (e *env) transfer(key *ecdsa.PrivateKey, to, token common.Address, amount, fee *big.Int) *plasma.Transfer {
	e.t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	leaf, err := e.ledger.Get(from, token)
	if err != nil {
		e.t.Fatal(err)
	}
	tr := &plasma.Transfer{From: from, To: to, Token: token, Amount: u256(amount), Nonce: leaf.Nonce, Fee: u256(fee), Deadline: e.now() + 3600}
	tr.Spent.Add(&leaf.Spent, &tr.Amount)
	tr.Spent.Add(&tr.Spent, &tr.Fee)
	e.dom.SignTransfer(key, tr)
	return tr
}

func bindTransfer(t *plasma.Transfer) bindings.PlasmaChainTransfer {
	return bindings.PlasmaChainTransfer{
		From: t.From, To: t.To, Token: t.Token, Amount: t.Amount.ToBig(), Nonce: t.Nonce,
		Fee: t.Fee.ToBig(), Spent: t.Spent.ToBig(), Deadline: t.Deadline,
	}
}

func bindLeaf(l plasma.Leaf) bindings.PlasmaChainLeaf {
	return bindings.PlasmaChainLeaf{Balance: l.Balance.ToBig(), Nonce: l.Nonce, Spent: l.Spent.ToBig()}
}

// prove returns (owner, token)'s leaf at block n with the proof the
// contract takes (membership, or non-membership for an absent key).
func (e *env) prove(n uint64, owner, token common.Address) (plasma.Leaf, []byte) {
	e.t.Helper()
	snap, err := e.ledger.Snapshot(int64(n))
	if err != nil {
		e.t.Fatal(err)
	}
	defer snap.Close()
	p, err := snap.Prove(owner, token)
	if err != nil {
		e.t.Fatal(err)
	}
	var leaf plasma.Leaf
	if p.Exists {
		if leaf, err = avl.DecodeLeaf(p.Value); err != nil {
			e.t.Fatal(err)
		}
	}
	packed, err := proofs.PackCommitment(p.ICS23)
	if err != nil {
		e.t.Fatal(err)
	}
	return leaf, packed
}

// ───────────────────────────── user actions ──────────────────────────────

func (e *env) deposit(key *ecdsa.PrivateKey, amount *big.Int) *types.Receipt {
	e.t.Helper()
	return e.mustSend(key, amount, e.pc.PackDeposit())
}

func (e *env) startExitData(n uint64, token common.Address, leaf plasma.Leaf, proof []byte) []byte {
	b := e.blocks[n]
	return e.pc.PackStartExit(bindHeader(b.H), b.CommittedAt, token, bindLeaf(leaf), proof)
}

// startExit exits key's leaf of token from block n with the bond.
func (e *env) startExit(key *ecdsa.PrivateKey, n uint64, token common.Address) (*big.Int, error) {
	e.t.Helper()
	owner := crypto.PubkeyToAddress(key.PublicKey)
	leaf, proof := e.prove(n, owner, token)
	value := e.p.ExitBond
	if ex := e.openExit(owner, token); ex.ExitId.Sign() != 0 {
		value = nil // replacing: the open exit's bond moves over
	}
	r, err := e.send(key, value, e.startExitData(n, token, leaf, proof))
	if err != nil {
		return nil, err
	}
	return e.exitStarted(r).ExitId, nil
}

func (e *env) mustStartExit(key *ecdsa.PrivateKey, n uint64, token common.Address) *big.Int {
	e.t.Helper()
	id, err := e.startExit(key, n, token)
	if err != nil {
		e.t.Fatalf("startExit: %v", err)
	}
	return id
}

func (e *env) exitStarted(r *types.Receipt) *bindings.PlasmaChainExitStarted {
	e.t.Helper()
	for _, lg := range r.Logs {
		if ev, err := e.pc.UnpackExitStartedEvent(lg); err == nil {
			return ev
		}
	}
	e.t.Fatal("no ExitStarted event")
	return nil
}

// challengeData challenges exitID with transfer i of block n.
func (e *env) challengeData(exitID *big.Int, n uint64, i int) []byte {
	b := e.blocks[n]
	tx := b.Txs[i]
	var proof [][32]byte
	for _, h := range proofs.TxProof(b.Leaves, i) {
		proof = append(proof, h)
	}
	return e.pc.PackChallengeExit(exitID, bindTransfer(tx), tx.Signature, bindHeader(b.H), b.CommittedAt, proof)
}

func (e *env) finalize(token common.Address, max int64) *types.Receipt {
	e.t.Helper()
	// A fixed gas limit: an estimate made one second before an exit matures
	// is too small for the block in which it does.
	r, err := e.l1.Transact(e.ctx, e.l1.Keys[9], siml1.Tx{To: &e.addr, Data: e.pc.PackFinalizeExits(token, big.NewInt(max)), Gas: 8_000_000})
	e.must(r, err)
	e.recordOps(r)
	return r
}

// finalized lists the ExitFinalized events of a receipt in order.
func (e *env) finalized(r *types.Receipt) []*bindings.PlasmaChainExitFinalized {
	var out []*bindings.PlasmaChainExitFinalized
	for _, lg := range r.Logs {
		if ev, err := e.pc.UnpackExitFinalizedEvent(lg); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// matureAll moves L1 time past every exitableAt of exits started so far.
func (e *env) matureAll() { e.advance(2*e.p.ChallengePeriod + 1) }

func wantBig(t testing.TB, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s = %s, want %s", what, got, want)
	}
}

func sum(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

func sub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

// deployToken deploys a TestERC20 and mints amount to holder.
func (e *env) deployToken(key *ecdsa.PrivateKey, holder common.Address, amount *big.Int) common.Address {
	e.t.Helper()
	erc := bindings.NewTestERC20()
	r, err := e.transact(key, nil, nil, append(common.FromHex(bindings.TestERC20MetaData.Bin), erc.PackConstructor("Test", "TST", 18)...))
	if err != nil {
		e.t.Fatal(err)
	}
	tok := r.ContractAddress
	if _, err := e.transact(key, &tok, nil, erc.PackMint(holder, amount)); err != nil {
		e.t.Fatal(err)
	}
	return tok
}

func (e *env) approve(key *ecdsa.PrivateKey, tok common.Address, amount *big.Int) {
	e.t.Helper()
	erc := bindings.NewTestERC20()
	if _, err := e.transact(key, &tok, nil, erc.PackApprove(e.addr, amount)); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) tokenBalance(tok, holder common.Address) *big.Int {
	e.t.Helper()
	erc := bindings.NewTestERC20()
	out, err := e.l1.Call(e.ctx, holder, tok, erc.PackBalanceOf(holder))
	if err != nil {
		e.t.Fatal(err)
	}
	b, err := erc.UnpackBalanceOf(out)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// siml1Tx is a call of the contract with a fixed, ample gas limit, for
// transactions sent together into one block.
func siml1Tx(e *env, value *big.Int, data []byte) siml1.Tx {
	return siml1.Tx{To: &e.addr, Value: value, Data: data, Gas: 5_000_000}
}
