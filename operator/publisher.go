package operator

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/contracts/bindings"
)

// MaxCommitBatch caps the headers of one commitBlocks transaction.
const MaxCommitBatch = 16

// Publisher commits sealed blocks to L1 in order (PROTOCOL §4). Each step
// re-reads the contract's lastBlock, so after a restart or a lost receipt
// nothing is committed twice or skipped; then it marks the sequencer's
// committed and finalized markers from what L1 says.
type Publisher struct {
	seq           *Sequencer
	l1            *l1
	confirmations uint64
	heartbeat     uint64 // seconds of L1 time between commits on a quiet chain
	poll          time.Duration
	log           zerolog.Logger

	maxSealLag uint64
}

func newPublisher(seq *Sequencer, l *l1, confirmations uint64, heartbeat time.Duration, poll time.Duration, log zerolog.Logger) *Publisher {
	return &Publisher{seq: seq, l1: l, confirmations: confirmations, heartbeat: uint64(heartbeat / time.Second), poll: poll, log: log}
}

func (p *Publisher) init(ctx context.Context) error {
	lag, err := view(ctx, p.l1, p.l1.pc.PackMaxSealLag(), p.l1.pc.UnpackMaxSealLag)
	if err != nil {
		return err
	}
	p.maxSealLag = lag
	return nil
}

func (p *Publisher) run(ctx context.Context) {
	tk := time.NewTicker(p.poll)
	defer tk.Stop()
	for {
		if err := p.step(ctx); err != nil && ctx.Err() == nil {
			p.l1.m.pubErrors.Inc()
			p.log.Warn().Err(err).Msg("publisher step failed; retrying")
		}
		select {
		case <-ctx.Done():
			return
		case <-p.seq.Sealed():
		case <-tk.C:
		}
	}
}

// step brings L1 up to the sequencer's latest block as far as one batch
// goes, and the markers up to L1.
func (p *Publisher) step(ctx context.Context) error {
	head, err := p.l1.head(ctx)
	if err != nil {
		return err
	}
	onchain, err := view(ctx, p.l1, p.l1.pc.PackLastBlock(), p.l1.pc.UnpackLastBlock)
	if err != nil {
		return err
	}
	if err := p.syncMarkers(ctx, onchain, head.Number.Uint64()); err != nil {
		return err
	}
	latest := p.seq.LatestBlock()
	if latest < onchain {
		p.log.Error().Uint64("block", latest).Uint64("l1_block", onchain).Msg("L1 has blocks the sequencer does not")
		return nil
	}
	if latest == onchain {
		return p.heartbeatStep(ctx, head.Time)
	}
	last := min(latest, onchain+MaxCommitBatch)
	headers := make([]bindings.PlasmaChainHeader, 0, last-onchain)
	for n := onchain + 1; n <= last; n++ {
		h, err := p.seq.Header(n)
		if err != nil {
			return err
		}
		// Re-seal only once no later L1 block can accept the header (L1
		// time only grows), so that a commit of it still pending — sent by
		// an earlier step or a previous run — can never land after the
		// block was replaced. Closer to the limit the commit is still sent:
		// at worst it reverts, and it moves L1 time on a chain that mines
		// only on demand.
		if h.Timestamp+p.maxSealLag < head.Time {
			return p.reseal(ctx, onchain, h)
		}
		headers = append(headers, bindHeader(h))
	}
	if err := p.seq.MarkPublished(last); err != nil {
		return err
	}
	r, err := p.l1.send(ctx, "commitBlocks", p.l1.pc.PackCommitBlocks(headers), nil)
	if err != nil {
		if errors.Is(err, errReverted) {
			// Someone (a previous run) may have committed meanwhile, or the
			// blocks went stale: the next step re-reads L1.
			p.log.Warn().Err(err).Uint64("block", last).Msg("commit refused")
			return nil
		}
		return err
	}
	var committedAt, top uint64
	for _, lg := range r.Logs {
		if ev, err := p.l1.pc.UnpackBlockCommittedEvent(lg); err == nil {
			committedAt, top = ev.CommittedAt, ev.Number
		}
	}
	if top != last {
		p.log.Error().Uint64("block", last).Msg("commit receipt without the expected BlockCommitted events")
		return nil
	}
	p.l1.m.commitTxs.Inc()
	p.l1.m.blocksPerCommit.Observe(float64(len(headers)))
	if err := p.seq.MarkCommitted(last, committedAt); err != nil {
		return err
	}
	if p.confirmations == 0 { // final once mined
		if err := p.seq.MarkFinalized(last); err != nil {
			return err
		}
	}
	p.log.Info().Uint64("block", last).Int("blocks", len(headers)).Str("tx", r.TxHash.Hex()).
		Uint64("l1_block", r.BlockNumber.Uint64()).Msg("blocks committed")
	return nil
}

func (p *Publisher) reseal(ctx context.Context, onchain uint64, h plasma.Header) error {
	p.log.Warn().Uint64("block", h.Number).Uint64("timestamp", h.Timestamp).Uint64("from", onchain).
		Msg("sealed block too old to commit; re-sealing from the last committed block")
	if err := p.seq.Reseal(ctx, onchain); err != nil {
		return err
	}
	p.l1.m.reseals.Inc()
	// Their contents were due already: seal them again now.
	_, err := p.seq.SealNow(ctx)
	return err
}

// heartbeatStep seals an empty block when L1 saw no commit for heartbeat
// seconds (PROTOCOL §4), so a quiet chain never nears maxCommitGap.
func (p *Publisher) heartbeatStep(ctx context.Context, now uint64) error {
	if p.heartbeat == 0 {
		return nil
	}
	lc, err := view(ctx, p.l1, p.l1.pc.PackLastCommit(), p.l1.pc.UnpackLastCommit)
	if err != nil {
		return err
	}
	if now < lc.CommittedAt+p.heartbeat {
		return nil
	}
	blk, err := p.seq.SealNow(ctx)
	if err != nil {
		return err
	}
	p.l1.m.heartbeats.Inc()
	p.log.Debug().Uint64("block", blk.Number).Msg("heartbeat block sealed")
	return nil
}

// syncMarkers moves the committed marker to L1's lastBlock (down after an
// L1 reorg, up after a restart that lost a receipt) and the finalized marker
// to lastBlock as seen confirmations deep.
func (p *Publisher) syncMarkers(ctx context.Context, onchain, headNum uint64) error {
	m := p.seq.Markers()
	if onchain > m.Latest {
		return nil // reported by step
	}
	if onchain < m.Committed {
		if err := p.seq.MarkCommitted(onchain, 0); err != nil {
			return err
		}
		p.log.Warn().Uint64("block", onchain).Uint64("was", m.Committed).Msg("L1 lost commits (reorg); committed marker lowered")
	}
	for n := m.Committed + 1; n <= onchain; {
		to := min(onchain, n+99)
		at, err := p.committedAt(ctx, n, to)
		if err != nil {
			return err
		}
		for ; n <= to; n++ {
			a, ok := at[n]
			if !ok {
				return errors.New("no BlockCommitted event for a block L1 says is committed")
			}
			if err := p.seq.MarkCommitted(n, a); err != nil {
				return err
			}
		}
		p.log.Info().Uint64("block", to).Msg("committed marker set from L1")
	}
	if headNum < p.confirmations {
		return nil
	}
	final := onchain
	if p.confirmations > 0 {
		out, err := p.l1.call(ctx, p.l1.pc.PackLastBlock(), new(big.Int).SetUint64(headNum-p.confirmations))
		if err != nil {
			return err
		}
		if final, err = p.l1.pc.UnpackLastBlock(out); err != nil {
			return err
		}
	}
	final = min(final, onchain)
	if final != p.seq.Markers().Finalized {
		return p.seq.MarkFinalized(final)
	}
	return nil
}

// committedAt reads the committedAt of blocks from..to from their
// BlockCommitted events (a restart that lost receipts).
func (p *Publisher) committedAt(ctx context.Context, from, to uint64) (map[uint64]uint64, error) {
	ev := p.l1.pc.GetABI().Events[bindings.PlasmaChainBlockCommittedEventName]
	var nums []common.Hash
	for n := from; n <= to; n++ {
		nums = append(nums, common.BigToHash(new(big.Int).SetUint64(n)))
	}
	head, err := p.l1.head(ctx)
	if err != nil {
		return nil, err
	}
	logs, err := p.l1.filter(ctx, p.l1.deployBlock, head.Number.Uint64(), [][]common.Hash{{ev.ID}, nums})
	if err != nil {
		return nil, err
	}
	out := make(map[uint64]uint64, len(nums))
	for i := range logs {
		if e, err := p.l1.pc.UnpackBlockCommittedEvent(&logs[i]); err == nil && !logs[i].Removed {
			out[e.Number] = e.CommittedAt
		}
	}
	return out, nil
}

func bindHeader(h plasma.Header) bindings.PlasmaChainHeader {
	return bindings.PlasmaChainHeader{Number: h.Number, StateRoot: h.StateRoot, TxRoot: h.TxRoot,
		OpsCursor: h.OpsCursor, OpsHash: h.OpsHash, Timestamp: h.Timestamp}
}
