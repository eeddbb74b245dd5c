package avl

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/cosmos/iavl"
	idb "github.com/cosmos/iavl/db"
	ics23 "github.com/cosmos/ics23/go"
	"github.com/ethereum/go-ethereum/common"
)

var trace = false

func testOwner(i int) common.Address {
	var a common.Address
	binary.BigEndian.PutUint64(a[12:], uint64(i)*7919+1)
	a[0] = byte(i) // spreads keys over the whole key space
	return a
}

var testTokens = []common.Address{plasma.ETH, common.HexToAddress("0x00000000000000000000000000000000000000e2")}

func randLeaf(rng *rand.Rand) plasma.Leaf {
	var l plasma.Leaf
	l.Balance.SetUint64(rng.Uint64())
	if rng.IntN(4) == 0 {
		l.Balance.Lsh(&l.Balance, 150)
	}
	l.Nonce = rng.Uint64N(plasma.MaxNonce)
	l.Spent.SetUint64(rng.Uint64N(1000))
	return l
}

func mustOpen(t *testing.T, opts Options) *Ledger {
	t.Helper()
	l, err := Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// checkProof verifies p against root with ics23 and the expected value
// (nil: absent).
func checkProof(t *testing.T, root common.Hash, key, want []byte, p *Proof) {
	t.Helper()
	if !bytes.Equal(p.Key, key) || !bytes.Equal(p.Value, want) || p.Exists != (want != nil) {
		t.Fatalf("proof of %x: key %x value %x exists %v; want value %x", key, p.Key, p.Value, p.Exists, want)
	}
	if want != nil {
		if !ics23.VerifyMembership(ics23.IavlSpec, root[:], p.ICS23, key, want) {
			t.Fatalf("membership proof of %x does not verify against %x", key, root)
		}
		bad := bytes.Clone(want)
		bad[71] ^= 1
		if ics23.VerifyMembership(ics23.IavlSpec, root[:], p.ICS23, key, bad) {
			t.Fatalf("membership proof of %x verifies a wrong value", key)
		}
		return
	}
	ne := p.ICS23.GetNonexist()
	if ne == nil {
		t.Fatalf("proof of absent %x is not a non-membership proof", key)
	}
	if root == EmptyRoot {
		if ne.Left != nil || ne.Right != nil {
			t.Fatalf("empty tree: non-membership proof has neighbours")
		}
		return
	}
	if !ics23.VerifyNonMembership(ics23.IavlSpec, root[:], p.ICS23, key) {
		t.Fatalf("non-membership proof of %x does not verify against %x", key, root)
	}
}

// ledgerModel is the plain-map model of a ledger plus an in-memory iavl tree
// replaying the same sets, which gives the roots independently of the
// on-disk ledger's history of reopens, rewinds and pruning.
type ledgerModel struct {
	t        *testing.T
	working  map[string][]byte
	versions []map[string][]byte // index = version; [0] is the empty tree
	roots    []common.Hash
	sets     [][][2][]byte // sets of each version, for replays
	pending  [][2][]byte
	ref      *iavl.MutableTree
	first    int64 // expected oldest retained version (0: none saved)
}

func newModel(t *testing.T) *ledgerModel {
	m := &ledgerModel{t: t, working: map[string][]byte{}}
	m.versions = []map[string][]byte{{}}
	m.roots = []common.Hash{EmptyRoot}
	m.sets = [][][2][]byte{nil}
	m.replay(0)
	return m
}

func (m *ledgerModel) latest() int64 { return int64(len(m.versions) - 1) }

// replay rebuilds the reference tree from the recorded sets up to version v.
func (m *ledgerModel) replay(v int64) {
	m.ref = iavl.NewMutableTree(idb.NewMemDB(), 0, true, iavl.NewNopLogger())
	for i := int64(1); i <= v; i++ {
		for _, kv := range m.sets[i] {
			if _, err := m.ref.Set(kv[0], kv[1]); err != nil {
				m.t.Fatal(err)
			}
		}
		h, _, err := m.ref.SaveVersion()
		if err != nil {
			m.t.Fatal(err)
		}
		if common.BytesToHash(h) != m.roots[i] {
			m.t.Fatalf("replay of version %d gives root %x, recorded %x", i, h, m.roots[i])
		}
	}
}

func (m *ledgerModel) set(k, v []byte) {
	m.working[string(k)] = v
	m.pending = append(m.pending, [2][]byte{k, v})
}

func (m *ledgerModel) saved(version int64, root common.Hash) {
	for _, kv := range m.pending {
		if _, err := m.ref.Set(kv[0], kv[1]); err != nil {
			m.t.Fatal(err)
		}
	}
	h, rv, err := m.ref.SaveVersion()
	if err != nil {
		m.t.Fatal(err)
	}
	if version != m.latest()+1 || rv != version {
		m.t.Fatalf("Save returned version %d, want %d", version, m.latest()+1)
	}
	if common.BytesToHash(h) != root {
		m.t.Fatalf("version %d: root %x, reference replay %x", version, root, h)
	}
	m.versions = append(m.versions, maps.Clone(m.working))
	m.roots = append(m.roots, root)
	m.sets = append(m.sets, m.pending)
	m.pending = nil
	if m.first == 0 {
		m.first = version
	}
}

func (m *ledgerModel) rewind(v int64) {
	m.versions, m.roots, m.sets = m.versions[:v+1], m.roots[:v+1], m.sets[:v+1]
	m.working = maps.Clone(m.versions[v])
	m.pending = nil
	if v == 0 {
		m.first = 0
	}
	m.replay(v)
}

// discard drops unsaved sets, as reopening does.
func (m *ledgerModel) discard() {
	m.working = maps.Clone(m.versions[m.latest()])
	m.pending = nil
}

type heldSnapshot struct {
	s       *Snapshot
	version int64
	root    common.Hash
	dropped bool // a rewind went below it: reads must fail
}

func TestLedgerRandomAgainstModel(t *testing.T) {
	for seed := uint64(1); seed <= 4; seed++ {
		keep := []int64{0, 3, 1, 6}[seed-1]
		backend := []string{BackendGoLevelDB, BackendPebble}[seed%2]
		t.Run(fmt.Sprintf("seed=%d/keep=%d/%s", seed, keep, backend), func(t *testing.T) {
			testLedgerRandom(t, seed, keep, backend, 800)
		})
	}
}

func testLedgerRandom(t *testing.T, seed uint64, keep int64, backend string, steps int) {
	rng := rand.New(rand.NewPCG(seed, seed*31))
	opts := Options{Dir: t.TempDir(), Backend: backend, CacheSize: 500 + rng.IntN(5000), KeepRecent: keep}
	l := mustOpen(t, opts)
	defer func() { l.Close() }()
	m := newModel(t)
	var held []heldSnapshot

	randKey := func() (common.Address, common.Address) {
		return testOwner(rng.IntN(40)), testTokens[rng.IntN(len(testTokens))]
	}
	// expectPrune applies the pruning rule to the model after a save.
	expectPrune := func() {
		if keep == 0 {
			return
		}
		to := m.latest() - keep - 1
		for _, h := range held {
			if !h.dropped {
				to = min(to, h.version-1)
			}
		}
		if to >= m.first {
			m.first = to + 1
		}
	}
	checkSnapshot := func(v int64, s *Snapshot, dropped bool) {
		t.Helper()
		owner, token := randKey()
		if dropped {
			if _, _, err := s.Get(owner, token); err == nil {
				t.Fatalf("snapshot of version %d read after a rewind dropped it", v)
			}
			if _, err := s.Prove(owner, token); err == nil {
				t.Fatalf("snapshot of version %d proved after a rewind dropped it", v)
			}
			return
		}
		if s.Version() != v || s.Root() != m.roots[v] {
			t.Fatalf("snapshot %d: version %d root %x, want root %x", v, s.Version(), s.Root(), m.roots[v])
		}
		for i := 0; i < 3; i++ {
			owner, token := randKey()
			key := EncodeKey(owner, token)
			want := m.versions[v][string(key)]
			leaf, exists, err := s.Get(owner, token)
			if err != nil {
				t.Fatal(err)
			}
			if exists != (want != nil) || (want != nil && !bytes.Equal(EncodeLeaf(&leaf), want)) || (want == nil && !leaf.IsZero()) {
				t.Fatalf("version %d: Get(%x) = %+v %v, want %x", v, key, leaf, exists, want)
			}
			p, err := s.Prove(owner, token)
			if err != nil {
				t.Fatal(err)
			}
			checkProof(t, m.roots[v], key, want, p)
		}
	}

	for step := 0; step < steps; step++ {
		r := rng.IntN(100)
		if trace {
			t.Logf("step %d op %d versions %d…%d held %d", step, r, m.first, m.latest(), len(held))
		}
		switch {
		case r < 48: // set
			owner, token := randKey()
			leaf := randLeaf(rng)
			if err := l.Set(owner, token, leaf); err != nil {
				t.Fatal(err)
			}
			m.set(EncodeKey(owner, token), EncodeLeaf(&leaf))
		case r < 54: // working-state read
			owner, token := randKey()
			leaf, err := l.Get(owner, token)
			if err != nil {
				t.Fatal(err)
			}
			want := m.working[string(EncodeKey(owner, token))]
			if (want == nil && !leaf.IsZero()) || (want != nil && !bytes.Equal(EncodeLeaf(&leaf), want)) {
				t.Fatalf("step %d: working Get = %+v, want %x", step, leaf, want)
			}
		case r < 70: // save
			v, root, err := l.Save()
			if err != nil {
				t.Fatal(err)
			}
			m.saved(v, root)
			expectPrune()
		case r < 82: // read a random version: retained ones open, pruned ones do not
			v := rng.Int64N(m.latest() + 1)
			s, err := l.Snapshot(v)
			retained := v == 0 || v >= m.first
			if retained != (err == nil) {
				t.Fatalf("step %d: Snapshot(%d) error %v; oldest retained %d, latest %d", step, v, err, m.first, m.latest())
			}
			if err != nil {
				if plasma.ErrorCode(err) != plasma.ENOTFOUND {
					t.Fatalf("Snapshot of a pruned version: %v, want ENOTFOUND", err)
				}
				continue
			}
			checkSnapshot(v, s, false)
			if rng.IntN(3) == 0 && v > 0 {
				held = append(held, heldSnapshot{s: s, version: v, root: s.Root()})
			} else {
				s.Close()
			}
		case r < 88: // check and maybe release a held snapshot
			if len(held) == 0 {
				continue
			}
			i := rng.IntN(len(held))
			checkSnapshot(held[i].version, held[i].s, held[i].dropped)
			if rng.IntN(2) == 0 {
				held[i].s.Close()
				if _, _, err := held[i].s.Get(randKey()); err == nil {
					t.Fatal("closed snapshot still reads")
				}
				held = slices.Delete(held, i, i+1)
			}
		case r < 90: // rewind, mostly a few versions back
			var v int64
			if m.latest() > 0 && rng.IntN(8) != 0 {
				v = max(m.first, m.latest()-rng.Int64N(4))
			}
			if err := l.Rewind(v); err != nil {
				t.Fatalf("step %d: Rewind(%d): %v", step, v, err)
			}
			m.rewind(v)
			for i := range held {
				if held[i].version > v {
					held[i].dropped = true
				}
			}
			if l.Version() != v {
				t.Fatalf("after Rewind(%d) Version() = %d", v, l.Version())
			}
		case r < 93: // close and reopen
			if err := l.Close(); err != nil {
				t.Fatal(err)
			}
			for _, h := range held {
				if _, _, err := h.s.Get(randKey()); err == nil {
					t.Fatal("snapshot reads after its ledger closed")
				}
			}
			held = nil
			l = mustOpen(t, opts)
			m.discard()
			if l.Version() != m.latest() || l.OldestVersion() != m.first {
				t.Fatalf("reopened at versions %d…%d, want %d…%d", l.OldestVersion(), l.Version(), m.first, m.latest())
			}
		default: // errors that must leave the ledger unchanged
			if err := l.Rewind(m.latest() + 1); err == nil {
				t.Fatal("Rewind past the latest version succeeded")
			}
			if err := l.Rewind(-1); err == nil {
				t.Fatal("Rewind(-1) succeeded")
			}
			if m.first > 1 {
				if err := l.Rewind(m.first - 1); plasma.ErrorCode(err) != plasma.ENOTFOUND {
					t.Fatalf("Rewind to a pruned version: %v, want ENOTFOUND", err)
				}
			}
			if _, err := l.Snapshot(m.latest() + 1); plasma.ErrorCode(err) != plasma.ENOTFOUND {
				t.Fatalf("Snapshot of a future version: %v", err)
			}
			owner, token := randKey()
			if err := l.Set(owner, token, plasma.Leaf{Nonce: plasma.MaxNonce}); plasma.ErrorCode(err) != plasma.EINVALID {
				t.Fatalf("Set with nonce 2^63: %v, want EINVALID", err)
			}
		}
		if l.Version() != m.latest() || l.OldestVersion() != m.first {
			t.Fatalf("step %d: ledger versions %d…%d, model %d…%d", step, l.OldestVersion(), l.Version(), m.first, m.latest())
		}
	}
	// Every retained version still reads and proves; the unsaved working
	// state matches too.
	for v := m.first; v <= m.latest(); v++ {
		if v == 0 {
			continue
		}
		s, err := l.Snapshot(v)
		if err != nil {
			t.Fatal(err)
		}
		for k, want := range m.versions[v] {
			owner, token, _ := DecodeKey([]byte(k))
			p, err := s.Prove(owner, token)
			if err != nil {
				t.Fatal(err)
			}
			checkProof(t, m.roots[v], []byte(k), want, p)
		}
		checkIterate(t, s, m.versions[v], testOwner(int(v)%40))
		s.Close()
	}
	if n, err := l.WarmCache(); err != nil || n != len(m.working) {
		t.Fatalf("WarmCache = %d, %v; want %d leaves", n, err, len(m.working))
	}
	for k, want := range m.working {
		owner, token, _ := DecodeKey([]byte(k))
		leaf, err := l.Get(owner, token)
		if err != nil || !bytes.Equal(EncodeLeaf(&leaf), want) {
			t.Fatalf("working Get(%x) = %+v %v, want %x", k, leaf, err, want)
		}
	}
	t.Logf("%d versions, retained %d…%d", m.latest(), m.first, m.latest())
}

// checkIterate compares Size and Iterate, whole and for one owner, with
// the model state st.
func checkIterate(t *testing.T, s *Snapshot, st map[string][]byte, owner common.Address) {
	t.Helper()
	if s.Size() != int64(len(st)) {
		t.Fatalf("version %d: Size %d, want %d", s.Version(), s.Size(), len(st))
	}
	keys := slices.Sorted(maps.Keys(st))
	var got []string
	err := s.Iterate(nil, func(o, tk common.Address, leaf plasma.Leaf) bool {
		k := string(EncodeKey(o, tk))
		if !bytes.Equal(st[k], EncodeLeaf(&leaf)) {
			t.Fatalf("Iterate: leaf of %x is %+v, want %x", k, leaf, st[k])
		}
		got = append(got, k)
		return true
	})
	if err != nil || !slices.Equal(got, keys) {
		t.Fatalf("Iterate visited %d keys (%v), want %d", len(got), err, len(keys))
	}
	var mine []string
	for _, k := range keys {
		if o, _, _ := DecodeKey([]byte(k)); o == owner {
			mine = append(mine, k)
		}
	}
	got = nil
	if err := s.Iterate(&owner, func(o, tk common.Address, _ plasma.Leaf) bool {
		got = append(got, string(EncodeKey(o, tk)))
		return true
	}); err != nil || !slices.Equal(got, mine) {
		t.Fatalf("Iterate(owner %x) = %x (%v), want %x", owner, got, err, mine)
	}
	if len(keys) > 1 {
		n := 0
		s.Iterate(nil, func(common.Address, common.Address, plasma.Leaf) bool { n++; return false })
		if n != 1 {
			t.Fatalf("Iterate went on after fn returned false: %d calls", n)
		}
	}
}

func TestNextOwnerKey(t *testing.T) {
	var ones common.Address
	for i := range ones {
		ones[i] = 0xff
	}
	if k := nextOwnerKey(ones); !bytes.Equal(k, []byte{0x02}) {
		t.Fatalf("nextOwnerKey(ff…ff) = %x", k)
	}
	o := common.HexToAddress("0x00000000000000000000000000000000000001ff")
	if k := nextOwnerKey(o); !bytes.Equal(k, append([]byte{1}, common.HexToAddress("0x0000000000000000000000000000000000000200").Bytes()...)) {
		t.Fatalf("nextOwnerKey(…01ff) = %x", k)
	}
}

func TestEmptyLedger(t *testing.T) {
	dir := t.TempDir()
	l := mustOpen(t, Options{Dir: dir})
	defer l.Close()
	if l.Version() != 0 || l.OldestVersion() != 0 {
		t.Fatalf("fresh ledger at %d…%d", l.OldestVersion(), l.Version())
	}
	owner, token := testOwner(1), plasma.ETH
	s, err := l.Snapshot(0)
	if err != nil {
		t.Fatal(err)
	}
	if s.Root() != EmptyRoot || s.Version() != 0 {
		t.Fatalf("version 0: root %x version %d", s.Root(), s.Version())
	}
	if EmptyRoot != common.HexToHash("0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855") {
		t.Fatal("EmptyRoot is not sha256(\"\")")
	}
	if leaf, exists, err := s.Get(owner, token); err != nil || exists || !leaf.IsZero() {
		t.Fatalf("empty Get = %+v %v %v", leaf, exists, err)
	}
	p, err := s.Prove(owner, token)
	if err != nil {
		t.Fatal(err)
	}
	checkProof(t, EmptyRoot, EncodeKey(owner, token), nil, p)
	if _, err := l.Snapshot(1); plasma.ErrorCode(err) != plasma.ENOTFOUND {
		t.Fatalf("Snapshot(1) of a fresh ledger: %v", err)
	}

	// Saving nothing gives version 1, still the empty tree.
	v, root, err := l.Save()
	if err != nil || v != 1 || root != EmptyRoot {
		t.Fatalf("Save of empty tree = %d %x %v", v, root, err)
	}
	s1, err := l.Snapshot(1)
	if err != nil || s1.Root() != EmptyRoot {
		t.Fatalf("Snapshot(1) = %v, %v", s1, err)
	}
	p, err = s1.Prove(owner, token)
	if err != nil {
		t.Fatal(err)
	}
	checkProof(t, EmptyRoot, EncodeKey(owner, token), nil, p)

	// One leaf, then Rewind(0) empties the ledger durably.
	var leaf plasma.Leaf
	leaf.Balance.SetUint64(5)
	if err := l.Set(owner, token, leaf); err != nil {
		t.Fatal(err)
	}
	if v, root, err = l.Save(); err != nil || v != 2 || root == EmptyRoot {
		t.Fatalf("Save = %d %x %v", v, root, err)
	}
	if err := l.Rewind(0); err != nil {
		t.Fatal(err)
	}
	l.Close()
	l = mustOpen(t, Options{Dir: dir})
	if l.Version() != 0 {
		t.Fatalf("after Rewind(0) and reopen: version %d", l.Version())
	}
	if got, _ := l.Get(owner, token); !got.IsZero() {
		t.Fatalf("after Rewind(0): leaf %+v", got)
	}
}

func TestOpenErrors(t *testing.T) {
	if _, err := Open(Options{Dir: t.TempDir(), Backend: "boltdb"}); err == nil {
		t.Error("unknown backend accepted")
	}
	if _, err := Open(Options{}); err == nil {
		t.Error("empty Dir accepted")
	}
	if _, err := Open(Options{Dir: t.TempDir(), KeepRecent: -1}); err == nil {
		t.Error("negative KeepRecent accepted")
	}
}
