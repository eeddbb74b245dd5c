package operator

import (
	"math/big"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
)

// Prometheus metrics of the operator, in base units (seconds, wei, counts).
//
// The sequencer's figures are read from its own counters and markers when
// the registry is scraped (seqCollector), so accepting and sealing pay
// nothing for them. The publisher, the follower and the L1 sender update
// theirs as they act; without a Registerer they still count, unread.
type metrics struct {
	// L1 sender (every transaction the operator sends), by method.
	txs      *prometheus.CounterVec // method, result
	feeBumps *prometheus.CounterVec // method
	gasUsed  *prometheus.CounterVec // method
	feesPaid *prometheus.CounterVec // method; wei

	// Publisher.
	commitTxs       prometheus.Counter
	blocksPerCommit prometheus.Histogram
	reseals         prometheus.Counter
	heartbeats      prometheus.Counter
	pubErrors       prometheus.Counter

	// Follower.
	l1Head       prometheus.Gauge
	l1Processed  prometheus.Gauge
	opsApplied   prometheus.Counter
	exitsSeen    prometheus.Counter
	requestsSeen prometheus.Counter
	challenges   prometheus.Counter
	answered     prometheus.Counter
	finalizes    prometheus.Counter
	folErrors    *prometheus.CounterVec // stage
	lastSync     prometheus.Gauge
}

func newMetrics() *metrics {
	c := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Name: name, Help: help})
	}
	g := func(name, help string) prometheus.Gauge {
		return prometheus.NewGauge(prometheus.GaugeOpts{Name: name, Help: help})
	}
	return &metrics{
		txs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "plasma_l1_transactions_total",
			Help: "L1 transactions the operator sent to the contract, by method and result (mined, reverted, failed)."},
			[]string{"method", "result"}),
		feeBumps: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "plasma_l1_fee_bumps_total",
			Help: "L1 transactions replaced at the same nonce with higher fees after the receipt timeout, by method."},
			[]string{"method"}),
		gasUsed: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "plasma_l1_gas_used_total",
			Help: "Gas used by the operator's mined L1 transactions, by method."}, []string{"method"}),
		feesPaid: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "plasma_l1_fees_paid_wei_total",
			Help: "Wei paid for the operator's mined L1 transactions (gas used × effective gas price), by method."},
			[]string{"method"}),

		commitTxs: c("plasma_publisher_commit_transactions_total", "commitBlocks transactions mined with their BlockCommitted events."),
		blocksPerCommit: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "plasma_publisher_blocks_per_commit",
			Help: "Blocks committed by one commitBlocks transaction.", Buckets: []float64{1, 2, 4, 8, 16}}),
		reseals:    c("plasma_publisher_reseals_total", "Times sealed blocks went stale and were re-sealed from the last committed block."),
		heartbeats: c("plasma_publisher_heartbeats_total", "Empty blocks sealed because L1 saw no commit for the heartbeat."),
		pubErrors:  c("plasma_publisher_errors_total", "Publisher steps that failed (retried at the next poll)."),

		l1Head:       g("plasma_follower_l1_head_block", "Newest L1 block number the follower saw."),
		l1Processed:  g("plasma_follower_l1_processed_block", "Last L1 block whose events the follower processed (confirmations deep)."),
		opsApplied:   c("plasma_follower_operations_applied_total", "L1 operations handed to the sequencer."),
		exitsSeen:    c("plasma_follower_exits_seen_total", "ExitStarted events read."),
		requestsSeen: c("plasma_follower_proof_requests_seen_total", "ProofRequested events read."),
		challenges:   c("plasma_follower_challenges_total", "challengeExit transactions mined."),
		answered:     c("plasma_follower_proofs_answered_total", "Proof requests answered by mined answerProofs transactions."),
		finalizes:    c("plasma_follower_finalize_calls_total", "finalizeExits transactions mined."),
		folErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "plasma_follower_errors_total",
			Help: "Follower steps that failed, by stage (sync, challenge, answer, finalize)."}, []string{"stage"}),
		lastSync: g("plasma_follower_last_sync_timestamp_seconds", "Unix time of the follower's last successful sync with L1."),
	}
}

func (m *metrics) collectors() []prometheus.Collector {
	return []prometheus.Collector{
		m.txs, m.feeBumps, m.gasUsed, m.feesPaid,
		m.commitTxs, m.blocksPerCommit, m.reseals, m.heartbeats, m.pubErrors,
		m.l1Head, m.l1Processed, m.opsApplied, m.exitsSeen, m.requestsSeen, m.challenges, m.answered,
		m.finalizes, m.folErrors, m.lastSync,
	}
}

// sent records the outcome of one l1.send: r is the mined receipt, or
// nil when none came.
func (m *metrics) sent(method string, r *types.Receipt) {
	switch {
	case r == nil:
		m.txs.WithLabelValues(method, "failed").Inc()
		return
	case r.Status != types.ReceiptStatusSuccessful:
		m.txs.WithLabelValues(method, "reverted").Inc()
	default:
		m.txs.WithLabelValues(method, "mined").Inc()
	}
	m.gasUsed.WithLabelValues(method).Add(float64(r.GasUsed))
	if r.EffectiveGasPrice != nil {
		fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
		f, _ := new(big.Float).SetInt(fee).Float64()
		m.feesPaid.WithLabelValues(method).Add(f)
	}
}

// seqCollector reads the sequencer's counters and markers at scrape time.
// Before Start (no sequencer yet) it reports nothing.
type seqCollector struct {
	seq atomic.Pointer[Sequencer]
}

var (
	seqCounters = []struct {
		desc *prometheus.Desc
		read func(*Stats) float64
	}{
		{counterDesc("plasma_sequencer_transfers_accepted_total", "Transfers acknowledged (durable in the accept log)."),
			func(s *Stats) float64 { return float64(s.Accepted.Load()) }},
		{counterDesc("plasma_sequencer_transfers_sealed_total", "Transfers in stored blocks."),
			func(s *Stats) float64 { return float64(s.Sealed.Load()) }},
		{counterDesc("plasma_sequencer_transfers_dropped_total", "Accepted transfers dropped at a cut (invalid after an L1 operation, or expired)."),
			func(s *Stats) float64 { return float64(s.Dropped.Load()) }},
		{counterDesc("plasma_sequencer_blocks_sealed_total", "Blocks stored."),
			func(s *Stats) float64 { return float64(s.Blocks.Load()) }},
		{counterDesc("plasma_sequencer_leaf_writes_total", "Leaf writes to the ledger (one per touched leaf per block)."),
			func(s *Stats) float64 { return float64(s.Leaves.Load()) }},
		{counterDesc("plasma_sequencer_seal_cut_seconds_total", "Time the sealer spent cutting blocks (under the sequencer's lock)."),
			func(s *Stats) float64 { return float64(s.CutNanos.Load()) / 1e9 }},
		{counterDesc("plasma_sequencer_seal_set_seconds_total", "Time the sealer spent writing leaves to the ledger."),
			func(s *Stats) float64 { return float64(s.SetNanos.Load()) / 1e9 }},
		{counterDesc("plasma_sequencer_seal_save_seconds_total", "Time the sealer spent saving ledger versions."),
			func(s *Stats) float64 { return float64(s.SaveNanos.Load()) / 1e9 }},
		{counterDesc("plasma_sequencer_seal_store_seconds_total", "Time the sealer spent storing blocks."),
			func(s *Stats) float64 { return float64(s.StoreNanos.Load()) / 1e9 }},
	}
	seqLatest    = gaugeDesc("plasma_sequencer_latest_block", "Newest stored block.")
	seqPending   = gaugeDesc("plasma_sequencer_pending_transfers", "Accepted transfers not yet in a stored block.")
	seqNextOp    = gaugeDesc("plasma_sequencer_next_operation", "Index of the next L1 operation the sequencer expects.")
	pubPublished = gaugeDesc("plasma_publisher_published_block", "Newest block sent to L1.")
	pubCommitted = gaugeDesc("plasma_publisher_committed_block", "Newest block committed on L1.")
	pubFinalized = gaugeDesc("plasma_publisher_finalized_block", "Newest block committed confirmations deep.")
)

func counterDesc(name, help string) *prometheus.Desc { return prometheus.NewDesc(name, help, nil, nil) }
func gaugeDesc(name, help string) *prometheus.Desc   { return prometheus.NewDesc(name, help, nil, nil) }

func (c *seqCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, sc := range seqCounters {
		ch <- sc.desc
	}
	for _, d := range []*prometheus.Desc{seqLatest, seqPending, seqNextOp, pubPublished, pubCommitted, pubFinalized} {
		ch <- d
	}
}

func (c *seqCollector) Collect(ch chan<- prometheus.Metric) {
	s := c.seq.Load()
	if s == nil {
		return
	}
	st := s.Stats()
	for _, sc := range seqCounters {
		ch <- prometheus.MustNewConstMetric(sc.desc, prometheus.CounterValue, sc.read(st))
	}
	m := s.Markers()
	gauge := func(d *prometheus.Desc, v float64) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v)
	}
	gauge(seqLatest, float64(m.Latest))
	gauge(seqPending, float64(s.PendingCount()))
	gauge(seqNextOp, float64(s.NextOpIndex()))
	gauge(pubPublished, float64(m.Published))
	gauge(pubCommitted, float64(m.Committed))
	gauge(pubFinalized, float64(m.Finalized))
}

// register adds the operator's metrics and the sequencer collector to reg.
func (m *metrics) register(reg prometheus.Registerer, seq *seqCollector) error {
	for _, c := range append(m.collectors(), seq) {
		if err := reg.Register(c); err != nil {
			return err
		}
	}
	return nil
}
