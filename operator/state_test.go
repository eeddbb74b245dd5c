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

	// A prefetched recipient becomes a known entry, unless the block below
	// holds it (then it takes credits).
	alice, bob := testKey(1), testKey(2)
	tx := signed(alice, addrOf(bob), plasma.ETH, 3, 1, 0, 0, testNow+7200)
	fk, tk := plasma.AccountKey{Owner: addrOf(alice), Token: plasma.ETH}, plasma.AccountKey{Owner: addrOf(bob), Token: plasma.ETH}
	base.m[fk] = plasma.Leaf{Balance: u(100)}
	pre := &prefetched{n: 2, keys: [2]plasma.AccountKey{fk, tk}, leaves: [2]plasma.Leaf{{Balance: u(100)}, {Balance: u(7), Nonce: 4}}, exists: [2]bool{true, true}, gen: 1, snap: base}
	o := newOverlay(nil, 4)
	if err := applyTransfer(o, hinted{base, pre}, tx, testOperator); err != nil {
		t.Fatal(err)
	}
	if e := o.leaves[tk]; !e.known || e.leaf.Balance.Uint64() != 10 || e.leaf.Nonce != 4 || !e.existed {
		t.Fatalf("prefetched recipient: %+v", e)
	}
	if e := o.leaves[fk]; e.leaf.Balance.Uint64() != 96 || e.leaf.Nonce != 1 {
		t.Fatalf("sender: %+v", e)
	}
	below2 := newOverlay(nil, 4)
	entryFor(below2, tk).leaf.Balance = u(1)
	o2 := newOverlay(below2, 4)
	if err := applyTransfer(o2, hinted{base, pre}, tx, testOperator); err != nil {
		t.Fatal(err)
	}
	if e := o2.leaves[tk]; e.known || e.leaf.Balance.Uint64() != 3 {
		t.Fatalf("recipient credited below: %+v", e)
	}
}
