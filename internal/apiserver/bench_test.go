package apiserver

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/avl"
	"github.com/avlplasma/avlplasma/contracts"
	"github.com/avlplasma/avlplasma/httpapi"
	"github.com/avlplasma/avlplasma/internal/siml1"
	"github.com/avlplasma/avlplasma/operator"
	"github.com/avlplasma/avlplasma/proofs"
)

// The proof route's benchmarks: a sequencer whose ledger holds
// APISERVER_BENCH_ACCOUNTS accounts (default 100,000, credited by deposit
// operations), its newest block marked committed, and proofs of random
// accounts through the backend alone, the router without a network, and a
// loopback server with a keep-alive client:
//
//	go test ./internal/apiserver/ -run '^$' -bench Proof -cpuprofile cpu.out
//
// The loopback benchmark reports the latency's p50 and p99 per concurrency.

type proofBench struct {
	be     *Backend
	h      http.Handler
	owners []common.Address
}

// TestMain removes the benchmarks' shared chain after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	for i := len(proofBenchCleanup) - 1; i >= 0; i-- {
		proofBenchCleanup[i]()
	}
	os.Exit(code)
}

var (
	proofBenchCleanup []func()
	proofBenchOnce    sync.Once
	proofBenchEnv     *proofBench
	proofBenchErr     error
)

func benchAccounts() int {
	if v := os.Getenv("APISERVER_BENCH_ACCOUNTS"); v != "" {
		n, err := strconv.Atoi(v)
		if err == nil && n > 0 {
			return n
		}
	}
	return 100_000
}

// newProofBench builds the chain once per test binary: the benchmarks
// share it.
func newProofBench(b *testing.B) *proofBench {
	proofBenchOnce.Do(func() {
		proofBenchEnv, proofBenchErr = buildProofBench(benchAccounts())
	})
	if proofBenchErr != nil {
		b.Fatal(proofBenchErr)
	}
	return proofBenchEnv
}

func buildProofBench(n int) (*proofBench, error) {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "apiserver-bench-")
	if err != nil {
		return nil, err
	}
	proofBenchCleanup = append(proofBenchCleanup, func() { os.RemoveAll(dir) })
	chain, err := siml1.Open()
	if err != nil {
		return nil, err
	}
	dep := &contracts.Deployment{PlasmaChain: common.HexToAddress("0x00000000000000000000000000000000b0a7c4a1"), ChainID: chain.ChainID}
	domain := proofs.Domain{ChainID: chain.ChainID, Contract: dep.PlasmaChain}
	seq, err := operator.NewSequencer(operator.SequencerConfig{
		DataDir: dir, Domain: domain, Operator: chain.Addrs[0], MinFee: uint256.NewInt(1),
		MinDeadlineMargin: 600, BlockTime: time.Hour,
	}, chainClock{chain}, zerolog.Nop())
	if err != nil {
		return nil, err
	}
	proofBenchCleanup = append(proofBenchCleanup, func() { chain.Close() })
	chain.Commit() // a block with a timestamp: the sequencer's clock
	if err := seq.Start(ctx); err != nil {
		return nil, err
	}
	proofBenchCleanup = append(proofBenchCleanup, func() { _ = seq.Stop(context.Background()) })
	owners := make([]common.Address, n)
	const perBlock = 10_000
	for lo := 0; lo < n; lo += perBlock {
		ops := make([]plasma.Op, 0, perBlock)
		for i := lo; i < min(lo+perBlock, n); i++ {
			owners[i] = avl.SyntheticOwner(i)
			op := plasma.Op{Index: uint64(i), Kind: plasma.OpDeposit, Owner: owners[i], Token: plasma.ETH}
			op.Amount.SetUint64(1e18)
			ops = append(ops, op)
		}
		if err := seq.ApplyOps(ops); err != nil {
			return nil, err
		}
		if _, err := seq.SealNow(ctx); err != nil {
			return nil, err
		}
	}
	latest := seq.LatestBlock()
	now, err := chain.Now(ctx)
	if err != nil {
		return nil, err
	}
	if err := seq.MarkCommitted(latest, now); err != nil {
		return nil, err
	}
	be, err := New(Config{
		Sequencer: seq, L1: chain.Client, Contract: dep.PlasmaChain, ChainID: chain.ChainID,
		Operator: chain.Addrs[0], MinFee: uint256.NewInt(1), MinDeadlineMargin: 600, Log: zerolog.Nop(),
	})
	if err != nil {
		return nil, err
	}
	return &proofBench{be: be, h: httpapi.NewRouter(be, httpapi.Options{Log: zerolog.Nop()}), owners: owners}, nil
}

// BenchmarkProofBackend is Backend.Proof at the newest committed block:
// snapshot, proof, packing and startExit calldata, without HTTP or JSON.
func BenchmarkProofBackend(b *testing.B) {
	env := newProofBench(b)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		rng := rand.New(rand.NewPCG(rand.Uint64(), 1))
		for pb.Next() {
			p, err := env.be.Proof(context.Background(), env.owners[rng.IntN(len(env.owners))], plasma.ETH, nil)
			if err != nil {
				b.Error(err)
				return
			}
			if !p.Exists {
				b.Error("funded account proved absent")
				return
			}
		}
	})
}

// BenchmarkProofRouter is the proof route through the router and its
// middleware, JSON encoding included, without a network.
func BenchmarkProofRouter(b *testing.B) {
	env := newProofBench(b)
	paths := make([]string, len(env.owners))
	for i, o := range env.owners {
		paths[i] = "/v1/proofs/" + o.Hex() + "/" + plasma.ETH.Hex()
	}
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		rng := rand.New(rand.NewPCG(rand.Uint64(), 2))
		for pb.Next() {
			w := httptest.NewRecorder()
			env.h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, paths[rng.IntN(len(paths))], nil))
			if w.Code != http.StatusOK {
				b.Errorf("status %d: %s", w.Code, w.Body.String())
				return
			}
		}
	})
}

// BenchmarkProofLoopback serves the router on a loopback listener and
// fetches proofs from conc keep-alive connections; it reports proofs/s and
// the latency's p50 and p99.
func BenchmarkProofLoopback(b *testing.B) {
	env := newProofBench(b)
	srv := httptest.NewServer(env.h)
	defer srv.Close()
	for _, conc := range []int{8, 32, 64} {
		b.Run(fmt.Sprintf("conc=%d", conc), func(b *testing.B) {
			tr := &http.Transport{MaxIdleConns: conc, MaxIdleConnsPerHost: conc, MaxConnsPerHost: conc, DisableCompression: true}
			defer tr.CloseIdleConnections()
			client := &http.Client{Transport: tr}
			paths := make([]string, len(env.owners))
			for i, o := range env.owners {
				paths[i] = srv.URL + "/v1/proofs/" + o.Hex() + "/" + plasma.ETH.Hex()
			}
			lat := make([][]time.Duration, conc)
			var wg sync.WaitGroup
			var next sync.Mutex
			left := b.N
			b.ResetTimer()
			start := time.Now()
			for w := range conc {
				wg.Add(1)
				go func() {
					defer wg.Done()
					rng := rand.New(rand.NewPCG(uint64(w), 3))
					for {
						next.Lock()
						if left == 0 {
							next.Unlock()
							return
						}
						left--
						next.Unlock()
						t0 := time.Now()
						resp, err := client.Get(paths[rng.IntN(len(paths))])
						if err != nil {
							b.Error(err)
							return
						}
						_, _ = io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						lat[w] = append(lat[w], time.Since(t0))
						if resp.StatusCode != http.StatusOK {
							b.Errorf("status %d", resp.StatusCode)
							return
						}
					}
				}()
			}
			wg.Wait()
			elapsed := time.Since(start)
			all := slices.Concat(lat...)
			slices.Sort(all)
			if len(all) > 0 {
				b.ReportMetric(float64(len(all))/elapsed.Seconds(), "proofs/s")
				b.ReportMetric(float64(all[len(all)/2])/1e6, "p50-ms")
				b.ReportMetric(float64(all[min(len(all)*99/100, len(all)-1)])/1e6, "p99-ms")
			}
		})
	}
}
