package operator

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	plasma "github.com/avlplasma/avlplasma"
)

type mapReader struct {
	m map[plasma.AccountKey]plasma.Leaf
}

func (r *mapReader) Get(owner, token common.Address) (plasma.Leaf, bool, error) {
	l, ok := r.m[plasma.AccountKey{Owner: owner, Token: token}]
	return l, ok, nil
}

// Reading through the overlays: credits-only entries add to the value below
// them, and a leaf read from the working tree is not used as the base value
// of a leaf the block being saved credits (that read may already hold the
// credits).
func TestOverlayReadsAndHints(t *testing.T) {
	k := plasma.AccountKey{Owner: testOperator, Token: plasma.ETH}
	base := &mapReader{map[plasma.AccountKey]plasma.Leaf{k: {Balance: u(10), Nonce: 2}}}
	below := newOverlay(nil, 4)
	e := entryFor(below, k)
	e.leaf.Balance = u(5) // credits in the block being saved
	below.touch(k, e)
	cur := newOverlay(below, 4)
	got, err := get(cur, base, k)
	if err != nil || got.leaf.Balance.Uint64() != 15 || got.leaf.Nonce != 2 || !got.existed {
		t.Fatalf("read through a credit: %+v %v", got, err)
	}

	// The sealer has written 15 to the working tree; a prefetch read it.
	fromTree := &prefetched{key: k, leaf: plasma.Leaf{Balance: u(15), Nonce: 2}, exists: true, gen: 7}
	cur2 := newOverlay(below, 4)
	if use := hintUse(fromTree, cur2, base, 7); use != hintNone {
		t.Fatalf("working-tree read used under a credit entry: %d", use)
	}
	if use := hintUse(fromTree, cur2, base, 8); use != hintStale {
		t.Fatalf("read from an older base generation not stale: %d", use)
	}
	other := &prefetched{key: plasma.AccountKey{Owner: testToken}, gen: 7}
	if use := hintUse(other, cur2, base, 7); use != hintValid {
		t.Fatalf("unrelated key: %d", use)
	}
	fromSnap := &prefetched{key: k, leaf: plasma.Leaf{Balance: u(10), Nonce: 2}, exists: true, gen: 7, snap: base}
	if use := hintUse(fromSnap, cur2, base, 7); use != hintValid {
		t.Fatalf("snapshot read of the current base: %d", use)
	}
	got, _ = get(cur2, hinted{base, fromSnap}, k)
	if got.leaf.Balance.Uint64() != 15 {
		t.Fatalf("snapshot hint under a credit: balance %s, want 15", got.leaf.Balance.Dec())
	}
	if use := hintUse(fromSnap, cur2, &mapReader{}, 7); use != hintStale {
		t.Fatalf("snapshot read of another base not stale: %d", use)
	}
}
