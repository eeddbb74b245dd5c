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

	// Prefetched leaves stand for the base only if read from the current
	// base; a read through them under a credit adds the credit once.
	cur2 := newOverlay(below, 4)
	fromSnap := &prefetched{n: 1, keys: [2]plasma.AccountKey{k}, leaves: [2]plasma.Leaf{{Balance: u(10), Nonce: 2}}, exists: [2]bool{true}, gen: 7, snap: base}
	if use := hintUse(fromSnap, base, 7); use != hintValid {
		t.Fatalf("read of the current base: %d", use)
	}
	if use := hintUse(fromSnap, base, 8); use != hintStale {
		t.Fatalf("read from an older base generation not stale: %d", use)
	}
	if use := hintUse(fromSnap, &mapReader{}, 7); use != hintStale {
		t.Fatalf("read of another base not stale: %d", use)
	}
	got, _ = get(cur2, hinted{base, fromSnap}, k)
	if got.leaf.Balance.Uint64() != 15 {
		t.Fatalf("hint under a credit: balance %s, want 15", got.leaf.Balance.Dec())
	}
}
