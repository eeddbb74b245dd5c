package avl

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/ethereum/go-ethereum/common"
)

// The benchmarks below are what doc.go's numbers come from. They need a
// prefilled ledger of up to 1,000,000 accounts, so run them one at a time:
//
//	go test ./avl/ -run '^$' -bench 'Backends' -benchtime 16x -timeout 60m
//	go test ./avl/ -run '^$' -bench 'UpdateSave/pebble/keys=1000000/' -benchtime 100000x
//
// AVL_BENCH_KEYS (comma-separated) and AVL_BENCH_CACHE (comma-separated,
// 0 = sized from the tree) widen or narrow the matrix; AVL_BENCH_DIR puts the databases on another
// disk than the default temporary directory.

const blockSets = 5000 // leaves set per version: a busy block

func benchList(env string, def []int) []int {
	v := os.Getenv(env)
	if v == "" {
		return def
	}
	var out []int
	for _, f := range strings.Split(v, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			panic(fmt.Sprintf("%s: %v", env, err))
		}
		out = append(out, n)
	}
	return out
}

func benchDir(b *testing.B) string {
	if d := os.Getenv("AVL_BENCH_DIR"); d != "" {
		dir, err := os.MkdirTemp(d, "avlbench")
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { os.RemoveAll(dir) })
		return dir
	}
	return b.TempDir()
}

func syntheticGen(i int) (common.Address, common.Address, plasma.Leaf) {
	var leaf plasma.Leaf
	leaf.Balance.SetUint64(1e18)
	return SyntheticOwner(i), plasma.ETH, leaf
}

// BenchmarkUpdateSave measures random read-modify-write of existing leaves
// with a Save every blockSets sets: the sequencer's per-block work.
func BenchmarkUpdateSave(b *testing.B) {
	for _, backend := range []string{BackendGoLevelDB, BackendPebble} {
		for _, keys := range benchList("AVL_BENCH_KEYS", []int{100_000, 1_000_000}) {
			for _, cache := range benchList("AVL_BENCH_CACHE", []int{0}) {
				name := fmt.Sprintf("%s/keys=%d/cache=%d", backend, keys, cache)
				b.Run(name, func(b *testing.B) {
					benchUpdateSave(b, Options{Backend: backend, CacheSize: cache, KeepRecent: 10}, keys, true)
				})
			}
		}
	}
}

// BenchmarkSetOnlySave is BenchmarkUpdateSave without the Get: raw iavl
// update + save.
func BenchmarkSetOnlySave(b *testing.B) {
	for _, backend := range []string{BackendGoLevelDB, BackendPebble} {
		for _, keys := range benchList("AVL_BENCH_KEYS", []int{1_000_000}) {
			b.Run(fmt.Sprintf("%s/keys=%d", backend, keys), func(b *testing.B) {
				benchUpdateSave(b, Options{Backend: backend, KeepRecent: 10}, keys, false)
			})
		}
	}
}

func benchUpdateSave(b *testing.B, opts Options, keys int, read bool) {
	opts.Dir = benchDir(b)
	start := time.Now()
	l, err := BulkLoad(opts, keys, syntheticGen)
	if err != nil {
		b.Fatal(err)
	}
	defer func() { l.Close() }()
	b.Logf("bulk load of %d accounts: %v", keys, time.Since(start))
	start = time.Now()
	l.Close()
	if l, err = Open(opts); err != nil {
		b.Fatal(err)
	}
	if _, err := l.WarmCache(); err != nil {
		b.Fatal(err)
	}
	b.Logf("reopen and WarmCache with a cache of %d nodes: %v", l.CacheSize(), time.Since(start))
	rng := rand.New(rand.NewPCG(7, 7))
	var saveTime time.Duration
	step := func(i int) {
		owner := SyntheticOwner(rng.IntN(keys))
		var leaf plasma.Leaf
		if read {
			if leaf, err = l.Get(owner, plasma.ETH); err != nil {
				b.Fatal(err)
			}
		}
		leaf.Nonce++
		if err := l.Set(owner, plasma.ETH, leaf); err != nil {
			b.Fatal(err)
		}
		if (i+1)%blockSets == 0 {
			t := time.Now()
			if _, _, err := l.Save(); err != nil {
				b.Fatal(err)
			}
			saveTime += time.Since(t)
		}
	}
	for i := 0; i < 2*blockSets; i++ { // warm the cache as a running sequencer has it
		step(i)
	}
	saveTime = 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		step(i)
	}
	if _, _, err := l.Save(); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sets/s")
	if blocks := b.N / blockSets; blocks > 0 {
		b.ReportMetric(float64(saveTime.Milliseconds())/float64(blocks), "ms/save")
	}
}

// BenchmarkSetSaveBuild builds a ledger by Set and Save alone (no bulk
// load), perVersion leaves per version, and reports how long that takes.
func BenchmarkSetSaveBuild(b *testing.B) {
	for _, keys := range benchList("AVL_BENCH_KEYS", []int{1_000_000}) {
		for _, per := range benchList("AVL_BENCH_PER_VERSION", []int{100_000}) {
			b.Run(fmt.Sprintf("keys=%d/perVersion=%d", keys, per), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					l, err := Open(Options{Dir: benchDir(b)})
					if err != nil {
						b.Fatal(err)
					}
					start := time.Now()
					for j := 0; j < keys; j++ {
						o, t, leaf := syntheticGen(j)
						if err := l.Set(o, t, leaf); err != nil {
							b.Fatal(err)
						}
						if (j+1)%per == 0 || j == keys-1 {
							if _, _, err := l.Save(); err != nil {
								b.Fatal(err)
							}
						}
					}
					b.ReportMetric(time.Since(start).Seconds(), "s/build")
					reportProofSizes(b, l, keys)
					l.Close()
				}
			})
		}
	}
}

// reportProofSizes samples membership proofs of a ledger of syntheticGen
// accounts 0…keys-1 at its latest version.
func reportProofSizes(b *testing.B, l *Ledger, keys int) {
	s, err := l.Snapshot(l.Version())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	rng := rand.New(rand.NewPCG(3, 3))
	var sum, worst ProofSize
	const samples = 2000
	for i := 0; i < samples; i++ {
		p, err := s.Prove(SyntheticOwner(rng.IntN(keys)), plasma.ETH)
		if err != nil || !p.Exists {
			b.Fatal("no membership proof", err)
		}
		sz := SizeOf(p.ICS23)
		sum.Steps += sz.Steps
		sum.PackedBytes += sz.PackedBytes
		sum.ProtoBytes += sz.ProtoBytes
		worst.Steps = max(worst.Steps, sz.Steps)
		worst.PackedBytes = max(worst.PackedBytes, sz.PackedBytes)
	}
	b.ReportMetric(float64(sum.Steps)/samples, "steps")
	b.ReportMetric(float64(worst.Steps), "steps-max")
	b.ReportMetric(float64(sum.PackedBytes)/samples, "exist-packed-B")
	b.ReportMetric(float64(worst.PackedBytes), "exist-packed-max-B")
	b.ReportMetric(float64(sum.ProtoBytes)/samples, "exist-proto-B")
}

// BenchmarkBulkLoad reports how long BulkLoad takes.
func BenchmarkBulkLoad(b *testing.B) {
	for _, keys := range benchList("AVL_BENCH_KEYS", []int{1_000_000}) {
		b.Run(fmt.Sprintf("keys=%d", keys), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				start := time.Now()
				l, err := BulkLoad(Options{Dir: benchDir(b)}, keys, syntheticGen)
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(time.Since(start).Seconds(), "s/build")
				l.Close()
			}
		})
	}
}

// BenchmarkProve reports proof sizes and proving time at a million
// accounts, after some blocks of updates so that node versions vary as in
// a running chain.
func BenchmarkProve(b *testing.B) {
	for _, keys := range benchList("AVL_BENCH_KEYS", []int{1_000_000}) {
		b.Run(fmt.Sprintf("keys=%d", keys), func(b *testing.B) {
			l, err := BulkLoad(Options{Dir: benchDir(b)}, keys, syntheticGen)
			if err != nil {
				b.Fatal(err)
			}
			defer l.Close()
			rng := rand.New(rand.NewPCG(9, 9))
			for i := 0; i < 20*blockSets; i++ {
				o, t, leaf := syntheticGen(rng.IntN(keys))
				leaf.Nonce = uint64(i)
				if err := l.Set(o, t, leaf); err != nil {
					b.Fatal(err)
				}
				if (i+1)%blockSets == 0 {
					if _, _, err := l.Save(); err != nil {
						b.Fatal(err)
					}
				}
			}
			s, err := l.Snapshot(l.Version())
			if err != nil {
				b.Fatal(err)
			}
			var ex, nx, exMax ProofSize
			var nEx, nNx int
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				owner := SyntheticOwner(rng.IntN(keys))
				if i%2 == 1 {
					owner = SyntheticOwner(keys + i) // absent
				}
				p, err := s.Prove(owner, plasma.ETH)
				if err != nil {
					b.Fatal(err)
				}
				sz := SizeOf(p.ICS23)
				if p.Exists {
					nEx++
					ex.ProtoBytes += sz.ProtoBytes
					ex.PackedBytes += sz.PackedBytes
					ex.Steps += sz.Steps
					exMax.PackedBytes = max(exMax.PackedBytes, sz.PackedBytes)
					exMax.Steps = max(exMax.Steps, sz.Steps)
				} else {
					nNx++
					nx.ProtoBytes += sz.ProtoBytes
					nx.PackedBytes += sz.PackedBytes
				}
			}
			b.StopTimer()
			if nEx > 0 {
				b.ReportMetric(float64(ex.ProtoBytes)/float64(nEx), "exist-proto-B")
				b.ReportMetric(float64(ex.PackedBytes)/float64(nEx), "exist-packed-B")
				b.ReportMetric(float64(exMax.PackedBytes), "exist-packed-max-B")
				b.ReportMetric(float64(ex.Steps)/float64(nEx), "steps")
				b.ReportMetric(float64(exMax.Steps), "steps-max")
			}
			if nNx > 0 {
				b.ReportMetric(float64(nx.ProtoBytes)/float64(nNx), "absent-proto-B")
				b.ReportMetric(float64(nx.PackedBytes)/float64(nNx), "absent-packed-B")
			}
		})
	}
}

// BenchmarkBackends compares goleveldb and pebble under the same machine
// load: both ledgers are bulk-loaded and warmed, then blocks of blockSets
// read-modify-writes (Save and pruning included) alternate between them.
// One op is one block on each backend; the metrics are medians.
func BenchmarkBackends(b *testing.B) {
	keys := benchList("AVL_BENCH_KEYS", []int{1_000_000})[0]
	names := []string{BackendGoLevelDB, BackendPebble}
	var ls []*Ledger
	for _, be := range names {
		opts := Options{Dir: benchDir(b), Backend: be, KeepRecent: 10}
		l, err := BulkLoad(opts, keys, syntheticGen)
		if err != nil {
			b.Fatal(err)
		}
		l.Close()
		if l, err = Open(opts); err != nil {
			b.Fatal(err)
		}
		defer l.Close()
		if _, err := l.WarmCache(); err != nil {
			b.Fatal(err)
		}
		ls = append(ls, l)
	}
	rng := rand.New(rand.NewPCG(7, 7))
	block := func(l *Ledger) time.Duration {
		start := time.Now()
		for i := 0; i < blockSets; i++ {
			owner := SyntheticOwner(rng.IntN(keys))
			leaf, err := l.Get(owner, plasma.ETH)
			if err != nil {
				b.Fatal(err)
			}
			leaf.Nonce++
			if err := l.Set(owner, plasma.ETH, leaf); err != nil {
				b.Fatal(err)
			}
		}
		if _, _, err := l.Save(); err != nil {
			b.Fatal(err)
		}
		return time.Since(start)
	}
	for r := 0; r < 12; r++ { // fill the caches with recent versions
		block(ls[r%2])
	}
	times := make([][]time.Duration, 2)
	b.ResetTimer()
	for r := 0; r < b.N; r++ {
		for k := 0; k < 2; k++ {
			i := (r + k) % 2 // alternate which goes first
			times[i] = append(times[i], block(ls[i]))
		}
	}
	b.StopTimer()
	for i, be := range names {
		slices.Sort(times[i])
		med := times[i][len(times[i])/2]
		b.ReportMetric(float64(blockSets)/med.Seconds(), be+"-sets/s")
	}
}
