package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/holiman/uint256"
	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"
)

// runBenchHTTP runs `plasmad bench --http` as the command line does and
// decodes its JSON.
func runBenchHTTP(t *testing.T, args ...string) httpBenchResult {
	t.Helper()
	var out bytes.Buffer
	// A copy of the command: running it adds a help flag to the command
	// it runs, which must not leak into the shared registry.
	var bench cli.Command
	for _, c := range commands {
		if c.Name == "bench" {
			bench = *c
			bench.Flags = slices.Clone(c.Flags)
		}
	}
	app := &cli.App{Name: "plasmad", Commands: []*cli.Command{&bench}, Writer: &out}
	if err := app.RunContext(context.Background(), append([]string{"plasmad", "bench", "--json"}, args...)); err != nil {
		t.Fatal(err)
	}
	var res httpBenchResult
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	return res
}

// bench --http against a dev stack on free ports: the accounts get funded
// through L1 deposits and the API, every pre-signed transfer is
// acknowledged, the proofs verify, and the in-process reference ran. A
// second run reuses the funded accounts and continues their nonces.
func TestBenchHTTP(t *testing.T) {
	d, err := startDev(context.Background(), devConfig{
		L1Host: "127.0.0.1", L1Port: 0, HTTPAddr: "127.0.0.1:0", MetricsAddr: "127.0.0.1:0",
		MineEvery: 200 * time.Millisecond, BlockTime: 200 * time.Millisecond, PollEvery: 100 * time.Millisecond,
		MinFee: uint256.NewInt(1), Margin: time.Minute,
		Log: zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel),
	})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := d.Stop(context.Background()); err != nil {
			t.Error(err)
		}
	}()
	const accounts, transfers = 30, 120
	args := []string{"--http", d.Node.APIURL, "--l1.rpc", d.Chain.HTTPEndpoint(),
		"--accounts", fmt.Sprint(accounts), "--transfers", fmt.Sprint(transfers), "--concurrency", "4", "--proof-time", "500ms", "--node-metrics", d.Node.Metrics}

	res := runBenchHTTP(t, args...)
	if res.NewlyFunded != accounts || res.Accounts != accounts {
		t.Errorf("funded %d of %d accounts, want all %d", res.NewlyFunded, res.Accounts, accounts)
	}
	check := func(res httpBenchResult) {
		t.Helper()
		if res.Transfers != transfers || res.TransfersOK != transfers || len(res.TransferErrors) != 0 {
			t.Errorf("transfers: %d of %d acknowledged, errors %v", res.TransfersOK, res.Transfers, res.TransferErrors)
		}
		if res.TransfersPerS <= 0 || res.TransferP50Ms <= 0 || res.TransferP99Ms < res.TransferP50Ms {
			t.Errorf("transfer figures %.0f/s p50 %.2f p99 %.2f", res.TransfersPerS, res.TransferP50Ms, res.TransferP99Ms)
		}
		if res.Proofs <= 0 || res.ProofsPerS <= 0 || res.ProofP50Ms <= 0 || res.ProofP99Ms < res.ProofP50Ms || len(res.ProofErrors) != 0 {
			t.Errorf("proof figures %d, %.0f/s p50 %.2f p99 %.2f errors %v", res.Proofs, res.ProofsPerS, res.ProofP50Ms, res.ProofP99Ms, res.ProofErrors)
		}
		if res.ClientCPUPerProofUs <= 0 || res.NodeCPUPerProofUs <= 0 || res.NodeCPUPerTransferUs <= 0 {
			t.Errorf("CPU per proof: client %.0f µs, node %.0f µs; per transfer: node %.0f µs", res.ClientCPUPerProofUs, res.NodeCPUPerProofUs, res.NodeCPUPerTransferUs)
		}
		if res.ProofsVerified < 4 || res.ProofBlocks[0] == 0 || res.ProofBytes <= 0 {
			t.Errorf("%d proofs verified, blocks %v, %.0f bytes each", res.ProofsVerified, res.ProofBlocks, res.ProofBytes)
		}
	}
	check(res)
	if ip := res.InProcess; ip == nil || ip.Accounts != accounts || ip.TPS <= 0 || ip.ProofsPerS <= 0 {
		t.Errorf("in-process reference missing or empty: %+v", ip)
	}

	again := runBenchHTTP(t, append(args, "--reference=false")...)
	if again.NewlyFunded != 0 {
		t.Errorf("second run funded %d accounts again", again.NewlyFunded)
	}
	check(again)
	if again.InProcess != nil {
		t.Error("--reference=false ran the in-process benchmark")
	}
	if again.ProofBlocks[0] <= res.ProofBlocks[1] {
		t.Errorf("second run proved at block %d, not after the first run's %d", again.ProofBlocks[0], res.ProofBlocks[1])
	}
}
