package operator

import (
	"math/big"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/rs/zerolog"

	plasma "github.com/avlplasma/avlplasma"
)

// scrape gathers reg into name → series (label values joined by ",") → value.
func scrape(t *testing.T, reg *prometheus.Registry) map[string]map[string]float64 {
	t.Helper()
	fams, err := reg.Gather()
	if err != nil {
		t.Fatalf("gather: %v", err)
	}
	out := map[string]map[string]float64{}
	for _, f := range fams {
		series := map[string]float64{}
		for _, m := range f.GetMetric() {
			var key string
			for i, l := range m.GetLabel() {
				if i > 0 {
					key += ","
				}
				key += l.GetValue()
			}
			series[key] = value(m)
		}
		out[f.GetName()] = series
	}
	return out
}

func value(m *dto.Metric) float64 {
	switch {
	case m.Counter != nil:
		return m.Counter.GetValue()
	case m.Gauge != nil:
		return m.Gauge.GetValue()
	case m.Histogram != nil:
		return float64(m.Histogram.GetSampleCount())
	}
	return 0
}

func TestServiceMetrics(t *testing.T) {
	e := newL1Env(t, true)
	reg := prometheus.NewRegistry()
	cfg := e.serviceConfig(t.TempDir())
	cfg.Registerer = reg
	s, err := NewService(cfg, zerolog.New(zerolog.NewTestWriter(t)))
	if err != nil {
		t.Fatal(err)
	}
	// A second service cannot register the same names on the registry.
	if _, err := NewService(cfg, zerolog.Nop()); err == nil {
		t.Fatal("a second service registered its metrics on the same registry")
	}
	if _, ok := scrape(t, reg)["plasma_sequencer_latest_block"]; ok {
		t.Fatal("sequencer metrics before Start")
	}
	if err := s.Start(e.ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Stop(e.ctx) })
	seq := s.Sequencer()

	alice, bob := e.l1.Keys[1], e.l1.Addrs[2]
	e.deposit(alice, eth(3000))
	e.deposit(alice, eth(1000))
	waitFor(t, "deposits in the ledger", func() bool { return balance(t, seq, e.l1.Addrs[1]).Cmp(eth(4000)) == 0 })
	hash, err := seq.Submit(e.ctx, e.transfer(alice, bob, eth(500), 0, new(big.Int)))
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the transfer committed", func() bool {
		st, _, err := seq.TransferStatus(hash)
		return err == nil && (st == plasma.StatusCommitted || st == plasma.StatusFinalized)
	})

	m := scrape(t, reg)
	get := func(name, series string) float64 {
		t.Helper()
		v, ok := m[name][series]
		if !ok {
			t.Fatalf("no series %q of %s in %v", series, name, m[name])
		}
		return v
	}
	mk := seq.Markers()
	commits := get("plasma_publisher_commit_transactions_total", "")
	head, err := e.l1.Head(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, series string
		ok           func(float64) bool
		want         string
	}{
		{"plasma_sequencer_transfers_accepted_total", "", func(v float64) bool { return v == 1 }, "1"},
		{"plasma_sequencer_transfers_sealed_total", "", func(v float64) bool { return v == 1 }, "1"},
		{"plasma_sequencer_transfers_dropped_total", "", func(v float64) bool { return v == 0 }, "0"},
		{"plasma_sequencer_blocks_sealed_total", "", func(v float64) bool { return v >= 2 }, "≥ 2"},
		{"plasma_sequencer_leaf_writes_total", "", func(v float64) bool { return v >= 3 }, "≥ 3 (alice, bob, operator)"},
		{"plasma_sequencer_seal_save_seconds_total", "", func(v float64) bool { return v > 0 }, "> 0"},
		{"plasma_sequencer_latest_block", "", func(v float64) bool { return v >= float64(mk.Committed) && v > 0 }, "≥ committed"},
		{"plasma_sequencer_next_operation", "", func(v float64) bool { return v == 2 }, "2"},
		{"plasma_sequencer_pending_transfers", "", func(v float64) bool { return v == 0 }, "0"},
		{"plasma_publisher_committed_block", "", func(v float64) bool { return v >= float64(mk.Committed) && v > 0 }, "≥ the committed marker read before"},
		{"plasma_publisher_published_block", "", func(v float64) bool { return v > 0 }, "> 0"},
		{"plasma_publisher_finalized_block", "", func(v float64) bool { return v > 0 }, "> 0 (confirmations 0)"},
		{"plasma_publisher_commit_transactions_total", "", func(v float64) bool { return v >= 1 }, "≥ 1"},
		{"plasma_publisher_blocks_per_commit", "", func(v float64) bool { return v == commits }, "one sample per commit"},
		{"plasma_l1_transactions_total", "commitBlocks,mined", func(v float64) bool { return v == commits }, "the commit count"},
		{"plasma_l1_gas_used_total", "commitBlocks", func(v float64) bool { return v > 21000*commits }, "> 21000 per commit"},
		{"plasma_l1_fees_paid_wei_total", "commitBlocks", func(v float64) bool { return v > 0 }, "> 0"},
		{"plasma_follower_operations_applied_total", "", func(v float64) bool { return v == 2 }, "2"},
		{"plasma_follower_l1_head_block", "", func(v float64) bool { return v > float64(e.deploy) && v <= float64(head.Number.Uint64()) }, "after the deployment, not past the head"},
		{"plasma_follower_l1_processed_block", "", func(v float64) bool { return v > float64(e.deploy) }, "after the deployment"},
		{"plasma_follower_last_sync_timestamp_seconds", "", func(v float64) bool {
			return time.Since(time.Unix(int64(v), 0)) < time.Minute
		}, "within the last minute"},
	} {
		if v := get(c.name, c.series); !c.ok(v) {
			t.Errorf("%s{%s} = %v, want %s", c.name, c.series, v, c.want)
		}
	}
	if _, ok := m["plasma_follower_exits_seen_total"]; !ok {
		t.Error("no plasma_follower_exits_seen_total")
	}

	// Counters only move forward and the markers follow the sequencer.
	e.deposit(alice, eth(1))
	waitFor(t, "the third deposit committed", func() bool {
		h, err := seq.Header(seq.Markers().Committed)
		return err == nil && h.OpsCursor == 3
	})
	m2 := scrape(t, reg)
	if m2["plasma_follower_operations_applied_total"][""] != 3 {
		t.Errorf("operations applied %v, want 3", m2["plasma_follower_operations_applied_total"][""])
	}
	if m2["plasma_publisher_commit_transactions_total"][""] <= commits {
		t.Errorf("commit transactions did not grow past %v", commits)
	}
}
