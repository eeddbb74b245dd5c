package avl

import (
	"math/rand/v2"
	"testing"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

func TestBulkLoad(t *testing.T) {
	const n = 3000
	dir := t.TempDir()
	gen := func(i int) (common.Address, common.Address, plasma.Leaf) {
		var l plasma.Leaf
		l.Balance.SetUint64(uint64(i) + 1)
		l.Nonce = uint64(i % 7)
		return SyntheticOwner(i), testTokens[i%2], l
	}
	l, err := BulkLoad(Options{Dir: dir}, n, gen)
	if err != nil {
		t.Fatal(err)
	}
	if l.Version() != 1 || l.OldestVersion() != 1 {
		t.Fatalf("bulk-loaded ledger at %d…%d, want 1…1", l.OldestVersion(), l.Version())
	}
	if _, err := BulkLoad(Options{Dir: t.TempDir()}, 2, func(int) (common.Address, common.Address, plasma.Leaf) {
		return testOwner(1), plasma.ETH, plasma.Leaf{}
	}); err == nil {
		t.Fatal("bulk load with a duplicate key succeeded")
	}
	l.Close()
	if _, err := BulkLoad(Options{Dir: dir}, 1, gen); err == nil {
		t.Fatal("bulk load into a ledger with versions succeeded")
	}

	l = mustOpen(t, Options{Dir: dir})
	defer l.Close()
	s, err := l.Snapshot(1)
	if err != nil {
		t.Fatal(err)
	}
	if s.Size() != n {
		t.Fatalf("Size %d, want %d", s.Size(), n)
	}
	for i := 0; i < n; i += 37 {
		owner, token, want := gen(i)
		p, err := s.Prove(owner, token)
		if err != nil {
			t.Fatal(err)
		}
		checkProof(t, s.Root(), EncodeKey(owner, token), EncodeLeaf(&want), p)
		p, err = s.Prove(SyntheticOwner(n+i), token)
		if err != nil {
			t.Fatal(err)
		}
		checkProof(t, s.Root(), EncodeKey(SyntheticOwner(n+i), token), nil, p)
	}
	// The loaded tree takes updates like any other.
	rng := rand.New(rand.NewPCG(1, 1))
	want := map[int]plasma.Leaf{}
	for i := 0; i < 500; i++ {
		k := rng.IntN(n + 100)
		owner, token, leaf := gen(k)
		leaf.Spent = *uint256.NewInt(uint64(i))
		if err := l.Set(owner, token, leaf); err != nil {
			t.Fatal(err)
		}
		want[k] = leaf
	}
	v, root, err := l.Save()
	if err != nil || v != 2 {
		t.Fatalf("Save after bulk load = %d, %v", v, err)
	}
	s2, err := l.Snapshot(2)
	if err != nil {
		t.Fatal(err)
	}
	for k, leaf := range want {
		owner, token, _ := gen(k)
		p, err := s2.Prove(owner, token)
		if err != nil {
			t.Fatal(err)
		}
		checkProof(t, root, EncodeKey(owner, token), EncodeLeaf(&leaf), p)
	}
}

func TestBulkLoadEmpty(t *testing.T) {
	l, err := BulkLoad(Options{Dir: t.TempDir()}, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	s, err := l.Snapshot(1)
	if err != nil || s.Root() != EmptyRoot {
		t.Fatalf("empty bulk load: %v %v", s, err)
	}
}

func TestAutoCacheSize(t *testing.T) {
	for _, c := range []struct {
		leaves int64
		want   int
	}{{0, MinAutoCacheSize}, {100_000, MinAutoCacheSize}, {500_000, 1_500_000}, {1_000_000, 3_000_000}, {5_000_000, MaxAutoCacheSize}} {
		if got := autoCacheSize(c.leaves); got != c.want {
			t.Errorf("autoCacheSize(%d) = %d, want %d", c.leaves, got, c.want)
		}
	}
	dir := t.TempDir()
	l, err := BulkLoad(Options{Dir: dir}, 1000, syntheticGen)
	if err != nil {
		t.Fatal(err)
	}
	if got := l.CacheSize(); got != MinAutoCacheSize {
		t.Errorf("cache for 1,000 leaves: %d nodes, want %d", got, MinAutoCacheSize)
	}
	l.Close()
	l = mustOpen(t, Options{Dir: dir, CacheSize: 1234})
	defer l.Close()
	if got := l.CacheSize(); got != 1234 {
		t.Errorf("explicit cache size: %d", got)
	}
}

func TestMeasureSetsPerSecond(t *testing.T) {
	r, err := MeasureSetsPerSecond(t.TempDir(), Options{KeepRecent: 2}, 2000, 600, 200)
	if err != nil || r <= 0 {
		t.Fatalf("MeasureSetsPerSecond = %v, %v", r, err)
	}
	if _, err := MeasureSetsPerSecond(t.TempDir(), Options{}, 0, 1, 1); err == nil {
		t.Fatal("zero prefill accepted")
	}
}

func TestSizeOf(t *testing.T) {
	l := mustOpen(t, Options{Dir: t.TempDir()})
	defer l.Close()
	for i := 0; i < 32; i++ {
		if err := l.Set(testOwner(i), plasma.ETH, plasma.Leaf{Nonce: 1}); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := l.Save(); err != nil {
		t.Fatal(err)
	}
	s, _ := l.Snapshot(1)
	p, err := s.Prove(testOwner(5), plasma.ETH)
	if err != nil {
		t.Fatal(err)
	}
	sz := SizeOf(p.ICS23)
	e := p.ICS23.GetExist()
	// One version: every hdr is zz(height) ‖ zz(size) ‖ zz(1), 3 bytes here
	// (zig-zag of a size up to 63 fits one byte).
	if sz.Steps != len(e.Path) || sz.Steps < 5 || sz.PackedBytes != 1+3+sz.Steps*(1+3+1+32) || sz.ProtoBytes != p.ICS23.Size() {
		t.Fatalf("SizeOf = %+v for %d steps", sz, len(e.Path))
	}
	p, _ = s.Prove(testOwner(1000), plasma.ETH)
	nz := SizeOf(p.ICS23)
	if ne := p.ICS23.GetNonexist(); nz.Steps != len(ne.GetLeft().GetPath())+len(ne.GetRight().GetPath()) {
		t.Fatalf("SizeOf(non-membership) = %+v", nz)
	}
}
