package operator

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/avl"
	"github.com/avlplasma/avlplasma/contracts/bindings"
	"github.com/avlplasma/avlplasma/proofs"
)

// l1Clock is the newest L1 block timestamp the follower has seen: the
// sequencer's Clock (PROTOCOL §4: block timestamps are L1 time).
type l1Clock struct{ t atomic.Uint64 }

func (c *l1Clock) L1Time() uint64 { return c.t.Load() }

func (c *l1Clock) observe(t uint64) {
	for {
		old := c.t.Load()
		if t <= old || c.t.CompareAndSwap(old, t) {
			return
		}
	}
}

// maxLogRange bounds one eth_getLogs call (public nodes refuse wide ranges).
const maxLogRange = 2000

// Follower reads the contract's events confirmations deep, in order, and
// acts on them: OperationAppended → Sequencer.ApplyOps; ExitStarted →
// challenge with the newest known spend; ProofRequested → answer at the
// requested block; mature exits → finalizeExits. Every action re-reads the
// on-chain state and dry-runs first, so replaying events (after a restart)
// is harmless.
//
// The L1 cursor (the last L1 block fully processed, with NextOpIndex at
// that point) is kept in <datadir>/follower.cursor, written with rename and
// fsync. It is trusted only if the sequencer still has every operation it
// covered; otherwise the follower starts again from the deployment block.
type Follower struct {
	seq           *Sequencer
	l1            *l1
	clock         *l1Clock
	confirmations uint64
	poll          time.Duration
	cursorPath    string
	log           zerolog.Logger

	cursor   uint64      // last processed L1 block
	recalled bool        // exits and requests up to the cursor are in memory
	prevHash common.Hash // ops hash after operation NextOpIndex-1, if known
	hashOK   bool

	mu       sync.Mutex
	exits    map[string]*bindings.PlasmaChainExitStarted // open exits to watch, by id
	requests map[string]*bindings.PlasmaChainProofRequested
	tokens   map[common.Address]bool // tokens with exits to finalize

	spends  map[plasma.AccountKey]spendLoc // newest spend per leaf in finalized blocks
	indexed uint64                         // blocks 1..indexed are in spends

	synced    atomic.Bool
	lastError atomic.Value // string
}

type spendLoc struct {
	block uint64
	index int
	spent uint256.Int
}

func newFollower(seq *Sequencer, l *l1, clock *l1Clock, confirmations uint64, poll time.Duration, dataDir string, log zerolog.Logger) *Follower {
	return &Follower{
		seq: seq, l1: l, clock: clock, confirmations: confirmations, poll: poll,
		cursorPath: filepath.Join(dataDir, "follower.cursor"), log: log,
		exits:    map[string]*bindings.PlasmaChainExitStarted{},
		requests: map[string]*bindings.PlasmaChainProofRequested{},
		tokens:   map[common.Address]bool{},
		spends:   map[plasma.AccountKey]spendLoc{},
	}
}

// loadCursor restores the L1 cursor if the sequencer has every operation
// it covered.
func (f *Follower) loadCursor() {
	f.cursor = f.l1.deployBlock - min(f.l1.deployBlock, 1)
	b, err := os.ReadFile(f.cursorPath)
	if err != nil || len(b) != 16 {
		return
	}
	block, nextOp := binary.BigEndian.Uint64(b[:8]), binary.BigEndian.Uint64(b[8:])
	if f.seq.NextOpIndex() >= nextOp && block >= f.cursor {
		f.cursor = block
	}
}

func (f *Follower) saveCursor() error {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], f.cursor)
	binary.BigEndian.PutUint64(b[8:], f.seq.NextOpIndex())
	tmp := f.cursorPath + ".tmp"
	fh, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if _, err := fh.Write(b[:]); err != nil {
		fh.Close()
		return err
	}
	if err := fh.Sync(); err != nil {
		fh.Close()
		return err
	}
	if err := fh.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, f.cursorPath); err != nil {
		return err
	}
	if d, err := os.Open(filepath.Dir(f.cursorPath)); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

func (f *Follower) run(ctx context.Context) {
	tk := time.NewTicker(f.poll)
	defer tk.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tk.C:
		}
		if err := f.step(ctx); err != nil && ctx.Err() == nil {
			f.log.Warn().Err(err).Msg("follower step failed; retrying")
		}
	}
}

// step reads confirmed logs up to the confirmed head, then revisits the
// open exits, requests and exit queues.
func (f *Follower) step(ctx context.Context) error {
	err := f.sync(ctx)
	f.synced.Store(err == nil)
	if err != nil {
		f.lastError.Store(err.Error())
		f.l1.m.folErrors.WithLabelValues("sync").Inc()
		return err
	}
	f.indexSpends()
	var errs []error
	for _, stage := range []struct {
		name string
		run  func(context.Context) error
	}{{"challenge", f.challenge}, {"answer", f.answer}, {"finalize", f.finalize}} {
		if err := stage.run(ctx); err != nil {
			f.l1.m.folErrors.WithLabelValues(stage.name).Inc()
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (f *Follower) sync(ctx context.Context) error {
	head, err := f.l1.head(ctx)
	if err != nil {
		return err
	}
	f.clock.observe(head.Time)
	f.l1.m.l1Head.Set(float64(head.Number.Uint64()))
	if head.Number.Uint64() < f.confirmations {
		f.markSynced()
		return nil
	}
	target := head.Number.Uint64() - f.confirmations
	pc := f.l1.pc
	abi := pc.GetABI()
	topics := [][]common.Hash{{
		abi.Events[bindings.PlasmaChainOperationAppendedEventName].ID,
		abi.Events[bindings.PlasmaChainExitStartedEventName].ID,
		abi.Events[bindings.PlasmaChainProofRequestedEventName].ID,
	}}
	if !f.recalled {
		if err := f.recall(ctx, topics[0][1:]); err != nil {
			return err
		}
	}
	for f.cursor < target {
		to := min(target, f.cursor+maxLogRange)
		logs, err := f.l1.filter(ctx, f.cursor+1, to, topics)
		if err != nil {
			return err
		}
		var ops []plasma.Op
		for i := range logs {
			lg := &logs[i]
			if lg.Removed {
				continue
			}
			if lg.Topics[0] == topics[0][0] {
				op, err := f.operation(lg)
				if err != nil {
					return err
				}
				if op != nil {
					ops = append(ops, *op)
				}
				continue
			}
			if err := f.remember(lg, true); err != nil {
				return err
			}
		}
		if err := f.seq.ApplyOps(ops); err != nil {
			return fmt.Errorf("apply operations: %w", err)
		}
		f.cursor = to
		if err := f.saveCursor(); err != nil {
			return err
		}
		f.l1.m.opsApplied.Add(float64(len(ops)))
		if len(ops) > 0 {
			f.log.Info().Int("ops", len(ops)).Uint64("next_op", f.seq.NextOpIndex()).Uint64("l1_block", to).Msg("operations applied")
		}
	}
	f.markSynced()
	return nil
}

func (f *Follower) markSynced() {
	f.l1.m.l1Processed.Set(float64(f.cursor))
	f.l1.m.lastSync.Set(float64(time.Now().UnixNano()) / 1e9)
}

// recall rebuilds the open exits and proof requests from the events up to
// the cursor, which a restart resumed after: the follower keeps them in
// memory, and one started before the cursor must still be challenged or
// answered. Those the contract shows closed are forgotten at their first
// visit.
func (f *Follower) recall(ctx context.Context, topics []common.Hash) error {
	first := f.l1.deployBlock
	for from := first; from <= f.cursor; from += maxLogRange {
		logs, err := f.l1.filter(ctx, from, min(f.cursor, from+maxLogRange-1), [][]common.Hash{topics})
		if err != nil {
			return err
		}
		for i := range logs {
			if !logs[i].Removed {
				if err := f.remember(&logs[i], false); err != nil {
					return err
				}
			}
		}
	}
	f.recalled = true
	f.mu.Lock()
	f.log.Info().Int("exits", len(f.exits)).Int("requests", len(f.requests)).Uint64("l1_block", f.cursor).
		Msg("exits and proof requests before the cursor recalled")
	f.mu.Unlock()
	return nil
}

// remember keeps an ExitStarted or ProofRequested event for the challenge
// and answer passes; fresh is false for a recalled one (not counted again).
func (f *Follower) remember(lg *types.Log, fresh bool) error {
	pc := f.l1.pc
	switch lg.Topics[0] {
	case pc.GetABI().Events[bindings.PlasmaChainExitStartedEventName].ID:
		ev, err := pc.UnpackExitStartedEvent(lg)
		if err != nil {
			return err
		}
		f.mu.Lock()
		f.exits[ev.ExitId.String()] = ev
		f.tokens[ev.Token] = true
		f.mu.Unlock()
		if fresh {
			f.l1.m.exitsSeen.Inc()
			f.log.Info().Str("exit_id", ev.ExitId.String()).Str("owner", ev.Owner.Hex()).Str("token", ev.Token.Hex()).
				Uint64("block", ev.BlockNumber).Msg("exit started")
		}
	case pc.GetABI().Events[bindings.PlasmaChainProofRequestedEventName].ID:
		ev, err := pc.UnpackProofRequestedEvent(lg)
		if err != nil {
			return err
		}
		f.mu.Lock()
		f.requests[ev.RequestId.String()] = ev
		f.mu.Unlock()
		if fresh {
			f.l1.m.requestsSeen.Inc()
			f.log.Info().Str("request", ev.RequestId.String()).Str("owner", ev.Owner.Hex()).Str("token", ev.Token.Hex()).
				Uint64("block", ev.BlockNumber).Msg("proof requested")
		}
	}
	return nil
}

// operation decodes an OperationAppended log into the next op, or nil for
// one the sequencer already has; the hash chain is checked against the
// event (PROTOCOL §5).
func (f *Follower) operation(lg *types.Log) (*plasma.Op, error) {
	ev, err := f.l1.pc.UnpackOperationAppendedEvent(lg)
	if err != nil {
		return nil, err
	}
	op := &plasma.Op{Index: ev.Index, Kind: plasma.OpKind(ev.Kind), Owner: ev.Owner, Token: ev.Token, Nonce: ev.Nonce}
	if op.Amount.SetFromBig(ev.Amount) {
		return nil, fmt.Errorf("operation %d: amount overflows", ev.Index)
	}
	if op.Kind == plasma.OpDeposit {
		f.mu.Lock()
		f.tokens[op.Token] = true
		f.mu.Unlock()
	}
	next := f.seq.NextOpIndex() + uint64(0)
	if op.Index == 0 {
		f.prevHash, f.hashOK = common.Hash{}, true
	}
	if f.hashOK {
		if got := proofs.NextOpsHash(f.prevHash, op); got != ev.OpsHash {
			return nil, fmt.Errorf("operation %d: ops hash %s, the contract says %s", op.Index, got.Hex(), common.Hash(ev.OpsHash).Hex())
		}
	}
	f.prevHash, f.hashOK = ev.OpsHash, true
	if op.Index < next {
		return nil, nil // already applied (a restart replays from the cursor)
	}
	return op, nil
}

// indexSpends adds the finalized blocks not yet indexed to the newest-spend
// index. Only blocks committed confirmations deep are indexed: an L1 reorg
// shallower than that can undo a commit, and the block may then be
// re-sealed with other contents (a transfer dropped at its deadline), so
// an index of merely committed blocks could point at a spend that no
// longer exists and miss the one that replaced it. Should the finalized
// marker ever fall below the index (a deeper reorg), the index is rebuilt.
// After a restart it is rebuilt from block 1 (it lives in memory).
func (f *Follower) indexSpends() {
	final := f.seq.Markers().Finalized
	if final < f.indexed {
		f.log.Warn().Uint64("block", final).Uint64("indexed", f.indexed).Msg("finalized marker fell below the spend index; rebuilding it")
		f.resetSpends()
	}
	for n := f.indexed + 1; n <= final; n++ {
		blk, err := f.seq.Block(n)
		if err != nil {
			f.log.Warn().Err(err).Uint64("block", n).Msg("index spends")
			return
		}
		f.mu.Lock()
		for i := range blk.Transfers {
			t := &blk.Transfers[i]
			f.spends[plasma.AccountKey{Owner: t.From, Token: t.Token}] = spendLoc{block: n, index: i, spent: t.Spent}
		}
		f.mu.Unlock()
		f.indexed = n
	}
}

func (f *Follower) resetSpends() {
	f.mu.Lock()
	f.spends = map[plasma.AccountKey]spendLoc{}
	f.mu.Unlock()
	f.indexed = 0
}

// challenge revisits the open exits: each is challenged with the newest
// spend of its leaf in a finalized block later than the exit's block whose
// spent is above both the floor and the exit's proven spent.
func (f *Follower) challenge(ctx context.Context) error {
	f.mu.Lock()
	exits := make([]*bindings.PlasmaChainExitStarted, 0, len(f.exits))
	for _, e := range f.exits {
		exits = append(exits, e)
	}
	f.mu.Unlock()
	now := f.clock.L1Time()
	var errs []error
	for _, ev := range exits {
		done, err := f.challengeOne(ctx, ev, now)
		if err != nil {
			errs = append(errs, err)
		}
		if done {
			f.mu.Lock()
			delete(f.exits, ev.ExitId.String())
			f.mu.Unlock()
		}
	}
	return errors.Join(errs...)
}

func (f *Follower) challengeOne(ctx context.Context, ev *bindings.PlasmaChainExitStarted, now uint64) (done bool, err error) {
	pc := f.l1.pc
	log := f.log.With().Str("exit_id", ev.ExitId.String()).Str("owner", ev.Owner.Hex()).Str("token", ev.Token.Hex()).Logger()
	if now >= ev.ExitableAt {
		return true, nil
	}
	open, err := view(ctx, f.l1, pc.PackOpenExit(ev.Owner, ev.Token), pc.UnpackOpenExit)
	if err != nil {
		return false, err
	}
	if open.ExitId.Cmp(ev.ExitId) != 0 {
		return true, nil // finalized or replaced
	}
	floor, err := view(ctx, f.l1, pc.PackSpentFloor(ev.Owner, ev.Token), pc.UnpackSpentFloor)
	if err != nil {
		return false, err
	}
	f.mu.Lock()
	loc, ok := f.spends[plasma.AccountKey{Owner: ev.Owner, Token: ev.Token}]
	f.mu.Unlock()
	if !ok || loc.block <= ev.BlockNumber || loc.spent.ToBig().Cmp(floor) <= 0 || loc.spent.ToBig().Cmp(open.Spent) <= 0 {
		return false, nil // nothing to show (yet: a later committed spend may come)
	}
	blk, err := f.seq.Block(loc.block)
	if err != nil {
		return false, err
	}
	if loc.index >= len(blk.Transfers) || blk.Transfers[loc.index].From != ev.Owner ||
		blk.Transfers[loc.index].Token != ev.Token || blk.Transfers[loc.index].Spent != loc.spent {
		// The block changed under the index (it cannot, for finalized
		// blocks, short of a reorg deeper than confirmations): rebuild.
		log.Error().Uint64("block", loc.block).Int("index", loc.index).Msg("spend index out of date; rebuilding it")
		f.resetSpends()
		return false, nil
	}
	committedAt, ok, err := f.seq.CommittedAt(loc.block)
	if err != nil || !ok {
		return false, err
	}
	leaves := make([]common.Hash, len(blk.Transfers))
	for i := range blk.Transfers {
		leaves[i] = proofs.TxLeaf(&blk.Transfers[i])
	}
	var txProof [][32]byte
	for _, h := range proofs.TxProof(leaves, loc.index) {
		txProof = append(txProof, h)
	}
	t := &blk.Transfers[loc.index]
	data := pc.PackChallengeExit(ev.ExitId, bindTransfer(t), t.Signature, bindHeader(blk.Header), committedAt, txProof)
	r, err := f.l1.send(ctx, "challengeExit", data, nil)
	if err != nil {
		if errors.Is(err, errReverted) {
			log.Warn().Err(err).Msg("challenge refused")
			return false, nil
		}
		return false, err
	}
	f.l1.m.challenges.Inc()
	log.Info().Str("tx", r.TxHash.Hex()).Uint64("block", loc.block).Str("spent", loc.spent.Dec()).Msg("exit challenged")
	return false, nil
}

// answer answers every open proof request at exactly its block, in one
// answerProofs transaction.
func (f *Follower) answer(ctx context.Context) error {
	f.mu.Lock()
	reqs := make([]*bindings.PlasmaChainProofRequested, 0, len(f.requests))
	for _, r := range f.requests {
		reqs = append(reqs, r)
	}
	f.mu.Unlock()
	if len(reqs) == 0 {
		return nil
	}
	pc := f.l1.pc
	var ids []*big.Int
	var leaves []bindings.PlasmaChainLeaf
	var packed [][]byte
	for _, rq := range reqs {
		st, err := view(ctx, f.l1, pc.PackRequests(rq.RequestId), pc.UnpackRequests)
		if err != nil {
			return err
		}
		if st.Status != 1 { // answered or reclaimed
			f.mu.Lock()
			delete(f.requests, rq.RequestId.String())
			f.mu.Unlock()
			continue
		}
		leaf, proof, err := f.prove(rq.BlockNumber, rq.Owner, rq.Token)
		if err != nil {
			f.log.Error().Err(err).Str("request", rq.RequestId.String()).Uint64("block", rq.BlockNumber).Msg("cannot prove")
			continue
		}
		ids = append(ids, rq.RequestId)
		leaves = append(leaves, bindLeaf(leaf))
		packed = append(packed, proof)
	}
	if len(ids) == 0 {
		return nil
	}
	r, err := f.l1.send(ctx, "answerProofs", pc.PackAnswerProofs(ids, leaves, packed), nil)
	if err != nil {
		return err
	}
	f.l1.m.answered.Add(float64(len(ids)))
	f.log.Info().Int("requests", len(ids)).Str("tx", r.TxHash.Hex()).Msg("proof requests answered")
	return nil
}

func (f *Follower) prove(block uint64, owner, token common.Address) (plasma.Leaf, []byte, error) {
	snap, err := f.seq.Snapshot(int64(block))
	if err != nil {
		return plasma.Leaf{}, nil, err
	}
	defer snap.Close()
	p, err := snap.Prove(owner, token)
	if err != nil {
		return plasma.Leaf{}, nil, err
	}
	var leaf plasma.Leaf
	if p.Exists {
		if leaf, err = avl.DecodeLeaf(p.Value); err != nil {
			return plasma.Leaf{}, nil, err
		}
	}
	packed, err := proofs.PackCommitment(p.ICS23)
	return leaf, packed, err
}

// finalize calls finalizeExits for every token whose queue head is mature.
func (f *Follower) finalize(ctx context.Context) error {
	f.mu.Lock()
	tokens := make([]common.Address, 0, len(f.tokens))
	for t := range f.tokens {
		tokens = append(tokens, t)
	}
	f.mu.Unlock()
	pc := f.l1.pc
	now := f.clock.L1Time()
	for _, tok := range tokens {
		head, err := view(ctx, f.l1, pc.PackQueueHead(tok), pc.UnpackQueueHead)
		if err != nil {
			return err
		}
		if head.ExitId.Sign() == 0 {
			continue
		}
		at, err := view(ctx, f.l1, pc.PackExitableAtOf(head.ExitId), pc.UnpackExitableAtOf)
		if err != nil {
			return err
		}
		if at > now {
			continue
		}
		r, err := f.l1.send(ctx, "finalizeExits", pc.PackFinalizeExits(tok, big.NewInt(MaxCommitBatch)), nil)
		if err != nil {
			if errors.Is(err, errReverted) {
				continue
			}
			return err
		}
		f.l1.m.finalizes.Inc()
		f.log.Info().Str("token", tok.Hex()).Str("tx", r.TxHash.Hex()).Msg("exits finalized")
	}
	return nil
}

func bindTransfer(t *plasma.Transfer) bindings.PlasmaChainTransfer {
	return bindings.PlasmaChainTransfer{From: t.From, To: t.To, Token: t.Token, Amount: t.Amount.ToBig(), Nonce: t.Nonce,
		Fee: t.Fee.ToBig(), Spent: t.Spent.ToBig(), Deadline: t.Deadline}
}

func bindLeaf(l plasma.Leaf) bindings.PlasmaChainLeaf {
	return bindings.PlasmaChainLeaf{Balance: l.Balance.ToBig(), Nonce: l.Nonce, Spent: l.Spent.ToBig()}
}
