package avl

import (
	"bytes"
	"fmt"
	"runtime"
	"sync/atomic"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/cosmos/iavl"
	ics23 "github.com/cosmos/ics23/go"
	"github.com/ethereum/go-ethereum/common"
)

// Snapshot is a read-only view of one saved version. Its methods are safe
// for concurrent use, also while the ledger's writer Sets and Saves.
//
// While a Snapshot is reachable, pruning keeps its version; Close lets it
// go earlier (otherwise the garbage collector does). A Rewind below its
// version, or closing the ledger, makes its methods fail.
type Snapshot struct {
	l       *Ledger
	version int64
	root    common.Hash
	tree    *iavl.ImmutableTree // nil for the empty tree
	epoch   uint64
	pin     *pin
	done    atomic.Bool // Close was called
}

// Proof proves the value of Key at a snapshot's root: membership when
// Exists (Value is the encoded leaf), non-membership otherwise (Value nil).
// In an empty tree the non-membership proof has neither neighbour: it holds
// because the root is EmptyRoot.
type Proof struct {
	Key, Value []byte
	Exists     bool
	ICS23      *ics23.CommitmentProof
}

// Snapshot opens version for reading: 0 (the empty tree, always available)
// or a retained saved version.
func (l *Ledger) Snapshot(version int64) (*Snapshot, error) {
	if version == 0 {
		return &Snapshot{l: l, root: EmptyRoot}, nil
	}
	l.smu.RLock()
	defer l.smu.RUnlock()
	if l.closed {
		return nil, errClosed
	}
	l.vmu.Lock()
	if version < l.first || version > l.latest || l.first == 0 {
		first, latest := l.first, l.latest
		l.vmu.Unlock()
		return nil, plasma.Errorf(plasma.ENOTFOUND, "ledger version %d is not available (retained: %d…%d)", version, first, latest)
	}
	p := &pin{l: l, version: version}
	l.pins[p] = struct{}{}
	l.vmu.Unlock()

	t, err := l.reader.GetImmutable(version)
	if err != nil {
		p.release()
		return nil, fmt.Errorf("avl: open version %d: %w", version, err)
	}
	s := &Snapshot{l: l, version: version, tree: t, epoch: l.epoch, pin: p}
	if t.Size() == 0 {
		s.tree, s.root = nil, EmptyRoot
	} else {
		s.root = common.BytesToHash(t.Hash())
	}
	runtime.AddCleanup(s, (*pin).release, p)
	return s, nil
}

// Close releases the snapshot's hold on its version. Reads fail afterwards.
func (s *Snapshot) Close() {
	if s.pin == nil {
		return // the empty tree of version 0 holds nothing
	}
	s.done.Store(true)
	s.pin.release()
}

// Version is the snapshot's version.
func (s *Snapshot) Version() int64 { return s.version }

// Root is the root hash at the snapshot's version: the block's stateRoot;
// EmptyRoot for the empty tree.
func (s *Snapshot) Root() common.Hash { return s.root }

// check reports whether the snapshot may still be read. Callers hold
// l.smu for reading.
func (s *Snapshot) check() error {
	if s.version == 0 {
		return nil
	}
	if s.l.closed {
		return errClosed
	}
	if s.done.Load() {
		return plasma.Errorf(plasma.EUNAVAILABLE, "snapshot is closed")
	}
	for _, r := range s.l.rewinds {
		if r.epoch > s.epoch && s.version > r.kept {
			return plasma.Errorf(plasma.ENOTFOUND, "ledger version %d was dropped by a rewind to %d", s.version, r.kept)
		}
	}
	return nil
}

// Get returns the leaf of (owner, token) at the snapshot's version and
// whether the key is in the tree (an absent key is the zero leaf).
func (s *Snapshot) Get(owner, token common.Address) (leaf plasma.Leaf, exists bool, err error) {
	if s.version != 0 {
		s.l.smu.RLock()
		defer s.l.smu.RUnlock()
	}
	if err := s.check(); err != nil {
		return plasma.Leaf{}, false, err
	}
	if s.tree == nil {
		return plasma.Leaf{}, false, nil
	}
	v, err := s.tree.Get(EncodeKey(owner, token))
	runtime.KeepAlive(s) // the pin must outlive the read
	if err != nil {
		return plasma.Leaf{}, false, fmt.Errorf("avl: get at version %d: %w", s.version, err)
	}
	if v == nil {
		return plasma.Leaf{}, false, nil
	}
	leaf, err = DecodeLeaf(v)
	return leaf, err == nil, err
}

// Prove returns a membership proof of (owner, token) if the key is in the
// tree at the snapshot's version, else a non-membership proof.
func (s *Snapshot) Prove(owner, token common.Address) (*Proof, error) {
	if s.version != 0 {
		s.l.smu.RLock()
		defer s.l.smu.RUnlock()
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	key := EncodeKey(owner, token)
	if s.tree == nil {
		return &Proof{Key: key, ICS23: &ics23.CommitmentProof{
			Proof: &ics23.CommitmentProof_Nonexist{Nonexist: &ics23.NonExistenceProof{Key: key}},
		}}, nil
	}
	defer runtime.KeepAlive(s)
	// One walk for a present key: the existence proof carries the value,
	// and the walk loads the siblings a proof needs anyway. Only when it
	// fails does a Get tell an absent key from a failed read.
	cp, err := membershipProof(s.tree, key)
	if err == nil {
		if ex := cp.GetExist(); ex != nil && bytes.Equal(ex.Key, key) && ex.Value != nil {
			return &Proof{Key: key, Value: ex.Value, Exists: true, ICS23: cp}, nil
		}
		return nil, fmt.Errorf("avl: prove at version %d: membership proof of another key", s.version)
	}
	value, gerr := s.tree.Get(key)
	if gerr != nil {
		return nil, fmt.Errorf("avl: prove at version %d: %w", s.version, gerr)
	}
	if value != nil {
		return nil, fmt.Errorf("avl: prove at version %d: %w", s.version, err)
	}
	if cp, err = s.tree.GetNonMembershipProof(key); err != nil {
		return nil, fmt.Errorf("avl: prove at version %d: %w", s.version, err)
	}
	return &Proof{Key: key, ICS23: cp}, nil
}

// membershipProof is the tree's membership proof of key. iavl dereferences
// the leaf its walk returns even when a node read failed; that panic is
// returned as an error.
func membershipProof(t *iavl.ImmutableTree, key []byte) (cp *ics23.CommitmentProof, err error) {
	defer func() {
		if r := recover(); r != nil {
			cp, err = nil, fmt.Errorf("membership proof: %v", r)
		}
	}()
	return t.GetMembershipProof(key)
}

// Size is the number of leaves in the tree at the snapshot's version.
func (s *Snapshot) Size() int64 {
	if s.tree == nil {
		return 0
	}
	return s.tree.Size()
}

// Iterate calls fn for the leaves at the snapshot's version in key order
// (owner, then token) until fn returns false; with owner non-nil only that
// owner's leaves. fn must not call the Ledger's methods: Rewind and Close
// wait for snapshot reads to end.
func (s *Snapshot) Iterate(owner *common.Address, fn func(owner, token common.Address, leaf plasma.Leaf) bool) error {
	if s.version != 0 {
		s.l.smu.RLock()
		defer s.l.smu.RUnlock()
	}
	if err := s.check(); err != nil {
		return err
	}
	if s.tree == nil {
		return nil
	}
	defer runtime.KeepAlive(s)
	start, end := []byte{KeyPrefix}, []byte{KeyPrefix + 1}
	if owner != nil {
		start, end = EncodeKey(*owner, common.Address{}), nextOwnerKey(*owner)
	}
	var err error
	s.tree.IterateRange(start, end, true, func(k, v []byte) bool {
		o, t, e := DecodeKey(k)
		if e != nil {
			err = e
			return true
		}
		leaf, e := DecodeLeaf(v)
		if e != nil {
			err = e
			return true
		}
		return !fn(o, t, leaf)
	})
	return err
}

// nextOwnerKey is the smallest key above every key of owner.
func nextOwnerKey(owner common.Address) []byte {
	k := EncodeKey(owner, common.Address{})[:1+common.AddressLength]
	for i := len(k) - 1; i >= 1; i-- {
		k[i]++
		if k[i] != 0 {
			return k
		}
	}
	return []byte{KeyPrefix + 1}
}
