package apiserver

import (
	"context"
	"encoding/binary"
	"errors"
	"math/big"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/avl"
	"github.com/avlplasma/avlplasma/contracts/bindings"
	"github.com/avlplasma/avlplasma/httpapi"
	"github.com/avlplasma/avlplasma/operator"
	"github.com/avlplasma/avlplasma/proofs"
)

// L1 is what the backend reads from L1.
type L1 interface {
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Config wires a Backend.
type Config struct {
	Sequencer       *operator.Sequencer
	L1              L1
	Contract        common.Address // PlasmaChain
	DeploymentBlock uint64         // L1 block of the deployment: logs are read from here
	DeployTime      uint64         // L1 timestamp of the deployment: block 0's committedAt
	ChainID         *big.Int
	Operator        common.Address
	MinFee          *uint256.Int
	// MinDeadlineMargin and MaxDeadlineHorizon (seconds) are the sequencer's.
	MinDeadlineMargin  uint64
	MaxDeadlineHorizon uint64
	// Ready reports whether the operator serves current data; nil = always.
	Ready func(ctx context.Context) error
	// CallTimeout bounds each L1 call (0 = 10 s).
	CallTimeout time.Duration
	// LogRange is the most L1 blocks one log query spans (0 = 5000).
	LogRange uint64
	Log      zerolog.Logger
}

// Check validates cfg and fills in defaults.
func (c *Config) Check() error {
	if c.Sequencer == nil || c.L1 == nil {
		return errors.New("apiserver: no sequencer or L1 client")
	}
	if c.ChainID == nil || c.Contract == (common.Address{}) {
		return errors.New("apiserver: no chain id or contract")
	}
	if c.MinFee == nil {
		c.MinFee = new(uint256.Int)
	}
	if c.MaxDeadlineHorizon == 0 {
		c.MaxDeadlineHorizon = plasma.DefaultMaxDeadlineHorizon
	}
	if c.CallTimeout <= 0 {
		c.CallTimeout = 10 * time.Second
	}
	if c.LogRange == 0 {
		c.LogRange = 5000
	}
	return nil
}

// Backend implements httpapi.Backend.
type Backend struct {
	cfg    Config
	seq    *operator.Sequencer
	domain proofs.Domain
	abi    *bindings.PlasmaChain

	mu       sync.Mutex // guards the log cache below and serialises refreshes
	next     uint64     // first L1 block whose logs are not cached
	exits    map[uint64]*httpapi.ExitInfo
	deposits map[uint64]*httpapi.DepositInfo
	commits  map[uint64]commitInfo // plasma block → its commit transaction

	view        atomic.Pointer[proofView] // of the newest committed block proved so far
	viewTTL     time.Duration             // how long a view is shared before it is reopened
	startExitID [4]byte
}

type commitInfo struct {
	tx      common.Hash
	l1Block uint64
}

var _ httpapi.Backend = (*Backend)(nil)

// New returns a Backend over cfg.
func New(cfg Config) (*Backend, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	b := &Backend{
		cfg:      cfg,
		seq:      cfg.Sequencer,
		domain:   proofs.Domain{ChainID: new(big.Int).Set(cfg.ChainID), Contract: cfg.Contract},
		abi:      bindings.NewPlasmaChain(),
		next:     cfg.DeploymentBlock,
		exits:    map[uint64]*httpapi.ExitInfo{},
		deposits: map[uint64]*httpapi.DepositInfo{},
		commits:  map[uint64]commitInfo{},
		viewTTL:  proofViewTTL,
	}
	m, ok := b.abi.GetABI().Methods["startExit"]
	if !ok {
		return nil, errors.New("apiserver: PlasmaChain has no startExit")
	}
	copy(b.startExitID[:], m.ID)
	return b, nil
}

// Domain is the EIP-712 domain transfers are signed under.
func (b *Backend) Domain() proofs.Domain { return b.domain }

// Frozen reads frozen() from the contract.
func (b *Backend) Frozen(ctx context.Context) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, b.cfg.CallTimeout)
	defer cancel()
	out, err := b.cfg.L1.CallContract(ctx, ethereum.CallMsg{To: &b.cfg.Contract, Data: b.abi.PackFrozen()}, nil)
	if err != nil {
		return false, plasma.Errorf(plasma.EUNAVAILABLE, "read frozen() from L1: %v", err)
	}
	return b.abi.UnpackFrozen(out)
}

// Info implements httpapi.Backend.
func (b *Backend) Info(ctx context.Context) (httpapi.Info, error) {
	frozen, err := b.Frozen(ctx)
	if err != nil {
		return httpapi.Info{}, err
	}
	m := b.seq.Markers()
	return httpapi.Info{
		ChainID:            new(big.Int).Set(b.cfg.ChainID),
		Contract:           b.cfg.Contract,
		Operator:           b.cfg.Operator,
		LatestBlock:        m.Latest,
		CommittedBlock:     m.Committed,
		FinalizedBlock:     m.Finalized,
		Frozen:             frozen,
		MinFee:             *b.cfg.MinFee,
		MinDeadlineMargin:  b.cfg.MinDeadlineMargin,
		MaxDeadlineHorizon: b.cfg.MaxDeadlineHorizon,
	}, nil
}

// Ready implements httpapi.Backend.
func (b *Backend) Ready(ctx context.Context) error {
	if b.cfg.Ready == nil {
		return nil
	}
	return b.cfg.Ready(ctx)
}

// SubmitTransfer implements httpapi.Backend. The signature is normalised
// first: the sequencer and the contract take v 27/28 and low-s only.
func (b *Backend) SubmitTransfer(ctx context.Context, t *plasma.Transfer) (common.Hash, plasma.TransferStatus, error) {
	sig, err := proofs.NormalizeSignature(t.Signature)
	if err != nil {
		return common.Hash{}, "", err
	}
	cp := *t
	cp.Signature = sig
	h, err := b.seq.Submit(ctx, &cp)
	if err != nil {
		return common.Hash{}, "", err
	}
	return h, plasma.StatusAccepted, nil
}

// Transfer implements httpapi.Backend.
func (b *Backend) Transfer(_ context.Context, hash common.Hash) (httpapi.TransferInfo, error) {
	st, _, err := b.seq.TransferStatus(hash)
	if err != nil {
		return httpapi.TransferInfo{}, err
	}
	info := httpapi.TransferInfo{Hash: hash, Status: st}
	if st == plasma.StatusAccepted || st == plasma.StatusDropped {
		return info, nil
	}
	blk, idx, err := b.seq.TransferLocation(hash)
	if err != nil {
		return httpapi.TransferInfo{}, err
	}
	i := uint64(idx)
	info.Block, info.Index = &blk, &i
	return info, nil
}

// Account implements httpapi.Backend.
func (b *Backend) Account(_ context.Context, owner common.Address) (httpapi.Account, error) {
	leaves, n, err := b.seq.Accounts(owner)
	if err != nil {
		return httpapi.Account{}, err
	}
	acc := httpapi.Account{Owner: owner, Block: n, Balances: make([]httpapi.Balance, 0, len(leaves))}
	for _, l := range leaves {
		acc.Balances = append(acc.Balances, httpapi.Balance{Token: l.Token, Leaf: l.Leaf})
	}
	return acc, nil
}

// committedAt returns block n's commit time, or ENOTFOUND if n is not
// committed.
func (b *Backend) committedAt(n uint64) (uint64, error) {
	if n == 0 {
		return b.cfg.DeployTime, nil
	}
	if n > b.seq.Markers().Committed {
		return 0, plasma.Errorf(plasma.ENOTFOUND, "block %d is not committed", n)
	}
	at, ok, err := b.seq.CommittedAt(n)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, plasma.Errorf(plasma.ENOTFOUND, "block %d is not committed", n)
	}
	return at, nil
}

// Proof implements httpapi.Backend.
func (b *Backend) Proof(_ context.Context, owner, token common.Address, block *uint64) (httpapi.ProofInfo, error) {
	n := b.seq.Markers().Committed
	if block != nil {
		n = *block
	}
	at, err := b.committedAt(n)
	if err != nil {
		return httpapi.ProofInfo{}, err
	}
	v, err := b.openView(n)
	if err != nil {
		return httpapi.ProofInfo{}, err
	}
	p, err := v.snap.Prove(owner, token)
	if err != nil && v.cached {
		// A rewind dropped the shared view's version: forget it and read
		// the block afresh (its header may have changed too).
		b.dropView(v)
		v.release()
		if v, err = b.openView(n); err != nil {
			return httpapi.ProofInfo{}, err
		}
		p, err = v.snap.Prove(owner, token)
	}
	hdr := v.hdr
	v.release()
	if err != nil {
		return httpapi.ProofInfo{}, err
	}
	packed, err := proofs.PackCommitment(p.ICS23)
	if err != nil {
		return httpapi.ProofInfo{}, err
	}
	ics, err := p.ICS23.Marshal()
	if err != nil {
		return httpapi.ProofInfo{}, err
	}
	info := httpapi.ProofInfo{
		Owner: owner, Token: token, Header: hdr, CommittedAt: at,
		Key: p.Key, Exists: p.Exists, Proof: packed, ICS23: ics,
	}
	if p.Exists {
		info.Value = p.Value
		if info.Leaf, err = avl.DecodeLeaf(p.Value); err != nil {
			return httpapi.ProofInfo{}, err
		}
	}
	info.StartExitCalldata = b.startExitCalldata(&hdr, at, token, &info.Leaf, packed)
	return info, nil
}

// proofViewTTL bounds how long a shared proof view pins its version.
const proofViewTTL = 5 * time.Second

// proofView is a block's header and state for proofs. The view of the
// newest committed block is shared by the requests at that block, so they
// neither reopen the ledger version nor re-read the header each time; it
// pins its version until a newer committed block replaces it or
// proofViewTTL passes.
type proofView struct {
	n      uint64
	hdr    plasma.Header
	snap   *avl.Snapshot
	cached bool
	// refs counts the cache's reference (while shared) and one per request
	// using the view; the snapshot closes when it reaches 0.
	refs atomic.Int64
}

func (v *proofView) acquire() bool {
	for {
		r := v.refs.Load()
		if r <= 0 {
			return false
		}
		if v.refs.CompareAndSwap(r, r+1) {
			return true
		}
	}
}

func (v *proofView) release() {
	if v.refs.Add(-1) == 0 {
		v.snap.Close()
	}
}

// openView returns a view of block n with a reference the caller releases.
func (b *Backend) openView(n uint64) (*proofView, error) {
	if v := b.view.Load(); v != nil && v.n == n && v.acquire() {
		return v, nil
	}
	hdr, err := b.seq.Header(n)
	if err != nil {
		return nil, err
	}
	snap, err := b.seq.Snapshot(int64(n))
	if err != nil {
		if plasma.ErrorCode(err) == plasma.ENOTFOUND {
			return nil, plasma.Errorf(plasma.ENOTFOUND, "state of block %d is pruned", n)
		}
		return nil, err
	}
	if snap.Root() != hdr.StateRoot {
		snap.Close()
		// The version was rewound and re-sealed since the header was read.
		return nil, plasma.Errorf(plasma.EUNAVAILABLE, "block %d is being re-sealed", n)
	}
	v := &proofView{n: n, hdr: hdr, snap: snap}
	v.refs.Store(1)
	if n != b.seq.Markers().Committed {
		return v, nil // an older block: this request's alone
	}
	v.cached = true
	v.refs.Add(1)
	if old := b.view.Swap(v); old != nil {
		old.release()
	}
	// Shared for a while only: a view nobody replaces (no proof requests
	// after the chain moved on) must not pin its version for good.
	time.AfterFunc(b.viewTTL, func() { b.dropView(v) })
	return v, nil
}

// dropView stops sharing v.
func (b *Backend) dropView(v *proofView) {
	if b.view.CompareAndSwap(v, nil) {
		v.release()
	}
}

// startExitCalldata is startExit(header, committedAt, token, leaf, proof)
// ABI-encoded: every argument but the proof is static, so the head is
// twelve words and the proof's bytes follow.
func (b *Backend) startExitCalldata(h *plasma.Header, at uint64, token common.Address, l *plasma.Leaf, proof []byte) []byte {
	const head = 12 * 32
	padded := (len(proof) + 31) / 32 * 32
	out := make([]byte, 4+head+32+padded)
	copy(out, b.startExitID[:])
	w := out[4:]
	word := func(i int) []byte { return w[i*32 : (i+1)*32] }
	u64 := func(i int, v uint64) { binary.BigEndian.PutUint64(word(i)[24:], v) }
	u64(0, h.Number)
	copy(word(1), h.StateRoot[:])
	copy(word(2), h.TxRoot[:])
	u64(3, h.OpsCursor)
	copy(word(4), h.OpsHash[:])
	u64(5, h.Timestamp)
	u64(6, at)
	copy(word(7)[12:], token[:])
	l.Balance.WriteToSlice(word(8))
	u64(9, l.Nonce)
	l.Spent.WriteToSlice(word(10))
	u64(11, head)
	u64(12, uint64(len(proof)))
	copy(w[head+32:], proof)
	return out
}

// Blocks implements httpapi.Backend.
func (b *Backend) Blocks(ctx context.Context, from uint64, limit int) ([]httpapi.BlockInfo, error) {
	latest := b.seq.LatestBlock()
	var out []httpapi.BlockInfo
	for n := from; n <= latest && len(out) < limit; n++ {
		bi, err := b.Block(ctx, n)
		if err != nil {
			return nil, err
		}
		out = append(out, bi)
	}
	return out, nil
}

// Block implements httpapi.Backend.
func (b *Backend) Block(ctx context.Context, n uint64) (httpapi.BlockInfo, error) {
	blk, err := b.seq.Block(n)
	if err != nil {
		return httpapi.BlockInfo{}, err
	}
	bi := httpapi.BlockInfo{Block: *blk, Hashes: make([]common.Hash, len(blk.Transfers)), Status: httpapi.BlockSealed}
	for i := range blk.Transfers {
		bi.Hashes[i] = b.domain.TransferDigest(&blk.Transfers[i])
	}
	m := b.seq.Markers()
	if n <= m.Committed {
		bi.Status = httpapi.BlockCommitted
		if n <= m.Finalized {
			bi.Status = httpapi.BlockFinalized
		}
		if at, err := b.committedAt(n); err == nil {
			bi.CommittedAt = &at
		}
		if n > 0 {
			// Commit transactions come from the log cache; a failed refresh
			// only leaves them out.
			if err := b.refresh(ctx); err != nil {
				b.cfg.Log.Debug().Err(err).Msg("refresh L1 logs")
			}
			b.mu.Lock()
			if c, ok := b.commits[n]; ok {
				tx, l1 := c.tx, c.l1Block
				bi.CommitTx, bi.CommitL1Block = &tx, &l1
			}
			b.mu.Unlock()
		}
	}
	return bi, nil
}

// TransferProof implements httpapi.Backend.
func (b *Backend) TransferProof(_ context.Context, n uint64, index uint64) (httpapi.TxProofInfo, error) {
	blk, err := b.seq.Block(n)
	if err != nil {
		return httpapi.TxProofInfo{}, err
	}
	if index >= uint64(len(blk.Transfers)) {
		return httpapi.TxProofInfo{}, plasma.Errorf(plasma.ENOTFOUND, "block %d has %d transfers", n, len(blk.Transfers))
	}
	leaves := make([]common.Hash, len(blk.Transfers))
	for i := range blk.Transfers {
		leaves[i] = proofs.TxLeaf(&blk.Transfers[i])
	}
	t := blk.Transfers[index]
	info := httpapi.TxProofInfo{
		Header: blk.Header, Index: index, Transfer: t,
		Hash: b.domain.TransferDigest(&t), Leaf: leaves[index],
		Proof: proofs.TxProof(leaves, int(index)),
	}
	if at, err := b.committedAt(n); err == nil {
		info.CommittedAt = &at
	}
	return info, nil
}

// Exits implements httpapi.Backend.
func (b *Backend) Exits(ctx context.Context, f httpapi.ExitFilter) ([]httpapi.ExitInfo, error) {
	if err := b.refresh(ctx); err != nil {
		return nil, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	// Queue positions: open exits of a token by (exitableAt, block, id).
	queues := map[common.Address][]*httpapi.ExitInfo{}
	for _, e := range b.exits {
		if e.Status == httpapi.ExitOpen {
			queues[e.Token] = append(queues[e.Token], e)
		}
	}
	pos := map[uint64]uint64{}
	for _, q := range queues {
		sort.Slice(q, func(i, j int) bool {
			a, c := q[i], q[j]
			if a.ExitableAt != c.ExitableAt {
				return a.ExitableAt < c.ExitableAt
			}
			if a.Block != c.Block {
				return a.Block < c.Block
			}
			return a.ID < c.ID
		})
		for i, e := range q {
			pos[e.ID] = uint64(i)
		}
	}
	ids := make([]uint64, 0, len(b.exits))
	for id := range b.exits {
		if id >= f.From {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	var out []httpapi.ExitInfo
	for _, id := range ids {
		if f.Limit > 0 && len(out) >= f.Limit {
			break
		}
		e := *b.exits[id]
		if (f.Token != nil && *f.Token != e.Token) || (f.Owner != nil && *f.Owner != e.Owner) || (f.Status != "" && f.Status != e.Status) {
			continue
		}
		if p, ok := pos[id]; ok {
			e.Position = &p
		}
		out = append(out, e)
	}
	return out, nil
}

// Deposits implements httpapi.Backend.
func (b *Backend) Deposits(ctx context.Context, f httpapi.DepositFilter) ([]httpapi.DepositInfo, error) {
	if err := b.refresh(ctx); err != nil {
		return nil, err
	}
	b.mu.Lock()
	idx := make([]uint64, 0, len(b.deposits))
	for i, d := range b.deposits {
		if i >= f.From && (f.Owner == nil || *f.Owner == d.Owner) && (f.Token == nil || *f.Token == d.Token) {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(i, j int) bool { return idx[i] < idx[j] })
	if f.Limit > 0 && len(idx) > f.Limit {
		idx = idx[:f.Limit]
	}
	out := make([]httpapi.DepositInfo, len(idx))
	for i, k := range idx {
		out[i] = *b.deposits[k]
	}
	b.mu.Unlock()
	committed := b.seq.Markers().Committed
	for i := range out {
		out[i].Status = httpapi.DepositPending
		n, err := b.creditingBlock(out[i].Index)
		if err != nil {
			return nil, err
		}
		if n != 0 && n <= committed {
			out[i].Status = httpapi.DepositCredited
			out[i].Block = &n
		}
	}
	return out, nil
}

// creditingBlock is the first sealed block whose opsCursor passes op index
// i, or 0 when none does yet. Cursors never decrease, so a binary search.
func (b *Backend) creditingBlock(i uint64) (uint64, error) {
	latest := b.seq.LatestBlock()
	var ferr error
	n := sort.Search(int(latest), func(k int) bool {
		h, err := b.seq.Header(uint64(k) + 1)
		if err != nil {
			ferr = err
			return true
		}
		return h.OpsCursor > i
	})
	if ferr != nil {
		return 0, ferr
	}
	if uint64(n) >= latest {
		return 0, nil
	}
	return uint64(n) + 1, nil
}

// refresh reads the contract's logs from the last scanned L1 block to the
// head into the cache.
func (b *Backend) refresh(ctx context.Context) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	cctx, cancel := context.WithTimeout(ctx, b.cfg.CallTimeout)
	hdr, err := b.cfg.L1.HeaderByNumber(cctx, nil)
	cancel()
	if err != nil {
		return plasma.Errorf(plasma.EUNAVAILABLE, "L1 head: %v", err)
	}
	head := hdr.Number.Uint64()
	ev := b.abi.GetABI().Events
	topics := []common.Hash{
		ev[bindings.PlasmaChainExitStartedEventName].ID,
		ev[bindings.PlasmaChainExitFinalizedEventName].ID,
		ev[bindings.PlasmaChainExitReplacedEventName].ID,
		ev[bindings.PlasmaChainExitChallengedEventName].ID,
		ev[bindings.PlasmaChainDepositedEventName].ID,
		ev[bindings.PlasmaChainBlockCommittedEventName].ID,
	}
	for b.next <= head {
		to := min(head, b.next+b.cfg.LogRange-1)
		cctx, cancel := context.WithTimeout(ctx, b.cfg.CallTimeout)
		logs, err := b.cfg.L1.FilterLogs(cctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(b.next), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{b.cfg.Contract}, Topics: [][]common.Hash{topics},
		})
		cancel()
		if err != nil {
			return plasma.Errorf(plasma.EUNAVAILABLE, "L1 logs %d..%d: %v", b.next, to, err)
		}
		for i := range logs {
			if err := b.apply(&logs[i], topics); err != nil {
				return err
			}
		}
		b.next = to + 1
	}
	return nil
}

func (b *Backend) apply(l *types.Log, topics []common.Hash) error {
	if len(l.Topics) == 0 || l.Removed {
		return nil
	}
	tx, l1 := l.TxHash, l.BlockNumber
	switch l.Topics[0] {
	case topics[0]:
		e, err := b.abi.UnpackExitStartedEvent(l)
		if err != nil {
			return err
		}
		x := &httpapi.ExitInfo{
			ID: e.ExitId.Uint64(), Owner: e.Owner, Token: e.Token, Nonce: e.Leaf.Nonce,
			Block: e.BlockNumber, ExitableAt: e.ExitableAt, Status: httpapi.ExitOpen,
		}
		x.Amount.SetFromBig(e.Amount)
		b.exits[x.ID] = x
	case topics[1]:
		e, err := b.abi.UnpackExitFinalizedEvent(l)
		if err != nil {
			return err
		}
		if x, ok := b.exits[e.ExitId.Uint64()]; ok {
			x.Status = httpapi.ExitFinalized
			x.Amount.SetFromBig(e.Paid)
		}
	case topics[2]:
		e, err := b.abi.UnpackExitReplacedEvent(l)
		if err != nil {
			return err
		}
		if x, ok := b.exits[e.OldExitId.Uint64()]; ok {
			x.Status = httpapi.ExitReplaced
		}
	case topics[3]:
		// A challenge raises spentFloor; the open amount shown stays the
		// one at start (the contract recomputes it at finalization).
		if _, err := b.abi.UnpackExitChallengedEvent(l); err != nil {
			return err
		}
	case topics[4]:
		e, err := b.abi.UnpackDepositedEvent(l)
		if err != nil {
			return err
		}
		d := &httpapi.DepositInfo{Index: e.OpIndex, Owner: e.Owner, Token: e.Token, L1Tx: &tx, L1Block: &l1}
		d.Amount.SetFromBig(e.Amount)
		b.deposits[d.Index] = d
	case topics[5]:
		e, err := b.abi.UnpackBlockCommittedEvent(l)
		if err != nil {
			return err
		}
		b.commits[e.Number] = commitInfo{tx: tx, l1Block: l1}
	}
	return nil
}
