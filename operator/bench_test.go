package operator

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/avlplasma/avlplasma/proofs"
	"strings"
	"testing"
	"time"
)

// The benchmark end to end with tiny numbers: every transfer is sealed
// (RunBench checks), every figure is measured, and a second run reuses the
// ledger in the same data directory.
func TestRunBenchSmall(t *testing.T) {
	dir := t.TempDir()
	cfg := BenchConfig{
		Accounts:    300,
		Transfers:   400,
		BlockTime:   20 * time.Millisecond,
		MaxBlockTxs: 64,
		DataDir:     dir,
		Concurrency: 32,
		ProofTime:   100 * time.Millisecond,
		CeilingSets: 500,
		Log:         testLogger(t),
	}
	res, err := RunBench(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if res.TPS <= 0 || res.AcceptP99Ms <= 0 || res.ProofsPerS <= 0 || res.ProofBytes <= 0 || res.ProofBytesICS23 <= res.ProofBytes ||
		res.EcrecoverPerS <= 0 || res.SetsPerS <= 0 || res.CeilingTPS <= 0 || res.Ratio <= 0 || res.PeakRSSMB <= 0 ||
		res.SetsPerTransfer < 1 || res.SetsPerTransfer > 3 || res.Blocks == 0 {
		t.Fatalf("implausible result: %+v", res)
	}
	if tab := res.Table(); !strings.Contains(tab, "ratio") || !strings.Contains(tab, "proofs/s") {
		t.Fatalf("table: %s", tab)
	}
	cfg.SkipCeilings = true
	res2, err := RunBench(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if res2.BuildSeconds >= res.BuildSeconds+1 || res2.CeilingTPS != 0 {
		t.Fatalf("second run: %+v", res2)
	}
	cfg.Accounts = 301
	if _, err := RunBench(context.Background(), cfg); err == nil {
		t.Fatal("reused a data directory built for other accounts")
	}
}

// Addresses derived by point addition are those the keys sign for.
func TestBenchAccounts(t *testing.T) {
	acc := newBenchAccounts(50)
	addrs := acc.addresses(&BenchConfig{})
	digest := common.Hash{7}
	for _, i := range []int{0, 1, 24, 25, 49} {
		got, err := proofs.RecoverSigner(digest, proofs.SignDigest(acc.key(i), digest))
		if err != nil || got != addrs[i] {
			t.Fatalf("account %d: key signs for %s (%v), derived %s", i, got, err, addrs[i])
		}
	}
}

// BenchmarkSequencer runs the plasmad bench on a small ledger: b.N transfers
// at full speed with durable acknowledgements, reporting transfers/s and the
// accept latency. The 1M-account figures come from `plasmad bench`.
func BenchmarkSequencer(b *testing.B) {
	res, err := RunBench(context.Background(), BenchConfig{
		Accounts:     100_000,
		Transfers:    max(b.N, 1000),
		BlockTime:    200 * time.Millisecond,
		MaxBlockTxs:  DefaultMaxBlockTxs,
		ProofTime:    200 * time.Millisecond,
		SkipCeilings: true,
		Log:          testLogger(b),
	})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(res.TPS, "transfers/s")
	b.ReportMetric(res.AcceptP99Ms, "p99-ms-half-rate")
	b.ReportMetric(res.CPUPerTransferUs, "cpu-µs/transfer")
}
