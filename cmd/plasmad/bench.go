package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	"github.com/avlplasma/avlplasma/avl"
	"github.com/avlplasma/avlplasma/operator"
)

func init() {
	commands = append(commands, &cli.Command{
		Name:  "bench",
		Usage: "measure the sequencer: sealed transfers/s with durable acks, accept latency, proofs/s, and the machine's ceilings",
		Description: "Builds (or reuses, with --datadir) a ledger of --accounts funded accounts, pre-signs transfers between\n" +
			"uniformly random accounts, runs the sequencer at full speed from many goroutines, then at half that rate\n" +
			"for the accept latency, proves accounts at the newest version, and measures the ceilings (parallel\n" +
			"ecrecover/s, ledger sets/s) in the same run. Progress goes to stderr, the table (or JSON) to stdout.\n\n" +
			"With --http URL it drives a running node's REST API from this process instead (e.g. `plasmad dev`):\n" +
			"dev accounts 1-9 deposit on L1 (--l1.rpc) and fund --accounts bench accounts over the API, pre-signed\n" +
			"transfers are posted from --concurrency keep-alive connections, then proofs of random funded accounts\n" +
			"are fetched for --proof-time; it reports rates, p50/p99 and errors by code, with the in-process figures\n" +
			"of the same counts beside them (--reference) and the node's CPU time per request (--node-metrics).",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "accounts", Value: 1_000_000, Usage: "funded accounts in the ledger", EnvVars: envVar("accounts")},
			&cli.IntFlag{Name: "transfers", Value: 200_000, Usage: "transfers at full speed (half as many follow at half the rate)", EnvVars: envVar("transfers")},
			&cli.DurationFlag{Name: "block-time", Value: operator.DefaultBlockTime, Usage: "sequencer block time", EnvVars: envVar("block-time")},
			&cli.IntFlag{Name: "max-block-txs", Value: operator.DefaultMaxBlockTxs, Usage: "transfers per block at most", EnvVars: envVar("max-block-txs")},
			&cli.StringFlag{Name: "datadir", Usage: "directory for the chain, reused by later runs, whose ledger then keeps growing (default: a temporary one, removed after)", EnvVars: envVar("datadir")},
			&cli.StringFlag{Name: "backend", Value: avl.DefaultBackend, Usage: "ledger backend: pebble or goleveldb", EnvVars: envVar("backend")},
			&cli.IntFlag{Name: "cache-size", Usage: "ledger node cache in nodes, for the run and the ceiling (0 = the sequencer's default)", EnvVars: envVar("cache-size")},
			&cli.IntFlag{Name: "concurrency", Value: 1024, Usage: "submitting goroutines", EnvVars: envVar("concurrency")},
			&cli.IntFlag{Name: "gc-percent", Usage: "garbage collector target percentage (0 = Go's default, GOGC)", EnvVars: envVar("gc-percent")},
			&cli.StringFlag{Name: "cpuprofile", Usage: "write a CPU profile of the full-speed phase to this file", EnvVars: envVar("cpuprofile")},
			&cli.StringFlag{Name: "memprofile", Usage: "write heap profiles from before (`FILE`.base) and after the full-speed phase; go tool pprof -diff_base shows what it allocated", EnvVars: envVar("memprofile")},
			&cli.BoolFlag{Name: "json", Usage: "print JSON instead of a table", EnvVars: envVar("json")},
			&cli.BoolFlag{Name: "verbose", Usage: "log the sequencer's blocks to stderr", EnvVars: envVar("verbose")},
			&cli.StringFlag{Name: "http", Usage: "drive the REST API at this URL (a running node, e.g. `plasmad dev`) from this process instead; " +
				"--accounts, --transfers and --concurrency then default to 20000, 50000 and 64", EnvVars: envVar("http")},
			&cli.StringFlag{Name: "l1.rpc", Value: "http://127.0.0.1:8545", Usage: "with --http: JSON-RPC URL of the node's L1, where the funders (dev accounts 1-9) deposit", EnvVars: envVar("l1.rpc")},
			&cli.DurationFlag{Name: "proof-time", Value: 10 * time.Second, Usage: "with --http: how long proofs are fetched", EnvVars: envVar("proof-time")},
			&cli.StringFlag{Name: "node-metrics", Usage: "with --http: the node's Prometheus URL (its --metrics.addr + /metrics), to report the node's CPU time per request", EnvVars: envVar("node-metrics")},
			&cli.BoolFlag{Name: "reference", Value: true, Usage: "with --http: also run the in-process benchmark with the same counts, for reference", EnvVars: envVar("reference")},
		},
		Action: func(c *cli.Context) error {
			if c.String("http") != "" {
				return benchHTTPAction(c)
			}
			level := zerolog.WarnLevel
			if c.Bool("verbose") {
				level = zerolog.InfoLevel
			}
			res, err := operator.RunBench(c.Context, operator.BenchConfig{
				Accounts:    c.Int("accounts"),
				Transfers:   c.Int("transfers"),
				BlockTime:   c.Duration("block-time"),
				MaxBlockTxs: c.Int("max-block-txs"),
				DataDir:     c.String("datadir"),
				Backend:     c.String("backend"),
				CacheSize:   c.Int("cache-size"),
				Concurrency: c.Int("concurrency"),
				CPUProfile:  c.String("cpuprofile"),
				MemProfile:  c.String("memprofile"),
				GCPercent:   c.Int("gc-percent"),
				Progress:    os.Stderr,
				Log:         zerolog.New(zerolog.ConsoleWriter{Out: os.Stderr}).Level(level).With().Timestamp().Logger(),
			})
			if err != nil {
				return err
			}
			return printResult(c, res)
		},
	})
}

// benchHTTPAction runs `bench --http`.
func benchHTTPAction(c *cli.Context) error {
	intOr := func(name string, def int) int {
		if c.IsSet(name) {
			return c.Int(name)
		}
		return def
	}
	cfg := httpBenchConfig{
		API: c.String("http"), L1RPC: c.String("l1.rpc"),
		Accounts: intOr("accounts", 20_000), Transfers: intOr("transfers", 50_000), Concurrency: intOr("concurrency", 64),
		ProofTime: c.Duration("proof-time"), NodeMetrics: c.String("node-metrics"), Progress: os.Stderr,
	}
	res, err := runHTTPBench(c.Context, cfg)
	if err != nil {
		return err
	}
	if c.Bool("reference") {
		fmt.Fprintln(os.Stderr, "bench --http: in-process reference run with the same counts")
		res.InProcess, err = operator.RunBench(c.Context, operator.BenchConfig{
			Accounts: cfg.Accounts, Transfers: max(cfg.Transfers, 1), Concurrency: cfg.Concurrency,
			Backend: c.String("backend"), SkipCeilings: true, ProofTime: 2 * time.Second,
			Log: zerolog.New(zerolog.ConsoleWriter{Out: os.Stderr}).Level(zerolog.WarnLevel),
		})
		if err != nil {
			return fmt.Errorf("in-process reference: %w", err)
		}
	}
	return printResult(c, res)
}

// printResult writes a bench result as indented JSON (--json) or as its
// table.
func printResult(c *cli.Context, res interface{ Table() string }) error {
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	_, err := fmt.Fprint(c.App.Writer, res.Table())
	return err
}
