package operator

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	plasma "github.com/avlplasma/avlplasma"
)

// entry is one leaf in an overlay: read (cached) or written by the block.
// A leaf that has so far only received credits (a recipient, the fee leaf)
// need not be read at all: while known is false, leaf.Balance holds the sum
// of the credits, to be added to the value below when the value is needed
// (the leaf sends, an operation applies to it, or the sealer writes it).
type entry struct {
	leaf    plasma.Leaf
	known   bool // leaf is the value, not credits
	existed bool // known entries: in the tree at the previous version
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

// prefetched holds leaves (the sender's) read from the base snapshot snap
// before taking the sequencer's lock, so that the locked
// section does no tree reads; gen is the base generation when they were read.
type prefetched struct {
	n      int
	keys   [2]plasma.AccountKey
	leaves [2]plasma.Leaf
	exists [2]bool
	gen    uint64
	snap   leafReader
}

func (p *prefetched) find(k plasma.AccountKey) int {
	for i := 0; i < p.n; i++ {
		if p.keys[i] == k {
			return i
		}
	}
	return -1
}

// hinted reads the prefetched leaves (when still valid, see hintUse).
type hinted struct {
	leafReader
	pre *prefetched
}

func (h hinted) Get(owner, token common.Address) (plasma.Leaf, bool, error) {
	if i := h.pre.find(plasma.AccountKey{Owner: owner, Token: token}); i >= 0 {
		return h.pre.leaves[i], h.pre.exists[i], nil
	}
	return h.leafReader.Get(owner, token)
}

// get returns the entry of k in o with its value known, reading through the
// overlays below and the base on first use. Callers hold the sequencer's
// lock.
func get(o *overlay, base leafReader, k plasma.AccountKey) (*entry, error) {
	e := o.leaves[k]
	if e != nil && e.known {
		return e, nil
	}
	under, existed, err := valueBelow(o, base, k)
	if err != nil {
		return nil, err
	}
	if e == nil {
		e = &entry{leaf: under, known: true, existed: existed}
		o.leaves[k] = e
		return e, nil
	}
	credits := e.leaf.Balance
	e.leaf = under
	addCredit(&e.leaf, &credits)
	e.known, e.existed = true, existed
	return e, nil
}

// valueBelow is the value of k under overlay o.
func valueBelow(o *overlay, base leafReader, k plasma.AccountKey) (plasma.Leaf, bool, error) {
	for b := o.below; b != nil; b = b.below {
		if be := b.leaves[k]; be != nil {
			if be.known {
				return be.leaf, be.existed || be.written, nil
			}
			under, existed, err := valueBelow(b, base, k)
			if err != nil {
				return plasma.Leaf{}, false, err
			}
			addCredit(&under, &be.leaf.Balance)
			return under, existed || be.written, nil
		}
	}
	return base.Get(k.Owner, k.Token)
}

// addCredit adds credits to a leaf's balance, saturating like a deposit
// (the contract's liabilities keep real sums far below 2^256).
func addCredit(l *plasma.Leaf, credits *uint256.Int) {
	if _, overflow := l.Balance.AddOverflow(&l.Balance, credits); overflow {
		l.Balance.SetAllOne()
	}
}

// entryFor returns the entry of k in o, known or not (for a credit).
func entryFor(o *overlay, k plasma.AccountKey) *entry {
	e := o.leaves[k]
	if e == nil {
		e = &entry{}
		o.leaves[k] = e
	}
	return e
}

// applyTransfer applies a transfer that passed CheckTransfer against its
// sender's entry in o. The recipient and fee leaves only receive credits, so
// they are not read.
func applyTransfer(o *overlay, base leafReader, t *plasma.Transfer, operator common.Address) error {
	keys := plasma.TransferTouches(t, operator)
	from, err := get(o, base, keys[0])
	if err != nil {
		return err
	}
	to, fee := entryFor(o, keys[1]), entryFor(o, keys[2])
	plasma.ApplyTransfer(t, &from.leaf, &to.leaf, &fee.leaf)
	o.touch(keys[0], from)
	o.touch(keys[1], to)
	o.touch(keys[2], fee)
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
