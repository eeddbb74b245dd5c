package operator

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/proofs"
)

// blockPlan is a cut block: its contents are fixed, its state is in ov; the
// sealer writes ov to the ledger, saves the version and stores the block.
type blockPlan struct {
	number    uint64
	ts        uint64
	ops       []plasma.Op
	opsCursor uint64
	opsHash   common.Hash
	ov        *overlay
	txs       []*pendingTx
	dropped   []*pendingTx
	locks     map[plasma.AccountKey]uint32 // nil when the block changed no lock
	opSegs    []*segment                   // accept-log segments of the ops' records
}

// run is the sealer: one goroutine cuts blocks and saves them one at a time,
// while Submit keeps accepting into the next block (pipelining).
func (s *Sequencer) run() {
	defer close(s.stopped)
	timer := time.NewTimer(s.cfg.BlockTime)
	defer timer.Stop()
	for {
		s.mu.Lock()
		if s.state != stateRunning {
			s.mu.Unlock()
			return
		}
		var req *sealRequest
		if len(s.requests) > 0 {
			r := s.requests[0]
			s.requests = s.requests[1:]
			req = &r
		}
		if req != nil && req.reseal {
			s.mu.Unlock()
			err := s.reseal(req.from)
			req.reply <- sealResult{err: err}
			continue
		}
		if s.clock.L1Time() == 0 {
			// Block timestamps come from L1: wait until its time is known.
			if req != nil {
				s.mu.Unlock()
				req.reply <- sealResult{err: plasma.Errorf(plasma.EUNAVAILABLE, "the time of L1 is not known yet")}
				continue
			}
			s.mu.Unlock()
			select {
			case <-s.stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
			continue
		}
		since := time.Since(s.lastCut)
		full := len(s.cur.txs) >= s.cfg.MaxBlockTxs || len(s.ops) >= s.cfg.MaxBlockOps
		work := len(s.cur.txs) > 0 || len(s.ops) > 0 || len(s.cur.drops) > 0
		heartbeat := s.cfg.Heartbeat > 0 && since >= s.cfg.Heartbeat
		if req != nil || full || (work && since >= s.cfg.BlockTime) || heartbeat {
			cutStart := time.Now()
			plan, err := s.cutLocked()
			s.stats.CutNanos.Add(int64(time.Since(cutStart)))
			s.mu.Unlock()
			var blk *plasma.Block
			if err == nil {
				blk, err = s.save(plan)
			}
			if err != nil {
				s.mu.Lock()
				s.failLocked(err)
				s.mu.Unlock()
			}
			if req != nil {
				req.reply <- sealResult{blk: blk, err: err}
			}
			continue
		}
		wait := s.cfg.BlockTime - since
		if !work {
			wait = s.cfg.BlockTime
			if s.cfg.Heartbeat > 0 {
				wait = min(wait, s.cfg.Heartbeat-since)
			}
		}
		s.mu.Unlock()
		if !timer.Stop() {
			select {
			case <-timer.C:
			default:
			}
		}
		timer.Reset(max(wait, time.Millisecond))
		select {
		case <-s.stop:
			s.mu.Lock()
			reqs := s.requests
			s.requests = nil
			s.mu.Unlock()
			for _, r := range reqs {
				r.reply <- sealResult{err: errStopped}
			}
			return
		case <-s.kick:
		case <-timer.C:
		}
	}
}

// cutLocked fixes the contents of the next block and starts a new one on top
// of it. Fast path: no L1 operation and every transfer still inside its
// deadline window at the block's timestamp — the accepting overlay is the
// block. Otherwise the block is rebuilt from the version below: its
// operations first (at most MaxBlockOps), then each transfer re-checked at
// the block's timestamp (one that a lock or debit made invalid is dropped,
// never sealed); operations and transfers beyond the caps move on to the
// next block, which is rebuilt the same way on top.
func (s *Sequencer) cutLocked() (*blockPlan, error) {
	ts := max(s.clock.L1Time(), s.lastTs)
	o := s.cur
	nops := min(len(s.ops), s.cfg.MaxBlockOps)
	slow := len(s.ops) > 0 || len(o.txs) > s.cfg.MaxBlockTxs
	for _, p := range o.txs {
		if !inWindow(&p.t, ts, s.cfg.MaxDeadlineHorizon) {
			slow = true
			break
		}
	}
	plan := &blockPlan{number: s.nextNum, ts: ts, opsCursor: s.cutOps, opsHash: s.cutHash, dropped: o.drops}
	o.drops = nil
	var next *overlay
	if !slow {
		plan.ov, plan.txs = o, o.txs
		next = newOverlay(o, len(o.leaves))
	} else {
		blk := newOverlay(o.below, len(o.leaves))
		blockLocks := s.cutLocks
		if nops > 0 {
			blockLocks = copyLocks(s.cutLocks)
			plan.ops = make([]plasma.Op, nops)
			for i := 0; i < nops; i++ {
				op := &s.ops[i].op
				plan.ops[i] = *op
				plan.opSegs = append(plan.opSegs, s.ops[i].seg)
				short, err := applyOp(blk, s.baseLocked(), blockLocks, op)
				if err != nil {
					return nil, plasma.Errorf(plasma.EINTERNAL, "apply operation %d: %v", op.Index, err)
				}
				if short {
					s.log.Error().Uint64("block", plan.number).Uint64("op", op.Index).Str("owner", op.Owner.Hex()).
						Str("token", op.Token.Hex()).Str("amount", op.Amount.Dec()).
						Msg("ALARM: unlock-and-debit exceeds the balance (shortfall)")
				}
			}
			plan.opsCursor = s.ops[nops-1].op.Index + 1
			plan.opsHash = s.ops[nops-1].hash
			s.ops = append([]pendingOp(nil), s.ops[nops:]...)
			plan.locks = blockLocks
		}
		next = newOverlay(blk, len(o.leaves))
		working := blockLocks
		if len(s.ops) > 0 {
			working = copyLocks(blockLocks)
			for i := range s.ops {
				if _, err := applyOp(next, s.baseLocked(), working, &s.ops[i].op); err != nil {
					return nil, plasma.Errorf(plasma.EINTERNAL, "apply operation %d: %v", s.ops[i].op.Index, err)
				}
			}
		}
		for _, p := range o.txs {
			target, locks := blk, blockLocks
			if len(plan.txs) >= s.cfg.MaxBlockTxs {
				target, locks = next, working
			}
			if err := s.tryApplyLocked(target, locks, &p.t, ts); err != nil {
				if plasma.ErrorCode(err) == plasma.EINTERNAL {
					return nil, err
				}
				s.log.Info().Uint64("block", plan.number).Str("tx", p.hash.Hex()).Str("owner", p.t.From.Hex()).
					Str("token", p.t.Token.Hex()).Err(err).Msg("accepted transfer no longer valid: dropped")
				plan.dropped = append(plan.dropped, p)
				continue
			}
			if target == blk {
				plan.txs = append(plan.txs, p)
			} else {
				next.txs = append(next.txs, p)
			}
		}
		plan.ov = blk
		s.cutLocks = blockLocks
		if len(s.ops) == 0 {
			working = copyLocks(blockLocks)
		}
		s.locks = working
	}
	s.cur = next
	s.sealing = plan.ov
	s.nextNum++
	s.lastTs = ts
	s.cutOps, s.cutHash = plan.opsCursor, plan.opsHash
	s.lastCut = time.Now()
	s.notFull.Broadcast()
	return plan, nil
}

func inWindow(t *plasma.Transfer, ts, horizon uint64) bool {
	return t.Deadline >= ts && t.Deadline-ts <= horizon
}

// save writes a cut block: its leaves into the ledger (each once, in
// first-touch order), the ledger version, then the block with its index
// entries in one fsynced batch. Then the block is the latest, its transfers
// leave the pending set and the accept log may drop their records.
func (s *Sequencer) save(p *blockPlan) (*plasma.Block, error) {
	start := time.Now()
	created, written, err := s.writeLeaves(p.ov)
	if err != nil {
		return nil, err
	}
	setDone := time.Now()
	v, root, err := s.ledger.Save()
	if err != nil {
		return nil, err
	}
	if uint64(v) != p.number {
		return nil, plasma.Errorf(plasma.EINTERNAL, "ledger saved version %d for block %d", v, p.number)
	}
	saveDone := time.Now()
	leaves := make([]common.Hash, len(p.txs))
	for i, ptx := range p.txs {
		leaves[i] = ptx.leaf
	}
	blk := &plasma.Block{
		Header: plasma.Header{
			Number:    p.number,
			StateRoot: root,
			TxRoot:    proofs.TxRoot(leaves),
			OpsCursor: p.opsCursor,
			OpsHash:   p.opsHash,
			Timestamp: p.ts,
		},
		Ops:       p.ops,
		Transfers: make([]plasma.Transfer, len(p.txs)),
	}
	for i, ptx := range p.txs {
		blk.Transfers[i] = ptx.t
	}
	b := s.store.db.NewBatch()
	b.Set(numKey(tBlock, p.number), encodeBlock(blk))
	b.Set(numKey(tHeader, p.number), appendHeader(nil, &blk.Header))
	for i, ptx := range p.txs {
		b.Set(txKey(ptx.hash), txLocation{Block: p.number, Index: uint32(i)}.encode())
	}
	for _, ptx := range p.dropped {
		b.Set(txKey(ptx.hash), txLocation{Dropped: true, Block: p.number}.encode())
		b.Set(droppedKey(ptx.t.Deadline, ptx.hash), nil)
	}
	if p.locks != nil {
		b.Set(numKey(tLocks, p.number), encodeLocks(sortedLockKeys(p.locks), p.locks))
	}
	for _, k := range created {
		b.Set(ownerKey(k), nil)
	}
	b.Set(markLatest, u64(p.number))
	if err := b.Write(); err != nil {
		return nil, err
	}
	snap, err := s.ledger.Snapshot(v)
	if err != nil {
		return nil, err
	}
	segs := make([]*segment, 0, len(p.txs)+len(p.dropped)+len(p.opSegs))
	segs = append(segs, p.opSegs...)
	s.mu.Lock()
	swap := func() {
		s.base = snap
		s.baseRef.Store(snap)
		s.baseGen.Add(1)
	}
	if s.leaves != nil {
		s.leaves.advance(written, swap)
	} else {
		swap()
	}
	if s.cur.below == p.ov {
		s.cur.below = nil
	}
	s.sealing = nil
	for _, ptx := range p.txs {
		delete(s.pending, ptx.hash)
		segs = append(segs, ptx.seg)
	}
	for _, ptx := range p.dropped {
		delete(s.pending, ptx.hash)
		s.dropped[ptx.hash] = ptx.t.Deadline
		segs = append(segs, ptx.seg)
	}
	s.pruneDroppedLocked(p.ts)
	s.latest.Store(p.number)
	s.mu.Unlock()
	// The old base is not closed: Close takes the ledger's snapshot lock
	// exclusively, stalling every concurrent read; once unreachable, its
	// pin is released by the garbage collector.
	s.wal.release(segs)
	s.stats.Sealed.Add(uint64(len(p.txs)))
	s.stats.Dropped.Add(uint64(len(p.dropped)))
	s.stats.Blocks.Add(1)
	s.stats.Leaves.Add(uint64(len(p.ov.order)))
	s.stats.SetNanos.Add(int64(setDone.Sub(start)))
	s.stats.SaveNanos.Add(int64(saveDone.Sub(setDone)))
	s.stats.StoreNanos.Add(int64(time.Since(saveDone)))
	s.log.Info().Uint64("block", p.number).Str("root", root.Hex()).Int("txs", len(p.txs)).Int("ops", len(p.ops)).
		Int("dropped", len(p.dropped)).Int("leaves", len(p.ov.order)).
		Dur("set", setDone.Sub(start)).Dur("save", saveDone.Sub(setDone)).Dur("store", time.Since(saveDone)).
		Msg("block sealed")
	s.notifySealed(p.number)
	return blk, nil
}

// writeLeaves writes the block's leaves to the ledger and returns those it
// created. The tree's shape depends only on the order new keys are inserted
// (updates of existing keys re-version paths but never rotate), so existing
// leaves are written in key order — neighbouring paths, read from
// neighbouring storage — and new ones after them in first-touch order, the
// order plasma.TransferTouches prescribes. The root is the canonical one.
func (s *Sequencer) writeLeaves(ov *overlay) (created []plasma.AccountKey, written []leafWrite, err error) {
	type write struct {
		k    plasma.AccountKey
		leaf plasma.Leaf
		pos  int
	}
	updates := make([]write, 0, len(ov.order))
	var inserts []write
	for i, k := range ov.order {
		e := ov.leaves[k]
		w := write{k: k, leaf: e.leaf, pos: i}
		switch {
		case !e.known:
			updates = append(updates, w) // credits only: resolved below
		case e.existed:
			updates = append(updates, w)
		default:
			inserts = append(inserts, w)
		}
	}
	slices.SortFunc(updates, func(a, b write) int { return compareKeys(a.k, b.k) })
	n := 0
	for _, w := range updates {
		e := ov.leaves[w.k]
		if e.known {
			updates[n] = w
			n++
			continue
		}
		// Credits: add them to the value in the tree. The read loads the
		// path the Set then finds cached. (e is shared with the accepting
		// overlay's reads, so it is not updated here.)
		cur, err := s.treeValue(w.k)
		if err != nil {
			return nil, nil, err
		}
		w.leaf = cur
		addCredit(&w.leaf, &e.leaf.Balance)
		if cur.IsZero() {
			// Absent (or a zero leaf a lock created: inserting it in
			// first-touch order is then an update, harmless either way).
			inserts = append(inserts, w)
			continue
		}
		updates[n] = w
		n++
	}
	written = make([]leafWrite, 0, n+len(inserts))
	for _, w := range updates[:n] {
		if err := s.ledger.Set(w.k.Owner, w.k.Token, w.leaf); err != nil {
			return nil, nil, err
		}
		written = append(written, leafWrite{w.k, w.leaf})
	}
	slices.SortFunc(inserts, func(a, b write) int { return a.pos - b.pos })
	for _, w := range inserts {
		if err := s.ledger.Set(w.k.Owner, w.k.Token, w.leaf); err != nil {
			return nil, nil, err
		}
		created = append(created, w.k)
		written = append(written, leafWrite{w.k, w.leaf})
	}
	return created, written, nil
}

// treeValue is the value of k in the tree before the block being written:
// the base's, from the leaf cache when it has it (the sealer writes each
// leaf once per block, and the base changes only after the block is
// saved), else from the ledger's working state.
func (s *Sequencer) treeValue(k plasma.AccountKey) (plasma.Leaf, error) {
	if s.leaves != nil {
		if v, ok := s.leaves.get(k); ok {
			return v.leaf, nil
		}
	}
	return s.ledger.Get(k.Owner, k.Token)
}

func compareKeys(a, b plasma.AccountKey) int {
	if c := a.Owner.Cmp(b.Owner); c != 0 {
		return c
	}
	return a.Token.Cmp(b.Token)
}

// pruneDroppedLocked forgets dropped transfers whose deadline passed: they
// can never be valid again.
func (s *Sequencer) pruneDroppedLocked(ts uint64) {
	if len(s.dropped) < 1024 {
		return
	}
	for h, d := range s.dropped {
		if d < ts {
			delete(s.dropped, h)
		}
	}
}

// parallel runs fn(i) for i in [0, n) on all cores.
func parallel(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			fn(i)
		}
		return
	}
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	for w := 0; w < workers; w++ {
		lo, hi := w*chunk, min((w+1)*chunk, n)
		if lo >= hi {
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				fn(i)
			}
		}()
	}
	wg.Wait()
}

// Reseal discards the stored blocks after fromCommitted (the newest block
// committed on L1) and seals their contents again on top of it with fresh
// timestamps (PROTOCOL §4: a sealed block that can no longer be committed in
// time). Their L1 operations are applied again first; their transfers,
// then the pending ones, are re-checked, and those past their deadline are
// dropped. The discarded blocks must not have been committed.
func (s *Sequencer) Reseal(ctx context.Context, fromCommitted uint64) error {
	_, err := s.request(ctx, sealRequest{reseal: true, from: fromCommitted})
	return err
}

// reseal runs on the sealer goroutine, so no block is being saved.
func (s *Sequencer) reseal(c uint64) error {
	s.markMu.Lock()
	defer s.markMu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	latest := s.latest.Load()
	if c >= latest {
		return nil
	}
	if c < s.committed.Load() {
		return plasma.Errorf(plasma.EINVALID, "cannot re-seal from block %d: block %d is committed", c, s.committed.Load())
	}
	if s.sealing != nil {
		return plasma.Errorf(plasma.EINTERNAL, "re-seal while a block is being saved")
	}
	hdr, err := s.store.header(c)
	if err != nil {
		return err
	}
	cutLocks, err := s.store.locksAt(c)
	if err != nil {
		return err
	}
	var ops []plasma.Op
	var discarded []*pendingTx
	for n := c + 1; n <= latest; n++ {
		blk, err := s.store.block(n)
		if err != nil {
			return err
		}
		ops = append(ops, blk.Ops...)
		for i := range blk.Transfers {
			ptx := &pendingTx{t: blk.Transfers[i]}
			ptx.hash = s.cfg.Domain.TransferDigest(&ptx.t)
			ptx.leaf = proofs.TxLeaf(&ptx.t)
			discarded = append(discarded, ptx)
		}
	}
	for _, q := range s.ops {
		ops = append(ops, q.op)
	}
	txs := append(discarded, s.cur.txs...)

	// 1. Rewrite the unresolved work in its new order — every operation,
	// then every transfer, as the next cut will apply them — after a reset
	// record that makes a replay ignore the old records, and make it durable.
	var oldSegs []*segment
	for _, q := range s.ops {
		oldSegs = append(oldSegs, q.seg)
	}
	for _, p := range s.cur.txs {
		oldSegs = append(oldSegs, p.seg)
	}
	if _, _, err := s.wal.appendRef(resetRecord(), 0); err != nil {
		s.failLocked(err)
		return err
	}
	opSegs := make([]*segment, len(ops))
	for i := range ops {
		if opSegs[i], _, err = s.wal.append(opRecord(&ops[i])); err != nil {
			s.failLocked(err)
			return err
		}
	}
	for _, p := range txs {
		if p.seg, p.batch, err = s.wal.append(transferRecord(&p.t)); err != nil {
			s.failLocked(err)
			return err
		}
	}
	if err := s.wal.sync(context.Background()); err != nil {
		s.failLocked(err)
		return err
	}
	// 2. Forget the blocks (one fsynced batch), 3. then their versions.
	b := s.store.db.NewBatch()
	for n := c + 1; n <= latest; n++ {
		b.Delete(numKey(tBlock, n))
		b.Delete(numKey(tHeader, n))
		b.Delete(numKey(tLocks, n))
		b.Delete(numKey(tCommitted, n))
	}
	for _, ptx := range discarded {
		b.Delete(txKey(ptx.hash))
	}
	b.Set(markLatest, u64(c))
	if s.published.Load() > c {
		b.Set(markPublished, u64(c))
	}
	if err := b.Write(); err != nil {
		s.failLocked(err)
		return err
	}
	if s.published.Load() > c {
		s.published.Store(c)
	}
	s.latest.Store(c)
	if err := s.ledger.Rewind(int64(c)); err != nil {
		s.failLocked(err)
		return err
	}
	snap, err := s.ledger.Snapshot(int64(c))
	if err != nil {
		s.failLocked(err)
		return err
	}
	s.base.Close()
	swap := func() {
		s.base = snap
		s.baseRef.Store(snap)
		s.baseGen.Add(1)
	}
	if s.leaves != nil {
		s.leaves.reset(swap) // the rewound leaves' values are not known here
	} else {
		swap()
	}
	s.wal.release(oldSegs) // superseded by the rewritten records

	// 4. The working state from block c, as the next cut will build it.
	s.cutLocks = cutLocks
	s.locks = copyLocks(cutLocks)
	s.lastTs = hdr.Timestamp
	s.nextNum = c + 1
	s.cutOps, s.cutHash = hdr.OpsCursor, hdr.OpsHash
	s.opsHash, s.nextOp = hdr.OpsHash, hdr.OpsCursor
	s.ops = nil
	drops := s.cur.drops
	s.cur = newOverlay(nil, len(txs)*3)
	s.cur.drops = drops
	for i := range ops {
		if err := s.queueOpLocked(&ops[i], opSegs[i]); err != nil {
			s.failLocked(err)
			return err
		}
	}
	for _, ptx := range txs {
		s.pending[ptx.hash] = ptx
		if err := s.tryApplyLocked(s.cur, s.locks, &ptx.t, ptx.t.Deadline); err != nil {
			if plasma.ErrorCode(err) == plasma.EINTERNAL {
				s.failLocked(err)
				return err
			}
			s.cur.drops = append(s.cur.drops, ptx)
			continue
		}
		s.cur.txs = append(s.cur.txs, ptx)
	}
	s.log.Warn().Uint64("block", c).Uint64("discarded_to", latest).Int("transfers", len(discarded)).Int("ops", len(ops)).
		Msg("re-sealing from the last committed block")
	s.notFull.Broadcast()
	s.signal()
	return nil
}
