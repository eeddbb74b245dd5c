package avl

import (
	"bytes"
	"maps"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/ethereum/go-ethereum/common"
)

// TestSnapshotsDuringWrites reads and proves from several goroutines while
// the writer Sets, Saves, prunes and now and then rewinds. Run it with
// -race. Every read that succeeds must match the state its root commits
// to; reads may fail only for versions pruned or dropped meanwhile.
func TestSnapshotsDuringWrites(t *testing.T) {
	for _, backend := range []string{BackendPebble, BackendGoLevelDB} {
		t.Run(backend, func(t *testing.T) { testSnapshotsDuringWrites(t, backend) })
	}
}

func testSnapshotsDuringWrites(t *testing.T, backend string) {
	l := mustOpen(t, Options{Dir: t.TempDir(), Backend: backend, CacheSize: 2000, KeepRecent: 4})
	defer l.Close()

	var mu sync.Mutex
	states := map[common.Hash]map[string][]byte{EmptyRoot: {}}
	lookup := func(root common.Hash) map[string][]byte {
		// The writer records a state right after Save returns; a reader
		// may see the version a moment earlier.
		for i := 0; i < 1000; i++ {
			mu.Lock()
			st, ok := states[root]
			mu.Unlock()
			if ok {
				return st
			}
			time.Sleep(time.Millisecond)
		}
		t.Errorf("no state recorded for root %x", root)
		return nil
	}

	var done atomic.Bool
	var reads, proofs, misses atomic.Int64
	var wg sync.WaitGroup
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func(seed uint64) {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(seed, 5))
			var held *Snapshot // one snapshot kept across writer steps
			for !done.Load() {
				latest := l.Version()
				v := latest - rng.Int64N(8)
				if v < 0 {
					v = 0
				}
				s := held
				if s == nil || rng.IntN(4) == 0 {
					var err error
					if s, err = l.Snapshot(v); err != nil {
						if plasma.ErrorCode(err) != plasma.ENOTFOUND {
							t.Errorf("Snapshot(%d): %v", v, err)
							return
						}
						misses.Add(1)
						continue
					}
				}
				st := lookup(s.Root())
				for i := 0; i < 5; i++ {
					owner, token := testOwner(rng.IntN(60)), testTokens[rng.IntN(2)]
					key := EncodeKey(owner, token)
					want := st[string(key)]
					if rng.IntN(2) == 0 {
						leaf, exists, err := s.Get(owner, token)
						if err != nil {
							if plasma.ErrorCode(err) != plasma.ENOTFOUND {
								t.Errorf("Get at %d: %v", s.Version(), err)
							}
							misses.Add(1)
							break
						}
						if exists != (want != nil) || (exists && !bytes.Equal(EncodeLeaf(&leaf), want)) {
							t.Errorf("version %d root %x: Get(%x) = %+v, want %x", s.Version(), s.Root(), key, leaf, want)
						}
						reads.Add(1)
					} else {
						p, err := s.Prove(owner, token)
						if err != nil {
							if plasma.ErrorCode(err) != plasma.ENOTFOUND {
								t.Errorf("Prove at %d: %v", s.Version(), err)
							}
							misses.Add(1)
							break
						}
						checkProof(t, s.Root(), key, want, p)
						proofs.Add(1)
					}
				}
				switch {
				case s == held && rng.IntN(8) == 0:
					held.Close()
					held = nil
				case held == nil && rng.IntN(4) == 0:
					held = s
				case s != held:
					s.Close()
				}
			}
		}(uint64(r))
	}

	rng := rand.New(rand.NewPCG(42, 42))
	working := map[string][]byte{}
	saved := []map[string][]byte{{}}
	for step := 0; step < 120; step++ {
		for i := 0; i < 30; i++ {
			owner, token := testOwner(rng.IntN(60)), testTokens[rng.IntN(2)]
			leaf := randLeaf(rng)
			if err := l.Set(owner, token, leaf); err != nil {
				t.Fatal(err)
			}
			working[string(EncodeKey(owner, token))] = EncodeLeaf(&leaf)
		}
		v, root, err := l.Save()
		if err != nil {
			t.Fatal(err)
		}
		st := maps.Clone(working)
		saved = append(saved[:v], st)
		mu.Lock()
		states[root] = st
		mu.Unlock()
		if step%25 == 24 {
			back := max(l.OldestVersion(), v-2)
			if err := l.Rewind(back); err != nil {
				t.Fatal(err)
			}
			saved = saved[:back+1]
			working = maps.Clone(saved[back])
		}
		runtime.Gosched()
	}
	done.Store(true)
	wg.Wait()
	t.Logf("%d reads, %d proofs, %d reads of pruned or dropped versions", reads.Load(), proofs.Load(), misses.Load())
	if reads.Load() == 0 || proofs.Load() == 0 {
		t.Fatal("readers did not run")
	}
}

// TestPinnedSnapshotSurvivesPruning keeps a snapshot open while pruning
// would remove its version; closing it (or dropping it for the garbage
// collector) lets pruning go on.
func TestPinnedSnapshotSurvivesPruning(t *testing.T) {
	l := mustOpen(t, Options{Dir: t.TempDir(), KeepRecent: 2})
	defer l.Close()
	owner := testOwner(3)
	save := func(nonce uint64) common.Hash {
		t.Helper()
		if err := l.Set(owner, plasma.ETH, plasma.Leaf{Nonce: nonce}); err != nil {
			t.Fatal(err)
		}
		if err := l.Set(testOwner(int(nonce)+100), plasma.ETH, plasma.Leaf{Nonce: nonce}); err != nil {
			t.Fatal(err)
		}
		_, root, err := l.Save()
		if err != nil {
			t.Fatal(err)
		}
		return root
	}
	for n := uint64(1); n <= 3; n++ {
		save(n)
	}
	s, err := l.Snapshot(2)
	if err != nil {
		t.Fatal(err)
	}
	for n := uint64(4); n <= 12; n++ {
		save(n)
	}
	if got := l.OldestVersion(); got != 2 {
		t.Fatalf("oldest version with version 2 pinned: %d", got)
	}
	leaf, _, err := s.Get(owner, plasma.ETH)
	if err != nil || leaf.Nonce != 2 {
		t.Fatalf("pinned snapshot reads %+v, %v", leaf, err)
	}
	p, err := s.Prove(owner, plasma.ETH)
	if err != nil {
		t.Fatal(err)
	}
	checkProof(t, s.Root(), EncodeKey(owner, plasma.ETH), EncodeLeaf(&leaf), p)
	s.Close()
	save(13)
	if got := l.OldestVersion(); got != 11 {
		t.Fatalf("oldest version after closing the pin: %d, want 11", got)
	}

	// A snapshot nobody references any more stops pinning once collected.
	func() {
		s, err := l.Snapshot(12)
		if err != nil {
			t.Fatal(err)
		}
		_ = s.Root()
	}()
	for n := uint64(14); n <= 16; n++ {
		save(n)
	}
	for i := 0; l.OldestVersion() < 14; i++ {
		if i == 100 {
			t.Fatalf("unreferenced snapshot still pins: oldest version %d", l.OldestVersion())
		}
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
		save(uint64(17 + i))
	}
}
