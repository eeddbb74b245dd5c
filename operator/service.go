package operator

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/contracts/bindings"
	"github.com/avlplasma/avlplasma/proofs"
)

// Defaults of ServiceConfig.
const (
	DefaultPollInterval   = 2 * time.Second
	DefaultCallTimeout    = 10 * time.Second
	DefaultReceiptTimeout = 60 * time.Second
	DefaultSyncTimeout    = 2 * time.Minute
)

// ServiceConfig configures the operator: the sequencer and the L1 side.
type ServiceConfig struct {
	DataDir string
	Backend string // ledger and block store backend ("" = goleveldb)

	L1              L1Client
	Contract        common.Address
	DeploymentBlock uint64   // the follower reads events from here
	ChainID         *big.Int // L1 chain id (EIP-712 domain); checked against the node
	// Operator signs commits, challenges, answers and finalizations; its
	// address is operator() of the contract and receives the fees.
	Operator      *bind.TransactOpts
	Confirmations uint64 // L1 events are acted on this deep (PROTOCOL §5)

	BlockTime         time.Duration
	MaxBlockTxs       int
	MaxBlockOps       int
	MinFee            *uint256.Int
	MinDeadlineMargin time.Duration
	KeepRecent        int64
	CacheSize         int   // iavl node cache in nodes (0 = sized from the tree)
	LeafCacheSize     int   // SequencerConfig.LeafCacheSize
	BlockCache        int64 // pebble block cache of the ledger in bytes (0 = avl.DefaultLedgerBlockCache)
	// Heartbeat: an empty block is committed when L1 saw no commit for this
	// long (PROTOCOL §4; whole seconds of L1 time, 0 = never).
	Heartbeat time.Duration

	PollInterval   time.Duration // L1 polling (0 = DefaultPollInterval)
	CallTimeout    time.Duration // each L1 call (0 = DefaultCallTimeout)
	ReceiptTimeout time.Duration // wait before a fee bump (0 = DefaultReceiptTimeout)
	SyncTimeout    time.Duration // Start waits this long for the first sync (0 = DefaultSyncTimeout)

	// Registerer receives the sequencer's, publisher's, follower's and L1
	// sender's metrics (metrics.go); nil = none.
	Registerer prometheus.Registerer
}

// Check validates the configuration and fills in defaults.
func (c *ServiceConfig) Check() error {
	var errs []error
	if c.DataDir == "" {
		errs = append(errs, errors.New("no data directory"))
	}
	if c.L1 == nil {
		errs = append(errs, errors.New("no L1 client"))
	}
	if c.Contract == (common.Address{}) {
		errs = append(errs, errors.New("no contract address"))
	}
	if c.ChainID == nil || c.ChainID.Sign() <= 0 {
		errs = append(errs, errors.New("no L1 chain id"))
	}
	if c.Operator == nil || c.Operator.Signer == nil {
		errs = append(errs, errors.New("no operator key"))
	}
	if c.BlockTime < 0 || c.MaxBlockTxs < 0 || c.MaxBlockOps < 0 || c.MinDeadlineMargin < 0 || c.Heartbeat < 0 ||
		c.PollInterval < 0 || c.CallTimeout < 0 || c.ReceiptTimeout < 0 || c.SyncTimeout < 0 {
		errs = append(errs, errors.New("negative duration or size"))
	}
	if c.PollInterval == 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.CallTimeout == 0 {
		c.CallTimeout = DefaultCallTimeout
	}
	if c.ReceiptTimeout == 0 {
		c.ReceiptTimeout = DefaultReceiptTimeout
	}
	if c.SyncTimeout == 0 {
		c.SyncTimeout = DefaultSyncTimeout
	}
	if len(errs) > 0 {
		return plasma.Errorf(plasma.EINVALID, "operator config: %v", errors.Join(errs...))
	}
	return nil
}

// Service runs the operator: the sequencer, the L1 follower (operations,
// exits, proof requests, finalization) and the publisher (commits).
type Service struct {
	cfg ServiceConfig
	log zerolog.Logger

	l1    *l1
	clock *l1Clock
	seq   *Sequencer
	fol   *Follower
	pub   *Publisher
	seqC  *seqCollector

	mu     sync.Mutex
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// NewService checks cfg and builds the service; Start opens the ledger.
func NewService(cfg ServiceConfig, log zerolog.Logger) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	s := &Service{cfg: cfg, log: log, clock: &l1Clock{}, seqC: &seqCollector{}}
	s.l1 = &l1{c: cfg.L1, contract: cfg.Contract, pc: bindings.NewPlasmaChain(), auth: cfg.Operator,
		deployBlock: cfg.DeploymentBlock, timeout: cfg.CallTimeout, receipt: cfg.ReceiptTimeout,
		log: log.With().Str("part", "l1").Logger(), m: newMetrics()}
	if cfg.Registerer != nil {
		if err := s.l1.m.register(cfg.Registerer, s.seqC); err != nil {
			return nil, fmt.Errorf("operator metrics: %w", err)
		}
	}
	return s, nil
}

// Start checks the node and the contract, opens and starts the sequencer,
// syncs the follower with L1 (the ledger must have every confirmed
// operation before blocks are committed), then starts the publisher. If a
// stage fails, what started is stopped.
func (s *Service) Start(ctx context.Context) (err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		return plasma.Errorf(plasma.ECONFLICT, "operator already started")
	}
	var undo []func()
	defer func() {
		if err != nil {
			for i := len(undo) - 1; i >= 0; i-- {
				undo[i]()
			}
		}
	}()
	cctx, cancel := context.WithTimeout(ctx, s.cfg.CallTimeout)
	chainID, err := s.cfg.L1.ChainID(cctx)
	cancel()
	if err != nil {
		return fmt.Errorf("operator: L1 chain id: %w", err)
	}
	if chainID.Cmp(s.cfg.ChainID) != 0 {
		return fmt.Errorf("operator: L1 chain id %s, configured %s", chainID, s.cfg.ChainID)
	}
	op, err := view(ctx, s.l1, s.l1.pc.PackOperator(), s.l1.pc.UnpackOperator)
	if err != nil {
		return fmt.Errorf("operator: read operator() of %s: %w", s.cfg.Contract.Hex(), err)
	}
	if op != s.cfg.Operator.From {
		return fmt.Errorf("operator: contract operator is %s, key is %s", op.Hex(), s.cfg.Operator.From.Hex())
	}
	head, err := s.l1.head(ctx)
	if err != nil {
		return fmt.Errorf("operator: L1 head: %w", err)
	}
	s.clock.observe(head.Time)

	seq, err := NewSequencer(SequencerConfig{
		DataDir: s.cfg.DataDir, Backend: s.cfg.Backend, CacheSize: s.cfg.CacheSize, KeepRecent: s.cfg.KeepRecent,
		LeafCacheSize: s.cfg.LeafCacheSize, BlockCache: s.cfg.BlockCache,
		Domain:   proofs.Domain{ChainID: s.cfg.ChainID, Contract: s.cfg.Contract},
		Operator: s.cfg.Operator.From, MinFee: s.cfg.MinFee,
		MinDeadlineMargin: uint64(s.cfg.MinDeadlineMargin / time.Second),
		BlockTime:         s.cfg.BlockTime, MaxBlockTxs: s.cfg.MaxBlockTxs, MaxBlockOps: s.cfg.MaxBlockOps,
	}, s.clock, s.log.With().Str("part", "sequencer").Logger())
	if err != nil {
		return err
	}
	undo = append(undo, func() { _ = seq.Stop(context.Background()) })
	if err := seq.Start(ctx); err != nil {
		return err
	}
	s.seq = seq
	s.seqC.seq.Store(seq)

	s.fol = newFollower(seq, s.l1, s.clock, s.cfg.Confirmations, s.cfg.PollInterval, s.cfg.DataDir, s.log.With().Str("part", "follower").Logger())
	s.fol.loadCursor()
	sctx, scancel := context.WithTimeout(ctx, s.cfg.SyncTimeout)
	for {
		err = s.fol.sync(sctx)
		if err == nil {
			break
		}
		s.log.Warn().Err(err).Msg("initial L1 sync failed; retrying")
		select {
		case <-sctx.Done():
			scancel()
			return fmt.Errorf("operator: initial L1 sync: %w", err)
		case <-time.After(s.cfg.PollInterval):
		}
	}
	scancel()
	s.fol.synced.Store(true)

	s.pub = newPublisher(seq, s.l1, s.cfg.Confirmations, s.cfg.Heartbeat, s.cfg.PollInterval, s.log.With().Str("part", "publisher").Logger())
	if err := s.pub.init(ctx); err != nil {
		return fmt.Errorf("operator: publisher: %w", err)
	}
	runCtx, cancelRun := context.WithCancel(context.Background())
	s.cancel = cancelRun
	s.wg.Add(2)
	go func() { defer s.wg.Done(); s.fol.run(runCtx) }()
	go func() { defer s.wg.Done(); s.pub.run(runCtx) }()
	s.log.Info().Str("contract", s.cfg.Contract.Hex()).Uint64("block", seq.LatestBlock()).
		Uint64("l1_block", s.fol.cursor).Msg("operator started")
	return nil
}

// Stop stops the publisher and the follower (an L1 call in flight is
// cancelled), then the sequencer.
func (s *Service) Stop(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel == nil {
		return nil
	}
	s.cancel()
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		return plasma.Errorf(plasma.EUNAVAILABLE, "operator stop: %v", ctx.Err())
	}
	s.cancel = nil
	s.seqC.seq.Store(nil)
	return s.seq.Stop(ctx)
}

// Sequencer is the running sequencer (nil before Start).
func (s *Service) Sequencer() *Sequencer { return s.seq }

// Ready reports whether the operator is synced with L1 and the contract
// is not frozen.
func (s *Service) Ready(ctx context.Context) error {
	if s.fol == nil || !s.fol.synced.Load() {
		msg := "not synced with L1"
		if e, ok := s.fol.lastErrorString(); ok {
			msg += ": " + e
		}
		return plasma.Errorf(plasma.EUNAVAILABLE, "%s", msg)
	}
	frozen, err := s.Frozen(ctx)
	if err != nil {
		return plasma.Errorf(plasma.EUNAVAILABLE, "L1: %v", err)
	}
	if frozen {
		return plasma.Errorf(plasma.EUNAVAILABLE, "the contract is frozen")
	}
	return nil
}

// Frozen reads frozen() from the contract.
func (s *Service) Frozen(ctx context.Context) (bool, error) {
	return view(ctx, s.l1, s.l1.pc.PackFrozen(), s.l1.pc.UnpackFrozen)
}

func (f *Follower) lastErrorString() (string, bool) {
	if f == nil {
		return "", false
	}
	v, ok := f.lastError.Load().(string)
	return v, ok
}
