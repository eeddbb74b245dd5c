package operator

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/avl"
	"github.com/avlplasma/avlplasma/proofs"
)

// Defaults of SequencerConfig (PROTOCOL §3, §4).
const (
	DefaultMinDeadlineMargin = 3600 // seconds
	DefaultBlockTime         = time.Second
	DefaultMaxBlockTxs       = 10_000
	DefaultMaxBlockOps       = 10_000
)

// Clock tells the sequencer the time of L1: block timestamps are the newest
// L1 block's timestamp, never the operator's own clock (PROTOCOL §4).
type Clock interface {
	L1Time() uint64 // timestamp of the newest L1 block seen, unix seconds
}

// SequencerConfig configures a Sequencer.
type SequencerConfig struct {
	// DataDir holds the ledger (ledger/), the block store (blocks/) and the
	// accept log (accept/).
	DataDir string
	// Backend of the ledger and block store: "goleveldb" (default) or "pebble".
	Backend string
	// CacheSize is the ledger's iavl node cache in nodes (0 = sized from
	// the tree at each open, see avl.Options).
	CacheSize int
	// LeafCacheSize is how many leaves of the newest block the accept path
	// and the sealer keep in memory (0 = DefaultLeafCacheSize, negative =
	// none: every read walks the tree).
	LeafCacheSize int
	// BlockCache is the ledger's pebble block cache in bytes (0 =
	// avl.DefaultLedgerBlockCache).
	BlockCache int64
	// KeepRecent ledger versions are kept before the latest (0 = all); proofs
	// and re-sealing need the versions back to the oldest block a request or
	// a re-seal may name (PROTOCOL §8).
	KeepRecent int64

	// Domain is the EIP-712 domain transfers are signed under.
	Domain proofs.Domain
	// Operator receives the fees (PROTOCOL §2: the leaf of operator()).
	Operator common.Address

	// MinFee is the policy's lowest fee (nil = 0).
	MinFee *uint256.Int
	// MinDeadlineMargin (seconds): a transfer's deadline must be at least
	// this far past the L1 time at acceptance. 0 = no margin; see
	// DefaultMinDeadlineMargin.
	MinDeadlineMargin uint64
	// MaxDeadlineHorizon (seconds) is the validity rule's maxDeadlineHorizon
	// (0 = plasma.DefaultMaxDeadlineHorizon).
	MaxDeadlineHorizon uint64

	// BlockTime: a block is sealed this long after the previous one when it
	// has something in it (0 = DefaultBlockTime).
	BlockTime time.Duration
	// MaxBlockTxs caps the transfers of a block; a block is sealed as soon as
	// it is full (0 = DefaultMaxBlockTxs).
	MaxBlockTxs int
	// MaxBlockOps caps the L1 operations a block applies (0 = DefaultMaxBlockOps).
	MaxBlockOps int
	// Heartbeat: seal an empty block when none was sealed for this long
	// (0 = only when asked, e.g. by the publisher through SealNow).
	Heartbeat time.Duration

	// LogSegmentSize is the size of the accept log's preallocated segment
	// files (0 = DefaultLogSegmentSize).
	LogSegmentSize int64

	// OnAccept, if set, receives the phases of every accepted Submit: the
	// signature and policy checks, the leaf read before the lock, the locked
	// section (waiting included), and the wait for the accept log's fsync.
	// It is called from Submit's goroutine and must be fast.
	OnAccept func(verify, read, locked, durable time.Duration)
}

// Check validates the configuration and fills in defaults.
func (c *SequencerConfig) Check() error {
	if c.DataDir == "" {
		return plasma.Errorf(plasma.EINVALID, "sequencer: no data directory")
	}
	if c.Domain.ChainID == nil {
		return plasma.Errorf(plasma.EINVALID, "sequencer: no chain id in the EIP-712 domain")
	}
	if c.Operator == (common.Address{}) {
		return plasma.Errorf(plasma.EINVALID, "sequencer: no operator (fee) address")
	}
	if c.MinFee == nil {
		c.MinFee = new(uint256.Int)
	}
	if c.MaxDeadlineHorizon == 0 {
		c.MaxDeadlineHorizon = plasma.DefaultMaxDeadlineHorizon
	}
	if c.BlockTime <= 0 {
		c.BlockTime = DefaultBlockTime
	}
	if c.MaxBlockTxs <= 0 {
		c.MaxBlockTxs = DefaultMaxBlockTxs
	}
	if c.MaxBlockOps <= 0 {
		c.MaxBlockOps = DefaultMaxBlockOps
	}
	if c.LeafCacheSize == 0 {
		c.LeafCacheSize = DefaultLeafCacheSize
	}
	if c.KeepRecent < 0 || c.CacheSize < 0 || c.BlockCache < 0 || c.Heartbeat < 0 {
		return plasma.Errorf(plasma.EINVALID, "sequencer: negative KeepRecent, CacheSize, BlockCache or Heartbeat")
	}
	return nil
}

type seqState int

const (
	stateNew seqState = iota
	stateRunning
	stateStopping
	stateStopped
	stateFailed
)

// pendingOp is an L1 operation waiting for a block, with the ops hash after it.
type pendingOp struct {
	op   plasma.Op
	hash common.Hash
	seg  *segment // accept-log segment holding its record
}

// Sequencer orders transfers and L1 operations into blocks. See doc.go for
// its ordering contracts. All methods are safe for concurrent use.
type Sequencer struct {
	cfg   SequencerConfig
	clock Clock
	log   zerolog.Logger

	ledger *avl.Ledger
	store  blockStore
	wal    *acceptLog

	// mu guards the working state below. The accept path holds it for a few
	// map operations; signature checks, hashing and disk writes happen
	// outside it.
	mu       sync.Mutex
	notFull  *sync.Cond // signalled when the sealer cuts a block (backpressure)
	state    seqState
	failure  error
	base     *avl.Snapshot                // latest stored version
	cur      *overlay                     // the next block, accepting
	sealing  *overlay                     // the block being saved (cur.below), or nil
	locks    map[plasma.AccountKey]uint32 // working lock counts: every queued operation applied
	cutLocks map[plasma.AccountKey]uint32 // lock counts after the newest cut block
	ops      []pendingOp                  // L1 operations not yet in a cut block, in index order
	nextOp   uint64                       // index the next ApplyOps must start at
	opsHash  common.Hash                  // ops hash after ops[len-1] (or the last cut's)
	cutOps   uint64                       // opsCursor of the newest cut block
	cutHash  common.Hash                  // opsHash of the newest cut block
	lastTs   uint64                       // timestamp of the newest cut block
	nextNum  uint64                       // number of cur
	lastCut  time.Time
	pending  map[common.Hash]*pendingTx
	dropped  map[common.Hash]uint64 // dropped digests (→ deadline) a resubmission must not revive
	requests []sealRequest

	baseRef   atomic.Pointer[avl.Snapshot]
	baseGen   atomic.Uint64 // bumped (under mu) whenever the base changes
	leaves    *leafCache    // leaves of the base; nil = none (SequencerConfig.LeafCacheSize)
	markMu    sync.Mutex    // serialises marker updates and re-sealing
	latest    atomic.Uint64
	published atomic.Uint64
	committed atomic.Uint64
	finalized atomic.Uint64

	kick    chan struct{}
	sealed  chan uint64
	stop    chan struct{}
	stopped chan struct{}

	stats Stats
}

// Stats counts what the sequencer did since it started.
type Stats struct {
	Accepted atomic.Uint64
	Sealed   atomic.Uint64 // transfers in stored blocks
	Dropped  atomic.Uint64
	Blocks   atomic.Uint64
	Leaves   atomic.Uint64 // leaf writes to the ledger (one per touched leaf per block)
	// Time the sealer spent, in nanoseconds: cutting (under the lock),
	// writing leaves, saving ledger versions, and storing blocks.
	CutNanos, SetNanos, SaveNanos, StoreNanos atomic.Int64
}

type sealRequest struct {
	reseal   bool
	from     uint64 // reseal: the last committed block
	reply    chan sealResult
	minBlock uint64
}

type sealResult struct {
	blk *plasma.Block
	err error
}

// NewSequencer opens the ledger, block store and accept log in
// cfg.DataDir and restores the working state (doc.go, "Restart"). Start
// begins sealing and acknowledging.
func NewSequencer(cfg SequencerConfig, clock Clock, log zerolog.Logger) (*Sequencer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	s := &Sequencer{
		cfg:     cfg,
		clock:   clock,
		log:     log,
		pending: make(map[common.Hash]*pendingTx),
		kick:    make(chan struct{}, 1),
		sealed:  make(chan uint64, 1),
		stop:    make(chan struct{}),
		stopped: make(chan struct{}),
	}
	s.notFull = sync.NewCond(&s.mu)
	if cfg.LeafCacheSize > 0 {
		s.leaves = newLeafCache(cfg.LeafCacheSize, &s.baseGen)
	}
	db, err := avl.OpenStore(filepath.Join(cfg.DataDir, "blocks"), cfg.Backend)
	if err != nil {
		return nil, err
	}
	s.store = blockStore{db}
	s.ledger, err = avl.Open(avl.Options{
		Dir:        filepath.Join(cfg.DataDir, "ledger"),
		Backend:    cfg.Backend,
		CacheSize:  cfg.CacheSize,
		BlockCache: cfg.BlockCache,
		KeepRecent: cfg.KeepRecent,
		Log:        log,
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	if err := s.restore(); err != nil {
		s.closeAll()
		return nil, err
	}
	return s, nil
}

// restore reconciles ledger and block store and replays the accept log.
func (s *Sequencer) restore() error {
	latest, err := s.store.marker(markLatest)
	if err != nil {
		return err
	}
	for _, m := range []struct {
		key []byte
		v   *atomic.Uint64
	}{{markPublished, &s.published}, {markCommitted, &s.committed}, {markFinalized, &s.finalized}} {
		n, err := s.store.marker(m.key)
		if err != nil {
			return err
		}
		m.v.Store(n)
	}
	// A version saved without its block being stored: the block was never
	// published, so it is rewound and sealed again from the accept log.
	if v := s.ledger.Version(); v > int64(latest) {
		s.log.Warn().Int64("version", v).Uint64("block", latest).Msg("ledger ahead of the block store: rewinding")
		if err := s.ledger.Rewind(int64(latest)); err != nil {
			return err
		}
	} else if v < int64(latest) {
		return plasma.Errorf(plasma.EINTERNAL, "ledger version %d is behind stored block %d", v, latest)
	}
	hdr, err := s.store.header(latest)
	if err != nil {
		return err
	}
	if s.base, err = s.ledger.Snapshot(int64(latest)); err != nil {
		return err
	}
	s.baseRef.Store(s.base)
	if s.base.Root() != hdr.StateRoot {
		return plasma.Errorf(plasma.EINTERNAL, "ledger root %s at version %d differs from block %d's stateRoot %s",
			s.base.Root(), latest, latest, hdr.StateRoot)
	}
	if s.cutLocks, err = s.store.locksAt(latest); err != nil {
		return err
	}
	s.locks = copyLocks(s.cutLocks)
	if s.dropped, err = s.store.droppedSince(hdr.Timestamp); err != nil {
		return err
	}
	s.latest.Store(latest)
	s.nextNum = latest + 1
	s.lastTs = hdr.Timestamp
	s.nextOp, s.opsHash = hdr.OpsCursor, hdr.OpsHash
	s.cutOps, s.cutHash = hdr.OpsCursor, hdr.OpsHash
	s.cur = newOverlay(nil, 1024)

	wal, recs, err := openAcceptLog(filepath.Join(s.cfg.DataDir, "accept"), s.cfg.LogSegmentSize, s.log)
	if err != nil {
		return err
	}
	s.wal = wal
	// Records before the last reset were rewritten after it by a re-seal.
	start := 0
	for i := range recs {
		if recs[i].kind == recReset {
			start = i + 1
		}
	}
	replayedN, droppedN, opsN := 0, 0, 0
	opsBroken := false
	for i := start; i < len(recs); i++ {
		r := &recs[i]
		if r.kind == recOp {
			switch {
			case r.op.Index < s.nextOp:
				continue // in a stored block, or replayed already
			case r.op.Index > s.nextOp || opsBroken:
				// Cannot happen with an intact log; the follower re-delivers.
				s.log.Error().Uint64("op", r.op.Index).Uint64("want", s.nextOp).Msg("accept log: gap in operations; ignoring the rest")
				opsBroken = true
				continue
			}
			wal.ref(r.seg)
			if err := s.queueOpLocked(&r.op, r.seg); err != nil {
				return err
			}
			opsN++
			continue
		}
		if r.kind != recTransfer {
			continue
		}
		ptx := &pendingTx{t: r.t, seg: r.seg, batch: doneBatch}
		ptx.hash = s.cfg.Domain.TransferDigest(&ptx.t)
		if _, dup := s.pending[ptx.hash]; dup {
			continue
		}
		if _, found, err := s.store.txLocation(ptx.hash); err != nil {
			return err
		} else if found {
			continue // sealed or dropped in a stored block
		}
		ptx.leaf = proofs.TxLeaf(&ptx.t)
		wal.ref(r.seg)
		s.pending[ptx.hash] = ptx
		// The same records in the same order give the same working state.
		// The deadline window is checked when the block is cut, against its
		// timestamp; the L1 clock may not be known yet.
		if err := s.tryApplyLocked(s.cur, s.locks, &ptx.t, ptx.t.Deadline); err != nil {
			if plasma.ErrorCode(err) == plasma.EINTERNAL {
				return err
			}
			s.log.Warn().Str("tx", ptx.hash.Hex()).Err(err).Msg("replayed transfer no longer valid: dropped")
			s.cur.drops = append(s.cur.drops, ptx)
			droppedN++
			continue
		}
		s.cur.txs = append(s.cur.txs, ptx)
		replayedN++
	}
	wal.releaseIdle()
	s.log.Info().Uint64("block", latest).Str("root", hdr.StateRoot.Hex()).Int("replayed", replayedN).
		Int("ops", opsN).Int("dropped", droppedN).Int("locks", len(s.locks)).Msg("sequencer restored")
	return nil
}

// doneBatch is the batch of records that were already durable at open.
var doneBatch = func() *logBatch {
	b := &logBatch{done: make(chan struct{})}
	close(b.done)
	return b
}()

// Start begins acknowledging transfers and sealing blocks.
func (s *Sequencer) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state != stateNew {
		return plasma.Errorf(plasma.EINTERNAL, "sequencer already started")
	}
	s.state = stateRunning
	s.lastCut = time.Now()
	s.wal.start()
	go s.run()
	return nil
}

// Stop stops accepting, finishes the block being saved and closes
// everything. Accepted transfers not yet sealed stay in the accept log and
// are in the next block after a restart.
func (s *Sequencer) Stop(ctx context.Context) error {
	s.mu.Lock()
	st := s.state
	if st == stateStopping || st == stateStopped {
		s.mu.Unlock()
		return nil
	}
	s.state = stateStopping
	s.notFull.Broadcast()
	s.mu.Unlock()
	if st != stateNew {
		close(s.stop)
		select {
		case <-s.stopped:
		case <-ctx.Done():
			return plasma.Errorf(plasma.EUNAVAILABLE, "sequencer stop: %v", ctx.Err())
		}
	}
	err := s.closeAll()
	s.mu.Lock()
	s.state = stateStopped
	for _, r := range s.requests {
		r.reply <- sealResult{err: errStopped}
	}
	s.requests = nil
	s.mu.Unlock()
	return err
}

var errStopped = plasma.Errorf(plasma.EUNAVAILABLE, "sequencer is stopped")

func (s *Sequencer) closeAll() error {
	var errs []error
	if s.wal != nil {
		errs = append(errs, s.wal.close())
	}
	if s.ledger != nil {
		errs = append(errs, s.ledger.Close())
	}
	if s.store.db != nil {
		errs = append(errs, s.store.db.Close())
	}
	return errors.Join(errs...)
}

// unavailableLocked reports why the sequencer cannot take work, or nil.
func (s *Sequencer) unavailableLocked() error {
	switch s.state {
	case stateRunning:
		return nil
	case stateNew:
		return plasma.Errorf(plasma.EUNAVAILABLE, "sequencer not started")
	case stateFailed:
		return plasma.Errorf(plasma.EUNAVAILABLE, "sequencer halted after an internal error")
	}
	return errStopped
}

// Submit accepts a signed transfer: it checks the signature, the policy and
// the validity rules against the working state, records it in the accept
// log and returns its hash (the EIP-712 digest) once the record is on disk.
// A refused transfer changes nothing; the error names the rule. Submitting
// a transfer again while it is accepted or after it was sealed returns its
// hash (idempotent); a transfer dropped at sealing is refused (ECONFLICT).
func (s *Sequencer) Submit(ctx context.Context, t *plasma.Transfer) (common.Hash, error) {
	t0 := time.Now()
	sig, err := proofs.NormalizeSignature(t.Signature)
	if err != nil {
		return common.Hash{}, err
	}
	ptx := &pendingTx{t: *t}
	ptx.t.Signature = sig
	tx := &ptx.t
	ptx.hash = s.cfg.Domain.TransferDigest(tx)
	signer, err := proofs.RecoverSigner(ptx.hash, sig)
	if err != nil {
		return ptx.hash, err
	}
	if signer != tx.From {
		return ptx.hash, plasma.RuleError(plasma.EINVALID, plasma.RuleSignature, "signature is by %s, not by from %s", signer.Hex(), tx.From.Hex())
	}
	ptx.leaf = proofs.TxLeaf(tx)

	t1 := time.Now()
	pre := s.prefetch(tx)
	t2 := time.Now()
	b, err := s.accept(ptx, pre, false)
	for tries := 0; err == errStalePrefetch; tries++ {
		b, err = s.accept(ptx, s.prefetch(tx), tries >= 2)
	}
	t3 := time.Now()
	if err != nil {
		if plasma.ErrorRule(err) != "" {
			// A resubmission of a transfer already sealed fails a rule (the
			// nonce, or by now the deadline margin); answer it idempotently.
			if loc, found, lerr := s.store.txLocation(ptx.hash); lerr == nil && found && !loc.Dropped {
				return ptx.hash, nil
			}
		}
		return ptx.hash, err
	}
	if err := b.wait(ctx); err != nil {
		return ptx.hash, err
	}
	if s.cfg.OnAccept != nil {
		s.cfg.OnAccept(t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), time.Since(t3))
	}
	return ptx.hash, nil
}

// policy checks the sequencer's own rules (PROTOCOL §3, "Policy").
func (s *Sequencer) policy(t *plasma.Transfer, now uint64) error {
	if t.Fee.Lt(s.cfg.MinFee) {
		return plasma.RuleError(plasma.EINVALID, plasma.RuleFee, "fee %s is below the minimum %s", t.Fee.Dec(), s.cfg.MinFee.Dec())
	}
	if t.Deadline < now+s.cfg.MinDeadlineMargin {
		return plasma.RuleError(plasma.EINVALID, plasma.RuleMargin,
			"deadline %d is less than %d s after the L1 time %d", t.Deadline, s.cfg.MinDeadlineMargin, now)
	}
	return nil
}

// prefetch reads the sender's leaf from the base snapshot, outside the lock
// and outside the ledger's writer (tree reads may go to disk; the sealer's
// writes are the one serial path, so reads stay off it). The recipient is
// not read: it takes credits, and the sealer's write loads its path anyway.
// A base change between this read and the lock is caught by the
// generation. Best effort: on any error the locked section reads the leaf.
func (s *Sequencer) prefetch(t *plasma.Transfer) *prefetched {
	// The generation first: a base installed after it makes the hint stale.
	gen := s.baseGen.Load()
	base := s.baseRef.Load()
	pre := &prefetched{gen: gen, n: 1, keys: [2]plasma.AccountKey{{Owner: t.From, Token: t.Token}}, snap: base}
	var err error
	if pre.leaves[0], pre.exists[0], err = s.baseReader(base, gen).Get(t.From, t.Token); err != nil {
		return nil
	}
	return pre
}

// baseReader reads snap, of generation gen, through the leaf cache.
func (s *Sequencer) baseReader(snap *avl.Snapshot, gen uint64) leafReader {
	if s.leaves == nil {
		return snap
	}
	return cachedBase{snap: snap, cache: s.leaves, gen: gen}
}

// baseLocked reads the current base through the leaf cache. Callers hold
// mu, so the base cannot change while they read.
func (s *Sequencer) baseLocked() leafReader { return s.baseReader(s.base, s.baseGen.Load()) }

const (
	hintNone = iota
	hintValid
	hintStale
)

// hintUse decides whether prefetched leaves may stand for the base values of
// their keys: they must have been read from the current base.
func hintUse(pre *prefetched, base leafReader, gen uint64) int {
	switch {
	case pre == nil:
		return hintNone
	case pre.gen != gen || pre.snap != base:
		return hintStale
	}
	return hintValid
}

// errStalePrefetch asks Submit to read the leaves again: the base changed
// since they were read.
var errStalePrefetch = errors.New("stale prefetch")

// accept runs the checks that need the working state and applies ptx.
// With a stale prefetch it returns errStalePrefetch, unless last, when it
// reads the leaf under the lock.
func (s *Sequencer) accept(ptx *pendingTx, pre *prefetched, last bool) (*logBatch, error) {
	now := s.clock.L1Time()
	s.mu.Lock()
	defer s.mu.Unlock()
	// Backpressure: the next block is full and the previous one is still
	// being saved.
	for s.state == stateRunning && len(s.cur.txs) >= s.cfg.MaxBlockTxs {
		s.notFull.Wait()
	}
	if err := s.unavailableLocked(); err != nil {
		return nil, err
	}
	if p := s.pending[ptx.hash]; p != nil {
		return p.batch, nil
	}
	if _, ok := s.dropped[ptx.hash]; ok {
		return nil, plasma.Errorf(plasma.ECONFLICT, "this transfer was dropped at sealing; sign a new one")
	}
	if now == 0 {
		return nil, plasma.Errorf(plasma.EUNAVAILABLE, "the time of L1 is not known yet")
	}
	if err := s.policy(&ptx.t, now); err != nil {
		return nil, err
	}
	reader := s.baseLocked()
	switch hintUse(pre, s.base, s.baseGen.Load()) {
	case hintValid:
		reader = hinted{reader, pre}
	case hintStale:
		if !last {
			return nil, errStalePrefetch
		}
	}
	if err := s.checkLockedWith(reader, s.cur, s.locks, &ptx.t, max(now, s.lastTs)); err != nil {
		if plasma.ErrorCode(err) == plasma.EINTERNAL {
			s.failLocked(err)
		}
		return nil, err
	}
	seg, b, err := s.wal.append(transferRecord(&ptx.t))
	if err != nil {
		s.failLocked(err) // the log refuses everything from now on
		return nil, err
	}
	if err := applyTransfer(s.cur, reader, &ptx.t, s.cfg.Operator); err != nil {
		// Recorded but not applied: only a restart (which replays the
		// record) can make the working state whole again.
		s.failLocked(err)
		return nil, plasma.Errorf(plasma.EINTERNAL, "read leaf: %v", err)
	}
	ptx.seg, ptx.batch = seg, b
	s.cur.txs = append(s.cur.txs, ptx)
	s.pending[ptx.hash] = ptx
	s.stats.Accepted.Add(1)
	if len(s.cur.txs) >= s.cfg.MaxBlockTxs {
		s.signal()
	}
	return b, nil
}

// checkLocked checks t against the working state o at blockTime.
func (s *Sequencer) checkLocked(o *overlay, locks map[plasma.AccountKey]uint32, t *plasma.Transfer, blockTime uint64) error {
	return s.checkLockedWith(s.baseLocked(), o, locks, t, blockTime)
}

func (s *Sequencer) checkLockedWith(base leafReader, o *overlay, locks map[plasma.AccountKey]uint32, t *plasma.Transfer, blockTime uint64) error {
	k := plasma.AccountKey{Owner: t.From, Token: t.Token}
	from, err := get(o, base, k)
	if err != nil {
		return plasma.Errorf(plasma.EINTERNAL, "read leaf: %v", err)
	}
	if err := plasma.CheckTransfer(t, &from.leaf, locks[k], blockTime, s.cfg.MaxDeadlineHorizon); err != nil {
		return err
	}
	if from.leaf.Nonce+1 >= plasma.MaxNonce {
		return plasma.RuleError(plasma.ECONFLICT, plasma.RuleNonce, "nonce would reach 2^63")
	}
	return nil
}

// tryApplyLocked checks t against o (at blockTime) and applies it if valid.
func (s *Sequencer) tryApplyLocked(o *overlay, locks map[plasma.AccountKey]uint32, t *plasma.Transfer, blockTime uint64) error {
	if err := s.checkLocked(o, locks, t, blockTime); err != nil {
		return err
	}
	if err := applyTransfer(o, s.baseLocked(), t, s.cfg.Operator); err != nil {
		return plasma.Errorf(plasma.EINTERNAL, "read leaf: %v", err)
	}
	return nil
}

// failLocked halts the sequencer after an internal error: its working state
// may no longer match what is durable, and a restart rebuilds it.
func (s *Sequencer) failLocked(err error) {
	if s.state == stateRunning {
		s.log.Error().Err(err).Msg("sequencer halted; restart to recover from disk")
		s.state = stateFailed
		s.failure = err
		s.notFull.Broadcast()
	}
}

func (s *Sequencer) signal() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// ApplyOps queues L1 operations, in index order, for the next block. The
// first must have index NextOpIndex() and the rest follow without gaps;
// anything else (a gap, a repeat) is refused and nothing is queued. It
// returns once the operations are in the accept log on disk, so a restart
// recovers every operation ApplyOps accepted.
func (s *Sequencer) ApplyOps(ops []plasma.Op) error {
	b, err := s.applyOps(ops)
	if err != nil || b == nil {
		return err
	}
	// The committer completes every batch (written, or failed), so this
	// wait ends; the caller may then record that L1 is read this far.
	return b.wait(context.Background())
}

func (s *Sequencer) applyOps(ops []plasma.Op) (*logBatch, error) {
	if len(ops) == 0 {
		return nil, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state == stateStopped || s.state == stateFailed {
		return nil, s.unavailableLocked()
	}
	for i := range ops {
		op := &ops[i]
		if op.Index != s.nextOp+uint64(i) {
			return nil, plasma.Errorf(plasma.ECONFLICT, "operation index %d, want %d", op.Index, s.nextOp+uint64(i))
		}
		if op.Kind < plasma.OpDeposit || op.Kind > plasma.OpLock {
			return nil, plasma.Errorf(plasma.EINVALID, "operation %d has unknown kind %d", op.Index, op.Kind)
		}
		if op.Kind == plasma.OpUnlockDebit && !op.Amount.IsZero() && op.Nonce >= plasma.MaxNonce-1 {
			// exitNonce+1 would leave the nonce range of PROTOCOL §2.
			return nil, plasma.Errorf(plasma.EINVALID, "operation %d debits with nonce %d ≥ 2^63-1", op.Index, op.Nonce)
		}
	}
	var last *logBatch
	for i := range ops {
		seg, b, err := s.wal.append(opRecord(&ops[i]))
		if err != nil {
			s.failLocked(err)
			return nil, err
		}
		if err := s.queueOpLocked(&ops[i], seg); err != nil {
			s.failLocked(err)
			return nil, err
		}
		last = b
	}
	if len(s.ops) >= s.cfg.MaxBlockOps {
		s.signal()
	}
	return last, nil
}

// queueOpLocked queues op for the next cut and applies it to the working
// state at once, so that new transfers are checked against it (a lock
// refuses spends as soon as it is known, a deposit can be spent in the same
// block). The cut applies the block's operations first and re-checks its
// transfers after them.
func (s *Sequencer) queueOpLocked(op *plasma.Op, seg *segment) error {
	s.opsHash = proofs.NextOpsHash(s.opsHash, op)
	s.ops = append(s.ops, pendingOp{op: *op, hash: s.opsHash, seg: seg})
	s.nextOp = op.Index + 1
	if _, err := applyOp(s.cur, s.baseLocked(), s.locks, op); err != nil {
		return plasma.Errorf(plasma.EINTERNAL, "apply operation %d: %v", op.Index, err)
	}
	return nil
}

func copyLocks(m map[plasma.AccountKey]uint32) map[plasma.AccountKey]uint32 {
	out := make(map[plasma.AccountKey]uint32, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// NextOpIndex is the index of the next L1 operation ApplyOps expects.
func (s *Sequencer) NextOpIndex() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.nextOp
}

// SealNow seals a block with everything accepted and queued so far (empty if
// there is nothing) and returns it once it is stored.
func (s *Sequencer) SealNow(ctx context.Context) (*plasma.Block, error) {
	return s.request(ctx, sealRequest{})
}

func (s *Sequencer) request(ctx context.Context, r sealRequest) (*plasma.Block, error) {
	r.reply = make(chan sealResult, 1)
	s.mu.Lock()
	if err := s.unavailableLocked(); err != nil {
		s.mu.Unlock()
		return nil, err
	}
	s.requests = append(s.requests, r)
	s.mu.Unlock()
	s.signal()
	select {
	case res := <-r.reply:
		return res.blk, res.err
	case <-ctx.Done():
		return nil, plasma.Errorf(plasma.EUNAVAILABLE, "waiting for the sealer: %v", ctx.Err())
	}
}

// Sealed delivers the number of each newly stored block (the newest when
// the reader lags: read LatestBlock for the truth).
func (s *Sequencer) Sealed() <-chan uint64 { return s.sealed }

func (s *Sequencer) notifySealed(n uint64) {
	select {
	case s.sealed <- n:
		return
	default:
	}
	select {
	case <-s.sealed:
	default:
	}
	select {
	case s.sealed <- n:
	default:
	}
}

// LatestBlock is the number of the newest stored block (0 = genesis only).
func (s *Sequencer) LatestBlock() uint64 { return s.latest.Load() }

// Block returns stored block n with its contents.
func (s *Sequencer) Block(n uint64) (*plasma.Block, error) {
	if n > s.latest.Load() {
		return nil, plasma.Errorf(plasma.ENOTFOUND, "block %d not found", n)
	}
	return s.store.block(n)
}

// Header returns the header of stored block n.
func (s *Sequencer) Header(n uint64) (plasma.Header, error) {
	if n > s.latest.Load() {
		return plasma.Header{}, plasma.Errorf(plasma.ENOTFOUND, "block %d not found", n)
	}
	return s.store.header(n)
}

// TransferStatus reports where a transfer is: accepted (block 0), sealed,
// committed or finalized in a block, or dropped (at that block's sealing).
// ENOTFOUND for a hash the sequencer never accepted.
func (s *Sequencer) TransferStatus(hash common.Hash) (plasma.TransferStatus, uint64, error) {
	s.mu.Lock()
	_, pending := s.pending[hash]
	s.mu.Unlock()
	if pending {
		return plasma.StatusAccepted, 0, nil
	}
	loc, found, err := s.store.txLocation(hash)
	if err != nil {
		return "", 0, err
	}
	if !found || (!loc.Dropped && loc.Block > s.latest.Load()) {
		return "", 0, plasma.Errorf(plasma.ENOTFOUND, "transfer %s not found", hash.Hex())
	}
	switch {
	case loc.Dropped:
		return plasma.StatusDropped, loc.Block, nil
	case loc.Block <= s.finalized.Load():
		return plasma.StatusFinalized, loc.Block, nil
	case loc.Block <= s.committed.Load():
		return plasma.StatusCommitted, loc.Block, nil
	}
	return plasma.StatusSealed, loc.Block, nil
}

// TransferLocation returns the block and position of a sealed transfer.
func (s *Sequencer) TransferLocation(hash common.Hash) (block uint64, index int, err error) {
	loc, found, err := s.store.txLocation(hash)
	if err != nil {
		return 0, 0, err
	}
	if !found || loc.Dropped || loc.Block > s.latest.Load() {
		return 0, 0, plasma.Errorf(plasma.ENOTFOUND, "transfer %s is not in a block", hash.Hex())
	}
	return loc.Block, int(loc.Index), nil
}

// Snapshot opens the ledger at a version (= the state after that block) for
// reads and proofs.
func (s *Sequencer) Snapshot(version int64) (*avl.Snapshot, error) {
	return s.ledger.Snapshot(version)
}

// WarmCache reads the newest tree into the ledger's node caches, the
// writer's and the snapshots', and its leaves into the leaf cache, so that the first blocks run as fast as a
// long-running sequencer's; at 1,000,000 accounts it takes tens of seconds.
// Call it before Start.
func (s *Sequencer) WarmCache() error {
	if _, err := s.ledger.WarmCache(); err != nil {
		return err
	}
	snap, err := s.ledger.Snapshot(s.ledger.Version())
	if err != nil {
		return err
	}
	defer snap.Close()
	if s.leaves != nil {
		return s.leaves.load(snap, s.baseGen.Load())
	}
	return snap.Iterate(nil, func(common.Address, common.Address, plasma.Leaf) bool { return true })
}

// CacheSize is the ledger's node cache in nodes.
func (s *Sequencer) CacheSize() int { return s.ledger.CacheSize() }

// TokenLeaf is one leaf of an owner.
type TokenLeaf struct {
	Token common.Address
	Leaf  plasma.Leaf
}

// Accounts lists the leaves owner holds at the latest stored block, in
// token order, and that block's number.
func (s *Sequencer) Accounts(owner common.Address) ([]TokenLeaf, uint64, error) {
	for {
		n := s.latest.Load()
		snap, err := s.ledger.Snapshot(int64(n))
		if err != nil {
			if plasma.ErrorCode(err) == plasma.ENOTFOUND && s.latest.Load() != n {
				continue // rewound or pruned meanwhile
			}
			return nil, 0, err
		}
		defer snap.Close()
		tokens, err := s.store.tokensOf(owner)
		if err != nil {
			return nil, 0, err
		}
		var out []TokenLeaf
		for _, tok := range tokens {
			leaf, exists, err := snap.Get(owner, tok)
			if err != nil {
				return nil, 0, err
			}
			if exists {
				out = append(out, TokenLeaf{Token: tok, Leaf: leaf})
			}
		}
		return out, n, nil
	}
}

// Markers are the publisher's progress: blocks up to Published were sent to
// L1, up to Committed are on L1, up to Finalized are confirmations deep.
type Markers struct {
	Latest, Published, Committed, Finalized uint64
}

// Markers returns the current markers.
func (s *Sequencer) Markers() Markers {
	return Markers{Latest: s.latest.Load(), Published: s.published.Load(), Committed: s.committed.Load(), Finalized: s.finalized.Load()}
}

// MarkPublished records that blocks up to n were sent to L1.
func (s *Sequencer) MarkPublished(n uint64) error {
	s.markMu.Lock()
	defer s.markMu.Unlock()
	b := s.store.db.NewBatch()
	b.Set(markPublished, u64(n))
	if err := b.Write(); err != nil {
		return err
	}
	s.published.Store(n)
	return nil
}

// MarkCommitted records that blocks up to n are committed on L1, those
// after the previous marker at L1 time committedAt (one commitBlocks
// transaction). A lower n (an L1 reorg) forgets the commits above it.
func (s *Sequencer) MarkCommitted(n, committedAt uint64) error {
	if n > s.latest.Load() {
		return plasma.Errorf(plasma.EINVALID, "cannot mark block %d committed: latest is %d", n, s.latest.Load())
	}
	s.markMu.Lock() // serialises marker updates with re-sealing
	defer s.markMu.Unlock()
	prev := s.committed.Load()
	b := s.store.db.NewBatch()
	for i := prev + 1; i <= n; i++ {
		b.Set(numKey(tCommitted, i), u64(committedAt))
	}
	for i := n + 1; i <= prev; i++ {
		b.Delete(numKey(tCommitted, i))
	}
	b.Set(markCommitted, u64(n))
	fin := min(s.finalized.Load(), n)
	b.Set(markFinalized, u64(fin))
	if err := b.Write(); err != nil {
		return err
	}
	s.committed.Store(n)
	s.finalized.Store(fin)
	return nil
}

// MarkFinalized records that blocks up to n (≤ committed) are final on L1.
func (s *Sequencer) MarkFinalized(n uint64) error {
	s.markMu.Lock()
	defer s.markMu.Unlock()
	if n > s.committed.Load() {
		return plasma.Errorf(plasma.EINVALID, "cannot finalize block %d: committed is %d", n, s.committed.Load())
	}
	b := s.store.db.NewBatch()
	b.Set(markFinalized, u64(n))
	if err := b.Write(); err != nil {
		return err
	}
	s.finalized.Store(n)
	return nil
}

// CommittedAt returns the L1 timestamp at which block n was committed
// (block 0: ok is false; the contract records its own deployment time).
func (s *Sequencer) CommittedAt(n uint64) (committedAt uint64, ok bool, err error) {
	v, err := s.store.db.Get(numKey(tCommitted, n))
	if err != nil || v == nil {
		return 0, false, err
	}
	if len(v) != 8 {
		return 0, false, decodeErr("committedAt of %d bytes", len(v))
	}
	return uint64FromBytes(v), true, nil
}

func uint64FromBytes(b []byte) uint64 {
	var n uint64
	for _, c := range b {
		n = n<<8 | uint64(c)
	}
	return n
}

// Stats returns the counters.
func (s *Sequencer) Stats() *Stats { return &s.stats }

// PendingCount is the number of accepted transfers not yet in a stored block.
func (s *Sequencer) PendingCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending)
}

func (s *Sequencer) String() string {
	return fmt.Sprintf("sequencer(latest=%d)", s.latest.Load())
}
