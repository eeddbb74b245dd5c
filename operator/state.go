package operator

import (
	"github.com/ethereum/go-ethereum/common"

	plasma "github.com/avlplasma/avlplasma"
)

// entry is one leaf in an overlay: read (cached) or written by the block.
type entry struct {
	leaf    plasma.Leaf
	existed bool // in the tree at the previous version
	written bool // touched by the block: written to the tree at sealing
}

// overlay is the working state of one block over the version below it: the
// leaves the block read or wrote, and the transfers it holds. Each leaf is
// written to the tree once per block with its final value, in first-touch
// order (plasma.TransferTouches), however many transfers touch it.
type overlay struct {
	below  *overlay // the block being saved, whose state is not in the tree yet; nil = the base snapshot
	leaves map[plasma.AccountKey]*entry
	order  []plasma.AccountKey // written leaves, in first-touch order
	txs    []*pendingTx        // accepted, in order
	drops  []*pendingTx        // accepted earlier, found invalid when re-checked; recorded with the next block
}

func newOverlay(below *overlay, sizeHint int) *overlay {
	return &overlay{below: below, leaves: make(map[plasma.AccountKey]*entry, sizeHint)}
}

// touch marks e (the entry of k) written by the block.
func (o *overlay) touch(k plasma.AccountKey, e *entry) {
	if !e.written {
		e.written = true
		o.order = append(o.order, k)
	}
}

// pendingTx is an accepted transfer not yet resolved in the block store.
type pendingTx struct {
	t     plasma.Transfer
	hash  common.Hash // EIP-712 digest
	leaf  common.Hash // txRoot leaf
	seg   *segment    // accept-log segment holding its record
	batch *logBatch   // commit that made (or makes) it durable
}

// leafReader reads the state below all overlays: the latest stored version.
type leafReader interface {
	Get(owner, token common.Address) (plasma.Leaf, bool, error)
}

// prefetched holds leaves read from a base snapshot before taking the
// sequencer's lock, so that the locked section does no tree reads.
type prefetched struct {
	n      int
	keys   [2]plasma.AccountKey
	leaves [2]plasma.Leaf
	exists [2]bool
}

// hinted reads from the prefetched leaves when they are of the current base.
type hinted struct {
	leafReader
	pre *prefetched
}

func (h hinted) Get(owner, token common.Address) (plasma.Leaf, bool, error) {
	k := plasma.AccountKey{Owner: owner, Token: token}
	for i := 0; i < h.pre.n; i++ {
		if h.pre.keys[i] == k {
			return h.pre.leaves[i], h.pre.exists[i], nil
		}
	}
	return h.leafReader.Get(owner, token)
}

// get returns the entry of k in o, reading through the overlays below and
// the base on first use. Callers hold the sequencer's lock.
func get(o *overlay, base leafReader, k plasma.AccountKey) (*entry, error) {
	if e := o.leaves[k]; e != nil {
		return e, nil
	}
	e := &entry{}
	found := false
	for b := o.below; b != nil; b = b.below {
		if be := b.leaves[k]; be != nil {
			e.leaf, e.existed = be.leaf, be.existed || be.written
			found = true
			break
		}
	}
	if !found {
		leaf, exists, err := base.Get(k.Owner, k.Token)
		if err != nil {
			return nil, err
		}
		e.leaf, e.existed = leaf, exists
	}
	o.leaves[k] = e
	return e, nil
}

// applyTransfer applies a transfer that passed CheckTransfer against from
// (the entry of its sender in o).
func applyTransfer(o *overlay, base leafReader, t *plasma.Transfer, operator common.Address) error {
	keys := plasma.TransferTouches(t, operator)
	var es [3]*entry
	for i, k := range keys {
		e, err := get(o, base, k)
		if err != nil {
			return err
		}
		es[i] = e
	}
	plasma.ApplyTransfer(t, &es[0].leaf, &es[1].leaf, &es[2].leaf)
	for i, k := range keys {
		o.touch(k, es[i])
	}
	return nil
}

// applyOp applies an L1 operation to o and the lock counts.
func applyOp(o *overlay, base leafReader, locks map[plasma.AccountKey]uint32, op *plasma.Op) (shortfall bool, err error) {
	k := plasma.AccountKey{Owner: op.Owner, Token: op.Token}
	e, err := get(o, base, k)
	if err != nil {
		return false, err
	}
	n, shortfall := plasma.ApplyOp(&e.leaf, locks[k], op)
	if n == 0 {
		delete(locks, k)
	} else {
		locks[k] = n
	}
	o.touch(k, e)
	return shortfall, nil
}
