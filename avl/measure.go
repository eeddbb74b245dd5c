package avl

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/cosmos/iavl"
	ics23 "github.com/cosmos/ics23/go"
	"github.com/ethereum/go-ethereum/common"
)

// BulkLoad creates a ledger in opts.Dir (which must hold no saved version)
// whose version 1 holds the n leaves gen returns, and returns it open.
//
// It builds a perfectly balanced tree and writes it through iavl's importer,
// far faster than n Sets (doc.go has the numbers). The tree's shape, hence
// its root, differs from the one the same leaves inserted by Set would give,
// so a replica can only follow such a ledger from a copy of it: BulkLoad is
// for benchmarks and tests. Keys must be distinct. If BulkLoad fails or is
// interrupted, delete opts.Dir.
func BulkLoad(opts Options, n int, gen func(i int) (owner, token common.Address, leaf plasma.Leaf)) (*Ledger, error) {
	l, err := Open(opts)
	if err != nil {
		return nil, err
	}
	if err := l.bulkLoad(n, gen); err != nil {
		l.Close()
		return nil, err
	}
	return l, nil
}

func (l *Ledger) bulkLoad(n int, gen func(i int) (owner, token common.Address, leaf plasma.Leaf)) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.Version() != 0 || l.first != 0 {
		return fmt.Errorf("avl: bulk load needs an empty ledger, found version %d", l.Version())
	}
	type entry struct{ k, v []byte }
	entries := make([]entry, n)
	for i := range entries {
		owner, token, leaf := gen(i)
		if leaf.Nonce >= plasma.MaxNonce {
			return fmt.Errorf("avl: bulk load: leaf %d nonce %d is not below 2^63", i, leaf.Nonce)
		}
		entries[i] = entry{EncodeKey(owner, token), EncodeLeaf(&leaf)}
	}
	slices.SortFunc(entries, func(a, b entry) int { return bytes.Compare(a.k, b.k) })
	for i := 1; i < n; i++ {
		if bytes.Equal(entries[i-1].k, entries[i].k) {
			return fmt.Errorf("avl: bulk load: key %x appears twice", entries[i].k)
		}
	}

	const version = 1
	imp, err := l.tree.Import(version)
	if err != nil {
		return fmt.Errorf("avl: bulk load: %w", err)
	}
	defer imp.Close()
	// Post-order over a split into halves that differ by at most one leaf:
	// sibling heights then differ by at most one, as AVL requires. An inner
	// node's key is the smallest key of its right subtree (iavl's rule).
	var emit func(lo, hi int) (int8, error)
	emit = func(lo, hi int) (int8, error) {
		if hi-lo == 1 {
			return 0, imp.Add(&iavl.ExportNode{Key: entries[lo].k, Value: entries[lo].v, Version: version})
		}
		mid := lo + (hi-lo+1)/2
		hl, err := emit(lo, mid)
		if err != nil {
			return 0, err
		}
		hr, err := emit(mid, hi)
		if err != nil {
			return 0, err
		}
		h := max(hl, hr) + 1
		return h, imp.Add(&iavl.ExportNode{Key: entries[mid].k, Version: version, Height: h})
	}
	if n > 0 {
		if _, err := emit(0, n); err != nil {
			return fmt.Errorf("avl: bulk load: %w", err)
		}
	}
	if err := imp.Commit(); err != nil { // fsyncs the last batch
		return fmt.Errorf("avl: bulk load: %w", err)
	}
	l.smu.Lock()
	defer l.smu.Unlock()
	return l.load()
}

// MeasureSetsPerSecond measures the ledger's update throughput on the
// backend and cache of opts, in dir (which must be empty): it bulk-loads
// prefill random accounts, reopens the ledger, fills its cache (WarmCache
// and two untimed versions), then
// times sets raw updates of random existing accounts (a Set of a new value,
// as the sequencer writes a block's leaves: it knows their values without
// reading the tree) with a Save after every perVersion of them, pruning as
// opts.KeepRecent says. It returns sets per second, Saves included.
func MeasureSetsPerSecond(dir string, opts Options, prefill, sets, perVersion int) (float64, error) {
	if prefill < 1 || sets < 1 || perVersion < 1 {
		return 0, fmt.Errorf("avl: measure: prefill, sets and perVersion must be positive")
	}
	opts.Dir = dir
	rng := rand.New(rand.NewPCG(1, 2))
	l, err := BulkLoad(opts, prefill, func(i int) (common.Address, common.Address, plasma.Leaf) {
		return SyntheticOwner(i), plasma.ETH, plasma.Leaf{Nonce: 1}
	})
	if err != nil {
		return 0, err
	}
	// Reopen so that the cache is sized from the tree, and fill it as a
	// long-running sequencer has it.
	if err := l.Close(); err != nil {
		return 0, err
	}
	if l, err = Open(opts); err != nil {
		return 0, err
	}
	defer l.Close()
	if _, err := l.WarmCache(); err != nil {
		return 0, err
	}
	var nonce uint64 = 1
	update := func(n int) error {
		for i := 0; i < n; i++ {
			owner := SyntheticOwner(rng.IntN(prefill))
			nonce++
			if err := l.Set(owner, plasma.ETH, plasma.Leaf{Nonce: nonce}); err != nil {
				return err
			}
			if (i+1)%perVersion == 0 || i == n-1 {
				if _, _, err := l.Save(); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := update(2 * perVersion); err != nil {
		return 0, err
	}
	start := time.Now()
	if err := update(sets); err != nil {
		return 0, err
	}
	return float64(sets) / time.Since(start).Seconds(), nil
}

// SyntheticOwner is the owner address of synthetic account i: 20 bytes
// derived from i by a fixed mixing function, so benchmarks can name any of a
// million accounts without storing them.
func SyntheticOwner(i int) common.Address {
	var a common.Address
	x := uint64(i)
	for j := 0; j < 3; j++ {
		// splitmix64 steps: adjacent i give unrelated, uniformly spread keys.
		x += 0x9e3779b97f4a7c15
		z := x
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		z ^= z >> 31
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], z)
		copy(a[j*8:], b[:])
	}
	return a
}

// ProofSize describes a proof's size.
type ProofSize struct {
	// ProtoBytes is the ICS23 CommitmentProof's protobuf encoding.
	ProtoBytes int
	// Steps counts inner nodes on the path (both paths for non-membership).
	Steps int
	// PackedBytes is the size of the packed on-chain form of PROTOCOL §7:
	// 1 + len(leafPrefix) + Σ(1 + len(hdr) + 1 + 32) per existence proof,
	// summed over both neighbours for non-membership (without the ABI
	// framing of the pair).
	PackedBytes int
}

// SizeOf measures p.
func SizeOf(p *ics23.CommitmentProof) ProofSize {
	s := ProofSize{ProtoBytes: p.Size()}
	add := func(e *ics23.ExistenceProof) {
		if e == nil {
			return
		}
		s.Steps += len(e.Path)
		s.PackedBytes += 1 + len(e.GetLeaf().GetPrefix())
		for _, op := range e.Path {
			hdr := len(op.Prefix) - 1 // hdr ‖ 0x20
			if len(op.Suffix) == 0 {
				hdr -= 1 + 32 // hdr ‖ 0x20 ‖ left ‖ 0x20
			}
			s.PackedBytes += 1 + hdr + 1 + 32
		}
	}
	if e := p.GetExist(); e != nil {
		add(e)
	} else if ne := p.GetNonexist(); ne != nil {
		add(ne.Left)
		add(ne.Right)
	}
	return s
}
