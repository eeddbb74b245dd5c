package avl

import (
	"bytes"
	"fmt"

	dbm "github.com/cosmos/cosmos-db"
)

// Store is a plain durable key-value store on the same kind of backend as
// the ledger, for the operator's block store and metadata. Its methods are
// safe for concurrent use; a Batch is not.
type Store struct {
	db dbm.DB
}

// Batch collects writes that Write applies atomically.
type Batch struct {
	b   dbm.Batch
	err error // first error of Set or Delete, reported by Write
}

// OpenStore opens (or creates) the store in dir with the given backend
// ("" = DefaultBackend).
func OpenStore(dir, backend string) (*Store, error) {
	db, err := openDB("store", backend, dir, DefaultStoreBlockCache)
	if err != nil {
		return nil, err
	}
	return &Store{db: db}, nil
}

// Get returns the value stored under key, or nil, nil when there is none.
func (s *Store) Get(key []byte) ([]byte, error) {
	v, err := s.db.Get(key)
	if err != nil {
		return nil, fmt.Errorf("avl: store get: %w", err)
	}
	return v, nil
}

// NewBatch starts a batch of writes.
func (s *Store) NewBatch() *Batch { return &Batch{b: s.db.NewBatch()} }

// Set records key = value in the batch. Keys must be non-empty; an empty
// value is allowed (nil is stored as empty).
func (b *Batch) Set(k, v []byte) {
	if b.err != nil {
		return
	}
	if v == nil {
		v = []byte{}
	}
	if err := b.b.Set(k, v); err != nil {
		b.err = fmt.Errorf("avl: batch set: %w", err)
	}
}

// Delete records the deletion of key in the batch.
func (b *Batch) Delete(k []byte) {
	if b.err != nil {
		return
	}
	if err := b.b.Delete(k); err != nil {
		b.err = fmt.Errorf("avl: batch delete: %w", err)
	}
}

// Write applies the batch atomically and fsyncs it: when Write returns nil
// the writes survive a crash or power loss. A batch is written at most once.
func (b *Batch) Write() error {
	if b.err != nil {
		b.b.Close()
		return b.err
	}
	if err := b.b.WriteSync(); err != nil {
		b.b.Close()
		return fmt.Errorf("avl: batch write: %w", err)
	}
	return b.b.Close()
}

// Iterate calls fn for every key in [start, end) in ascending order until fn
// returns false; nil bounds are open. fn must not keep k or v.
func (s *Store) Iterate(start, end []byte, fn func(k, v []byte) bool) error {
	if start != nil && end != nil && bytes.Compare(start, end) >= 0 {
		return nil
	}
	// cosmos-db refuses empty (but non-nil) bounds; they mean "open" here.
	if len(start) == 0 {
		start = nil
	}
	if end != nil && len(end) == 0 {
		return nil
	}
	it, err := s.db.Iterator(start, end)
	if err != nil {
		return fmt.Errorf("avl: store iterate: %w", err)
	}
	for ; it.Valid(); it.Next() {
		if !fn(it.Key(), it.Value()) {
			break
		}
	}
	if err := it.Error(); err != nil {
		it.Close()
		return fmt.Errorf("avl: store iterate: %w", err)
	}
	return it.Close()
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }
