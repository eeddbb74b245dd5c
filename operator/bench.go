package operator

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/avl"
	"github.com/avlplasma/avlplasma/proofs"
)

// The sequencer benchmark (plasmad bench): a ledger of N funded accounts
// on disk, pre-signed transfers between uniformly random accounts, the
// sequencer at full speed with durable acknowledgements, then at half that
// rate for the accept latency, proofs at the newest version, and the two
// ceilings measured in the same run on the same machine and backend.

// BenchConfig configures RunBench.
type BenchConfig struct {
	Accounts    int           // funded accounts in the ledger
	Transfers   int           // transfers of the full-speed phase (the half-rate phase sends half as many)
	BlockTime   time.Duration // sequencer block time
	MaxBlockTxs int           // sequencer block size cap
	// DataDir holds the chain and a record of the accounts; a later run
	// with the same Accounts and Backend reuses the ledger. "" = a
	// temporary directory, removed afterwards.
	DataDir     string
	Backend     string
	CacheSize   int    // ledger node cache (0 = sized from the tree), for the run and the ceiling
	Concurrency int    // submitting goroutines (0 = 1024)
	CPUProfile  string // write a CPU profile of the full-speed phase here
	// MemProfile: write heap profiles taken before (MemProfile+".base")
	// and after the full-speed phase here; `go tool pprof -diff_base`
	// of the two shows what the phase allocated.
	MemProfile string
	// ProofTime bounds the proof measurement (0 = 2 s).
	ProofTime time.Duration
	// SkipCeilings skips the ceiling measurements (quick runs).
	SkipCeilings bool
	// GCPercent sets the garbage collector's target (0 = the runtime's).
	GCPercent int
	// CeilingSets is how many ledger sets the sets/s ceiling times (0 = as
	// many as the full-speed phase wrote, at least 20,000 and four blocks'
	// worth, so that it spans as many collections of the Go heap).
	CeilingSets int
	Progress    io.Writer // progress lines (nil = none)
	Log         zerolog.Logger
}

// BenchResult is what RunBench measured. Latencies are in milliseconds.
type BenchResult struct {
	Accounts        int     `json:"accounts"`
	Transfers       int     `json:"transfers"`
	Backend         string  `json:"backend"`
	Cores           int     `json:"cores"`
	BlockTimeMs     float64 `json:"block_time_ms"`
	MaxBlockTxs     int     `json:"max_block_txs"`
	CacheSize       int     `json:"cache_size"`
	BuildSeconds    float64 `json:"build_s"`
	TPS             float64 `json:"tps"`
	AcceptP50FullMs float64 `json:"accept_p50_full_ms"`
	AcceptP99FullMs float64 `json:"accept_p99_full_ms"`
	HalfRateTPS     float64 `json:"half_rate_tps"`
	AcceptP50Ms     float64 `json:"accept_p50_ms"`
	AcceptP99Ms     float64 `json:"accept_p99_ms"`
	Blocks          uint64  `json:"blocks"`
	AvgBlockTxs     float64 `json:"avg_block_txs"`
	SetsPerTransfer float64 `json:"sets_per_transfer"`
	CutMsPerBlock   float64 `json:"cut_ms_per_block"`
	SetMsPerBlock   float64 `json:"set_ms_per_block"`
	SaveMsPerBlock  float64 `json:"save_ms_per_block"`
	StoreMsPerBlock float64 `json:"store_ms_per_block"`
	ProofsPerS      float64 `json:"proofs_per_s"`
	ProofBytes      float64 `json:"proof_bytes"`
	ProofBytesICS23 float64 `json:"proof_bytes_ics23"`
	EcrecoverPerS   float64 `json:"ecrecover_per_s"`
	SetsPerS        float64 `json:"sets_per_s"`
	CeilingTPS      float64 `json:"ceiling_tps"`
	Ratio           float64 `json:"ratio"`
	PeakRSSMB       float64 `json:"peak_rss_mb"`
	LedgerMB        float64 `json:"ledger_mb"` // the ledger's size on disk after the run
	// p99 of the phases of Submit at half speed (see SequencerConfig.OnAccept).
	P99VerifyMs  float64 `json:"p99_verify_ms"`
	P99ReadMs    float64 `json:"p99_read_ms"`
	P99LockedMs  float64 `json:"p99_locked_ms"`
	P99DurableMs float64 `json:"p99_durable_ms"`
	// CPUPerTransferUs is the process's CPU time (user + system) in the
	// full-speed phase per transfer: less sensitive than rates to other
	// load on the machine.
	CPUPerTransferUs float64 `json:"cpu_us_per_transfer"`
	DroppedTransfers uint64  `json:"dropped"`
}

type wallClock struct{}

func (wallClock) L1Time() uint64 { return uint64(time.Now().Unix()) }

var benchOperator = common.HexToAddress("0x000000000000000000000000000000000000fee1")

type benchMeta struct {
	Accounts int    `json:"accounts"`
	Backend  string `json:"backend"`
}

func (c *BenchConfig) progress(format string, args ...any) {
	if c.Progress != nil {
		fmt.Fprintf(c.Progress, "bench: "+format+"\n", args...)
	}
}

// RunBench runs the benchmark.
func RunBench(ctx context.Context, cfg BenchConfig) (*BenchResult, error) {
	if cfg.Accounts < 2 || cfg.Transfers < 1 {
		return nil, fmt.Errorf("bench: need at least 2 accounts and 1 transfer")
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = 1024
	}
	if cfg.ProofTime <= 0 {
		cfg.ProofTime = 2 * time.Second
	}
	if cfg.Backend == "" {
		cfg.Backend = avl.DefaultBackend
	}
	if cfg.BlockTime <= 0 {
		cfg.BlockTime = DefaultBlockTime
	}
	if cfg.MaxBlockTxs <= 0 {
		cfg.MaxBlockTxs = DefaultMaxBlockTxs
	}
	if cfg.GCPercent > 0 {
		defer debug.SetGCPercent(debug.SetGCPercent(cfg.GCPercent))
	}
	if cfg.DataDir == "" {
		dir, err := os.MkdirTemp("", "plasmad-bench-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
		cfg.DataDir = dir
	}
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return nil, err
	}
	res := &BenchResult{
		Accounts: cfg.Accounts, Transfers: cfg.Transfers, Backend: cfg.Backend, Cores: runtime.GOMAXPROCS(0),
		BlockTimeMs: float64(cfg.BlockTime) / 1e6, MaxBlockTxs: cfg.MaxBlockTxs, CacheSize: cfg.CacheSize,
	}

	accounts := newBenchAccounts(cfg.Accounts)
	start := time.Now()
	addrs, err := accounts.cachedAddresses(&cfg)
	if err != nil {
		return nil, err
	}
	chainDir := filepath.Join(cfg.DataDir, "chain")
	if err := ensureBenchLedger(&cfg, chainDir, addrs); err != nil {
		return nil, err
	}
	res.BuildSeconds = time.Since(start).Seconds()

	scfg := SequencerConfig{
		DataDir:           chainDir,
		Backend:           cfg.Backend,
		CacheSize:         cfg.CacheSize,
		KeepRecent:        0, // a chain younger than requestMaxAge prunes nothing
		Domain:            proofs.Domain{ChainID: big.NewInt(31337), Contract: common.HexToAddress("0x00000000000000000000000000000000b0a7c4a1")},
		Operator:          benchOperator,
		MinFee:            uint256.NewInt(1),
		MinDeadlineMargin: 60,
		BlockTime:         cfg.BlockTime,
		MaxBlockTxs:       cfg.MaxBlockTxs,
	}
	var phases phaseRecorder
	scfg.OnAccept = phases.record
	seq, err := NewSequencer(scfg, wallClock{}, cfg.Log)
	if err != nil {
		return nil, err
	}
	// Warm caches, as in a long-running sequencer and as the ceiling's
	// ledger has them.
	cfg.progress("warming the ledger's caches")
	if err := seq.WarmCache(); err != nil {
		seq.Stop(context.Background())
		return nil, err
	}
	res.CacheSize = seq.CacheSize()
	if err := seq.Start(ctx); err != nil {
		return nil, err
	}
	stopped := false
	defer func() {
		if !stopped {
			seq.Stop(context.Background())
		}
	}()

	// Pre-sign both phases (off the clock).
	n2 := max(cfg.Transfers/2, 1)
	cfg.progress("signing %d transfers", cfg.Transfers+n2)
	txs, err := benchTransfers(&cfg, scfg.Domain, seq, accounts, addrs, cfg.Transfers+n2)
	if err != nil {
		return nil, err
	}
	phase1, phase2 := txs[:cfg.Transfers], txs[cfg.Transfers:]

	// Phase 1: full speed.
	if cfg.CPUProfile != "" {
		f, err := os.Create(cfg.CPUProfile)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return nil, err
		}
	}
	if err := writeHeapProfile(cfg.MemProfile, ".base"); err != nil {
		return nil, err
	}
	statsBefore := snapshotStats(seq)
	cpuBefore := cpuTime()
	cfg.progress("phase 1: %d transfers at full speed, %d submitters", len(phase1), cfg.Concurrency)
	lat1, elapsed, err := runPhase(ctx, seq, phase1, cfg.Concurrency, 0)
	if cfg.CPUProfile != "" {
		pprof.StopCPUProfile()
	}
	if err != nil {
		return nil, err
	}
	statsAfter := snapshotStats(seq)
	res.CPUPerTransferUs = float64(cpuTime()-cpuBefore) / 1e3 / float64(len(phase1))
	// After the CPU reading: the profile forces a collection.
	if err := writeHeapProfile(cfg.MemProfile, ""); err != nil {
		return nil, err
	}
	res.TPS = float64(len(phase1)) / elapsed.Seconds()
	res.AcceptP50FullMs, res.AcceptP99FullMs = percentileMs(lat1, 0.50), percentileMs(lat1, 0.99)
	d := statsAfter.sub(statsBefore)
	if d.blocks > 0 {
		res.Blocks = d.blocks
		res.AvgBlockTxs = float64(d.sealed) / float64(d.blocks)
		res.CutMsPerBlock = float64(d.cut) / 1e6 / float64(d.blocks)
		res.SetMsPerBlock = float64(d.set) / 1e6 / float64(d.blocks)
		res.SaveMsPerBlock = float64(d.save) / 1e6 / float64(d.blocks)
		res.StoreMsPerBlock = float64(d.store) / 1e6 / float64(d.blocks)
	}
	if d.sealed > 0 {
		res.SetsPerTransfer = float64(d.leaves) / float64(d.sealed)
	}
	cfg.progress("phase 1: %.0f transfers/s sealed, accept p50 %.1f ms p99 %.1f ms", res.TPS, res.AcceptP50FullMs, res.AcceptP99FullMs)

	// Phase 2: half the measured maximum, open loop.
	rate := res.TPS / 2
	cfg.progress("phase 2: %d transfers at %.0f/s", len(phase2), rate)
	phases.start(len(phase2))
	lat2, elapsed2, err := runPhase(ctx, seq, phase2, cfg.Concurrency, rate)
	if err != nil {
		return nil, err
	}
	res.P99VerifyMs, res.P99ReadMs, res.P99LockedMs, res.P99DurableMs = phases.p99()
	res.HalfRateTPS = float64(len(phase2)) / elapsed2.Seconds()
	res.AcceptP50Ms, res.AcceptP99Ms = percentileMs(lat2, 0.50), percentileMs(lat2, 0.99)
	res.DroppedTransfers = seq.Stats().Dropped.Load()
	if sealed := snapshotStats(seq).sub(statsBefore).sealed; sealed != uint64(len(phase1)+len(phase2)) {
		return nil, fmt.Errorf("bench: %d of %d transfers sealed (%d dropped)", sealed, len(phase1)+len(phase2), res.DroppedTransfers)
	}
	cfg.progress("phase 2: accept p50 %.1f ms p99 %.1f ms", res.AcceptP50Ms, res.AcceptP99Ms)

	// Proofs at the newest version.
	cfg.progress("proofs for %s", cfg.ProofTime)
	if err := benchProofs(cfg.ProofTime, seq, addrs, res); err != nil {
		return nil, err
	}
	if err := seq.Stop(ctx); err != nil {
		return nil, err
	}
	stopped = true
	// The ceiling runs on a heap as clean as the sequencer's was: without
	// the stopped sequencer's ledger and the signed transfers.
	seq, txs, phase1, phase2 = nil, nil, nil, nil
	debug.FreeOSMemory() // collects, then returns the memory

	if !cfg.SkipCeilings {
		res.EcrecoverPerS = measureEcrecover(time.Second + time.Second/2)
		cfg.progress("ceiling: %.0f ecrecover/s on %d cores", res.EcrecoverPerS, res.Cores)
		perVersion := max(int(res.AvgBlockTxs*res.SetsPerTransfer), 1)
		sets := max(int(d.leaves), 4*perVersion, 20_000)
		if cfg.CeilingSets > 0 {
			sets = cfg.CeilingSets
		}
		mdir := filepath.Join(cfg.DataDir, "measure")
		os.RemoveAll(mdir)
		cfg.progress("ceiling: ledger sets/s (%d accounts, %d sets, %d per version)", cfg.Accounts, sets, perVersion)
		res.SetsPerS, err = avl.MeasureSetsPerSecond(mdir, avl.Options{Backend: cfg.Backend, CacheSize: cfg.CacheSize}, cfg.Accounts, sets, perVersion)
		os.RemoveAll(mdir)
		if err != nil {
			return nil, err
		}
		spt := res.SetsPerTransfer
		if spt == 0 {
			spt = 2
		}
		res.CeilingTPS = min(res.EcrecoverPerS, res.SetsPerS/spt)
		res.Ratio = res.TPS / res.CeilingTPS
	}
	res.PeakRSSMB = peakRSSMB()
	res.LedgerMB = float64(dirSize(filepath.Join(chainDir, "ledger"))) / (1 << 20)
	return res, nil
}

// benchAccounts derives account keys k_i = k_0 + i, so that public keys
// follow by one point addition each (P_i = P_{i-1} + G) instead of a scalar
// multiplication: a million addresses in seconds.
type benchAccounts struct {
	n  int
	k0 secp256k1.ModNScalar
}

func newBenchAccounts(n int) *benchAccounts {
	a := &benchAccounts{n: n}
	a.k0.SetByteSlice(crypto.Keccak256([]byte("avl plasma bench accounts")))
	return a
}

func (a *benchAccounts) scalar(i int) secp256k1.ModNScalar {
	var s, add secp256k1.ModNScalar
	s.Set(&a.k0)
	add.SetInt(uint32(i) + 1)
	if i+1 >= 1<<32 {
		panic("too many accounts")
	}
	return *s.Add(&add)
}

func (a *benchAccounts) key(i int) *ecdsa.PrivateKey {
	s := a.scalar(i)
	b := s.Bytes()
	return &ecdsa.PrivateKey{PublicKey: ecdsa.PublicKey{Curve: crypto.S256()}, D: new(big.Int).SetBytes(b[:])}
}

func (a *benchAccounts) addresses(cfg *BenchConfig) []common.Address {
	out := make([]common.Address, a.n)
	workers := runtime.GOMAXPROCS(0)
	chunk := (a.n + workers - 1) / workers
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := w*chunk, min((w+1)*chunk, a.n)
		if lo >= hi {
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			var p, g secp256k1.JacobianPoint
			s := a.scalar(lo)
			secp256k1.ScalarBaseMultNonConst(&s, &p)
			var one secp256k1.ModNScalar
			one.SetInt(1)
			secp256k1.ScalarBaseMultNonConst(&one, &g)
			var buf [64]byte
			for i := lo; i < hi; i++ {
				q := p
				q.ToAffine()
				q.X.PutBytesUnchecked(buf[0:32])
				q.Y.PutBytesUnchecked(buf[32:64])
				copy(out[i][:], crypto.Keccak256(buf[:])[12:])
				secp256k1.AddNonConst(&p, &g, &p)
			}
		}()
	}
	wg.Wait()
	return out
}

// cachedAddresses returns the accounts' addresses, derived once and kept in
// the data directory.
func (a *benchAccounts) cachedAddresses(cfg *BenchConfig) ([]common.Address, error) {
	path := filepath.Join(cfg.DataDir, fmt.Sprintf("accounts-%d.bin", a.n))
	if b, err := os.ReadFile(path); err == nil && len(b) == 20*a.n {
		out := make([]common.Address, a.n)
		for i := range out {
			copy(out[i][:], b[20*i:])
		}
		return out, nil
	}
	cfg.progress("deriving %d account addresses", a.n)
	out := a.addresses(cfg)
	b := make([]byte, 0, 20*a.n)
	for i := range out {
		b = append(b, out[i][:]...)
	}
	return out, os.WriteFile(path, b, 0o644)
}

// ensureBenchLedger builds (or reuses) the funded ledger in chainDir.
func ensureBenchLedger(cfg *BenchConfig, chainDir string, addrs []common.Address) error {
	metaPath := filepath.Join(cfg.DataDir, "bench.json")
	if b, err := os.ReadFile(metaPath); err == nil {
		var m benchMeta
		if json.Unmarshal(b, &m) == nil && m.Accounts == cfg.Accounts && m.Backend == cfg.Backend {
			cfg.progress("reusing the ledger of %d accounts in %s", m.Accounts, chainDir)
			return nil
		}
		return fmt.Errorf("bench: %s holds a ledger of other accounts or backend; use another --datadir", cfg.DataDir)
	}
	if err := os.RemoveAll(chainDir); err != nil {
		return err
	}
	cfg.progress("bulk-loading %d funded accounts", len(addrs))
	t0 := time.Now()
	funded := plasma.Leaf{}
	funded.Balance.SetUint64(1e18)
	l, err := avl.BulkLoad(avl.Options{Dir: filepath.Join(chainDir, "ledger"), Backend: cfg.Backend}, len(addrs),
		func(i int) (common.Address, common.Address, plasma.Leaf) { return addrs[i], plasma.ETH, funded })
	if err != nil {
		return err
	}
	if err := l.Close(); err != nil {
		return err
	}
	cfg.progress("bulk load took %.1f s", time.Since(t0).Seconds())
	if err := adoptBulkLedger(chainDir, cfg.Backend, uint64(time.Now().Unix())); err != nil {
		return err
	}
	b, _ := json.Marshal(benchMeta{Accounts: cfg.Accounts, Backend: cfg.Backend})
	return os.WriteFile(metaPath, b, 0o644)
}

// adoptBulkLedger records a ledger made by avl.BulkLoad (version 1, no
// block) as block 1 of the chain in dir, so that a Sequencer runs on it.
// For benchmarks only: that block's leaves come from no L1 operation, so no
// PlasmaChain could commit it, and the owner index is not filled.
func adoptBulkLedger(dir, backend string, ts uint64) error {
	db, err := avl.OpenStore(filepath.Join(dir, "blocks"), backend)
	if err != nil {
		return err
	}
	defer db.Close()
	bs := blockStore{db}
	if latest, err := bs.marker(markLatest); err != nil || latest != 0 {
		return fmt.Errorf("bench: block store not empty (latest %d, %v)", latest, err)
	}
	l, err := avl.Open(avl.Options{Dir: filepath.Join(dir, "ledger"), Backend: backend})
	if err != nil {
		return err
	}
	defer l.Close()
	if l.Version() != 1 {
		return fmt.Errorf("bench: bulk ledger at version %d, want 1", l.Version())
	}
	snap, err := l.Snapshot(1)
	if err != nil {
		return err
	}
	defer snap.Close()
	blk := &plasma.Block{Header: plasma.Header{Number: 1, StateRoot: snap.Root(), Timestamp: ts}}
	b := db.NewBatch()
	b.Set(numKey(tBlock, 1), encodeBlock(blk))
	b.Set(numKey(tHeader, 1), appendHeader(nil, &blk.Header))
	b.Set(markLatest, u64(1))
	return b.Write()
}

type benchTx struct {
	t      plasma.Transfer
	sender int
}

// benchTransfers signs n transfers of 1 wei (fee 1) between uniformly
// random accounts, with the nonces and spent the ledger expects.
func benchTransfers(cfg *BenchConfig, dom proofs.Domain, seq *Sequencer, acc *benchAccounts, addrs []common.Address, n int) ([]benchTx, error) {
	snap, err := seq.Snapshot(int64(seq.LatestBlock()))
	if err != nil {
		return nil, err
	}
	defer snap.Close()
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	type seqState struct{ nonce, spent uint64 }
	state := map[int]*seqState{}
	txs := make([]benchTx, n)
	deadline := uint64(time.Now().Add(2 * time.Hour).Unix())
	for i := range txs {
		s := rng.IntN(len(addrs))
		r := rng.IntN(len(addrs) - 1)
		if r >= s {
			r++
		}
		st := state[s]
		if st == nil {
			leaf, _, err := snap.Get(addrs[s], plasma.ETH)
			if err != nil {
				return nil, err
			}
			st = &seqState{nonce: leaf.Nonce, spent: leaf.Spent.Uint64()}
			state[s] = st
		}
		st.spent += 2
		t := plasma.Transfer{From: addrs[s], To: addrs[r], Token: plasma.ETH, Amount: *uint256.NewInt(1), Nonce: st.nonce,
			Fee: *uint256.NewInt(1), Deadline: deadline}
		t.Spent.SetUint64(st.spent)
		st.nonce++
		txs[i] = benchTx{t: t, sender: s}
	}
	var signed atomic.Int64
	parallel(n, func(i int) {
		dom.SignTransfer(acc.key(txs[i].sender), &txs[i].t)
		if c := signed.Add(1); c%100_000 == 0 {
			cfg.progress("signed %d", c)
		}
	})
	return txs, nil
}

// runPhase submits txs from conc goroutines, each owning the transfers of
// its senders (so one sender's transfers go in nonce order), at full speed
// (rate 0) or open-loop at rate per second, then seals what is left. It
// returns every Submit's latency and the time until the last is sealed.
func runPhase(ctx context.Context, seq *Sequencer, txs []benchTx, conc int, rate float64) ([]time.Duration, time.Duration, error) {
	lat := make([]time.Duration, len(txs))
	queues := make([]chan int, conc)
	for i := range queues {
		queues[i] = make(chan int, 1+len(txs)/conc*2)
	}
	var firstErr atomic.Pointer[error]
	var wg sync.WaitGroup
	for w := 0; w < conc; w++ {
		wg.Add(1)
		go func(q chan int) {
			defer wg.Done()
			for i := range q {
				t0 := time.Now()
				if _, err := seq.Submit(ctx, &txs[i].t); err != nil {
					e := fmt.Errorf("bench: transfer %d refused: %w", i, err)
					firstErr.CompareAndSwap(nil, &e)
				}
				lat[i] = time.Since(t0)
			}
		}(queues[w])
	}
	start := time.Now()
	for i := range txs {
		if rate > 0 {
			if d := time.Until(start.Add(time.Duration(float64(i) / rate * float64(time.Second)))); d > 0 {
				time.Sleep(d)
			}
		}
		queues[txs[i].sender%conc] <- i
	}
	for _, q := range queues {
		close(q)
	}
	wg.Wait()
	if p := firstErr.Load(); p != nil {
		return nil, 0, *p
	}
	for seq.PendingCount() > 0 {
		if _, err := seq.SealNow(ctx); err != nil {
			return nil, 0, err
		}
	}
	return lat, time.Since(start), nil
}

// phaseRecorder keeps the Submit phases of one bench phase.
type phaseRecorder struct {
	on   atomic.Bool
	mu   sync.Mutex
	durs [4][]time.Duration
}

func (r *phaseRecorder) start(n int) {
	for i := range r.durs {
		r.durs[i] = make([]time.Duration, 0, n)
	}
	r.on.Store(true)
}

func (r *phaseRecorder) record(verify, read, locked, durable time.Duration) {
	if !r.on.Load() {
		return
	}
	r.mu.Lock()
	for i, d := range [4]time.Duration{verify, read, locked, durable} {
		r.durs[i] = append(r.durs[i], d)
	}
	r.mu.Unlock()
}

func (r *phaseRecorder) p99() (verify, read, locked, durable float64) {
	r.on.Store(false)
	r.mu.Lock()
	defer r.mu.Unlock()
	return percentileMs(r.durs[0], 0.99), percentileMs(r.durs[1], 0.99), percentileMs(r.durs[2], 0.99), percentileMs(r.durs[3], 0.99)
}

func percentileMs(d []time.Duration, p float64) float64 {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	i := min(int(float64(len(s))*p), len(s)-1)
	return float64(s[i]) / 1e6
}

type statsCopy struct {
	blocks, sealed, leaves uint64
	cut, set, save, store  int64
}

func snapshotStats(s *Sequencer) statsCopy {
	st := s.Stats()
	return statsCopy{st.Blocks.Load(), st.Sealed.Load(), st.Leaves.Load(), st.CutNanos.Load(), st.SetNanos.Load(), st.SaveNanos.Load(), st.StoreNanos.Load()}
}

func (a statsCopy) sub(b statsCopy) statsCopy {
	return statsCopy{a.blocks - b.blocks, a.sealed - b.sealed, a.leaves - b.leaves, a.cut - b.cut, a.set - b.set, a.save - b.save, a.store - b.store}
}

// benchProofs proves random accounts at the newest version on all cores for
// d: membership proof, packed for the contract.
func benchProofs(d time.Duration, seq *Sequencer, addrs []common.Address, res *BenchResult) error {
	snap, err := seq.Snapshot(int64(seq.LatestBlock()))
	if err != nil {
		return err
	}
	defer snap.Close()
	var count, packedBytes, icsBytes atomic.Int64
	var firstErr atomic.Pointer[error]
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func(seed uint64) {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(seed, 3))
			for time.Since(start) < d {
				p, err := snap.Prove(addrs[rng.IntN(len(addrs))], plasma.ETH)
				if err == nil {
					var packed []byte
					if packed, err = proofs.PackCommitment(p.ICS23); err == nil {
						packedBytes.Add(int64(len(packed)))
						icsBytes.Add(int64(p.ICS23.Size()))
						count.Add(1)
						continue
					}
				}
				firstErr.CompareAndSwap(nil, &err)
				return
			}
		}(uint64(w))
	}
	wg.Wait()
	if p := firstErr.Load(); p != nil {
		return *p
	}
	n := count.Load()
	res.ProofsPerS = float64(n) / time.Since(start).Seconds()
	if n > 0 {
		res.ProofBytes = float64(packedBytes.Load()) / float64(n)
		res.ProofBytesICS23 = float64(icsBytes.Load()) / float64(n)
	}
	return nil
}

// measureEcrecover counts signature recoveries per second on all cores.
func measureEcrecover(d time.Duration) float64 {
	const m = 64
	digests := make([]common.Hash, m)
	sigs := make([][]byte, m)
	acc := newBenchAccounts(m)
	for i := range digests {
		digests[i] = crypto.Keccak256Hash([]byte{byte(i)})
		sigs[i] = proofs.SignDigest(acc.key(i), digests[i])
	}
	var count atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; time.Since(start) < d; i++ {
				if _, err := proofs.RecoverSigner(digests[i%m], sigs[i%m]); err == nil {
					count.Add(1)
				}
			}
		}(w)
	}
	wg.Wait()
	return float64(count.Load()) / time.Since(start).Seconds()
}

// cpuTime is the process's user + system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

// peakRSSMB reads the peak resident set size (VmHWM) of this process.
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				kb, _ := strconv.ParseFloat(f[0], 64)
				return kb / 1024
			}
		}
	}
	return 0
}

// Table renders the result for a terminal.
func (r *BenchResult) Table() string {
	var b strings.Builder
	row := func(name, value string) { fmt.Fprintf(&b, "%-34s %s\n", name, value) }
	row("accounts", fmt.Sprint(r.Accounts))
	row("backend / cores", fmt.Sprintf("%s / %d", r.Backend, r.Cores))
	row("block time / max block txs / cache", fmt.Sprintf("%.0f ms / %d / %d nodes", r.BlockTimeMs, r.MaxBlockTxs, r.CacheSize))
	row("sealed transfers/s (durable acks)", fmt.Sprintf("%.0f", r.TPS))
	row("accept p50 / p99 at full speed", fmt.Sprintf("%.1f / %.1f ms", r.AcceptP50FullMs, r.AcceptP99FullMs))
	row("accept p50 / p99 at half speed", fmt.Sprintf("%.1f / %.1f ms (%.0f transfers/s)", r.AcceptP50Ms, r.AcceptP99Ms, r.HalfRateTPS))
	row("half speed p99: verify/read/lock/fsync", fmt.Sprintf("%.1f / %.1f / %.1f / %.1f ms", r.P99VerifyMs, r.P99ReadMs, r.P99LockedMs, r.P99DurableMs))
	row("blocks / avg transfers per block", fmt.Sprintf("%d / %.0f", r.Blocks, r.AvgBlockTxs))
	row("leaf writes per transfer", fmt.Sprintf("%.3f", r.SetsPerTransfer))
	row("per block: cut / set / save / store", fmt.Sprintf("%.1f / %.1f / %.1f / %.1f ms", r.CutMsPerBlock, r.SetMsPerBlock, r.SaveMsPerBlock, r.StoreMsPerBlock))
	row("proofs/s (prove + pack)", fmt.Sprintf("%.0f", r.ProofsPerS))
	row("proof bytes packed / ICS23", fmt.Sprintf("%.0f / %.0f", r.ProofBytes, r.ProofBytesICS23))
	row("CPU per transfer (full speed)", fmt.Sprintf("%.0f µs", r.CPUPerTransferUs))
	row("peak RSS / ledger on disk", fmt.Sprintf("%.0f MB / %.0f MB", r.PeakRSSMB, r.LedgerMB))
	if r.CeilingTPS > 0 {
		row("ceiling: ecrecover/s (all cores)", fmt.Sprintf("%.0f", r.EcrecoverPerS))
		row("ceiling: ledger sets/s", fmt.Sprintf("%.0f", r.SetsPerS))
		row("ceiling_tps", fmt.Sprintf("%.0f", r.CeilingTPS))
		row("ratio tps / ceiling", fmt.Sprintf("%.2f", r.Ratio))
	}
	return b.String()
}

// writeHeapProfile writes the heap profile to path+suffix, after a
// collection so that it is up to date; path "" writes nothing.
func writeHeapProfile(path, suffix string) error {
	if path == "" {
		return nil
	}
	runtime.GC()
	f, err := os.Create(path + suffix)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
