package avl

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/bloom"
	dbm "github.com/cosmos/cosmos-db"
)

// Block caches of the pebble backend, in bytes, when Options.BlockCache is
// 0. The ledger's is large because iavl reads a node from the database on
// every miss of its node cache, and a miss served from pebble's block
// cache (off the Go heap, so no garbage-collection cost) is a map lookup
// instead of a file read and a snappy decode (doc.go, "Backend").
const (
	DefaultLedgerBlockCache = 1 << 30
	DefaultStoreBlockCache  = 64 << 20
)

// pebbleDB is cosmos-db's DB interface over a pebble database opened with
// our options: cosmos-db's own pebble constructor fixes pebble's defaults
// (an 8 MB block cache and no bloom filters) and cannot be tuned. The
// on-disk format is the same, so a directory written by either opens with
// the other.
type pebbleDB struct {
	db *pebble.DB
}

var _ dbm.DB = (*pebbleDB)(nil)

var errEmptyKey = errors.New("empty key")

func openPebble(name, dir string, cacheBytes int64) (*pebbleDB, error) {
	cache := pebble.NewCache(cacheBytes)
	defer cache.Unref() // the DB holds its own reference
	opts := &pebble.Options{
		Cache:  cache,
		Logger: quietLogger{},
		// Two background compactions: one core is left for the writer.
		MaxConcurrentCompactions: func() int { return 2 },
		MemTableSize:             64 << 20,
	}
	opts.Levels = make([]pebble.LevelOptions, 7)
	for i := range opts.Levels {
		// Point reads of iavl nodes skip every table whose filter says no.
		opts.Levels[i].FilterPolicy = bloom.FilterPolicy(10)
		opts.Levels[i].FilterType = pebble.TableFilter
	}
	opts.EnsureDefaults()
	db, err := pebble.Open(filepath.Join(dir, name+dbm.DBFileSuffix), opts)
	if err != nil {
		return nil, err
	}
	return &pebbleDB{db: db}, nil
}

// quietLogger drops pebble's informational messages (one per flush and
// compaction) and keeps its fatal ones.
type quietLogger struct{}

func (quietLogger) Infof(string, ...any) {}
func (quietLogger) Fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "pebble: "+format+"\n", args...)
	os.Exit(1)
}

func (p *pebbleDB) Get(key []byte) ([]byte, error) {
	if len(key) == 0 {
		return nil, errEmptyKey
	}
	v, closer, err := p.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	out := bytes.Clone(v)
	if out == nil {
		out = []byte{}
	}
	return out, closer.Close()
}

func (p *pebbleDB) Has(key []byte) (bool, error) {
	v, err := p.Get(key)
	return v != nil, err
}

func (p *pebbleDB) set(key, value []byte, o *pebble.WriteOptions) error {
	if len(key) == 0 {
		return errEmptyKey
	}
	if value == nil {
		return errors.New("nil value")
	}
	return p.db.Set(key, value, o)
}

func (p *pebbleDB) Set(key, value []byte) error     { return p.set(key, value, pebble.NoSync) }
func (p *pebbleDB) SetSync(key, value []byte) error { return p.set(key, value, pebble.Sync) }

func (p *pebbleDB) del(key []byte, o *pebble.WriteOptions) error {
	if len(key) == 0 {
		return errEmptyKey
	}
	return p.db.Delete(key, o)
}

func (p *pebbleDB) Delete(key []byte) error     { return p.del(key, pebble.NoSync) }
func (p *pebbleDB) DeleteSync(key []byte) error { return p.del(key, pebble.Sync) }

func (p *pebbleDB) Iterator(start, end []byte) (dbm.Iterator, error) {
	return p.iterator(start, end, false)
}

func (p *pebbleDB) ReverseIterator(start, end []byte) (dbm.Iterator, error) {
	return p.iterator(start, end, true)
}

func (p *pebbleDB) iterator(start, end []byte, reverse bool) (dbm.Iterator, error) {
	if (start != nil && len(start) == 0) || (end != nil && len(end) == 0) {
		return nil, errEmptyKey
	}
	it, err := p.db.NewIter(&pebble.IterOptions{LowerBound: start, UpperBound: end})
	if err != nil {
		return nil, err
	}
	if reverse {
		it.Last()
	} else {
		it.First()
	}
	return &pebbleIterator{it: it, start: start, end: end, reverse: reverse}, nil
}

func (p *pebbleDB) Close() error { return p.db.Close() }

func (p *pebbleDB) NewBatch() dbm.Batch { return &pebbleBatch{b: p.db.NewBatch()} }

// NewBatchWithSize ignores the hint: iavl passes its flush threshold, which
// is MaxInt here (see nodeStore).
func (p *pebbleDB) NewBatchWithSize(int) dbm.Batch { return p.NewBatch() }

func (p *pebbleDB) Print() error {
	fmt.Println(p.db.Metrics().String())
	return nil
}

func (p *pebbleDB) Stats() map[string]string {
	return map[string]string{"metrics": p.db.Metrics().String()}
}

type pebbleBatch struct {
	b *pebble.Batch
}

var errBatchDone = errors.New("batch already written or closed")

func (b *pebbleBatch) Set(key, value []byte) error {
	switch {
	case b.b == nil:
		return errBatchDone
	case len(key) == 0:
		return errEmptyKey
	case value == nil:
		return errors.New("nil value")
	}
	return b.b.Set(key, value, nil)
}

func (b *pebbleBatch) Delete(key []byte) error {
	switch {
	case b.b == nil:
		return errBatchDone
	case len(key) == 0:
		return errEmptyKey
	}
	return b.b.Delete(key, nil)
}

func (b *pebbleBatch) commit(o *pebble.WriteOptions) error {
	if b.b == nil {
		return errBatchDone
	}
	if err := b.b.Commit(o); err != nil {
		return err
	}
	return b.Close()
}

func (b *pebbleBatch) Write() error     { return b.commit(pebble.NoSync) }
func (b *pebbleBatch) WriteSync() error { return b.commit(pebble.Sync) }

func (b *pebbleBatch) Close() error {
	if b.b == nil {
		return nil
	}
	err := b.b.Close()
	b.b = nil
	return err
}

func (b *pebbleBatch) GetByteSize() (int, error) {
	if b.b == nil {
		return 0, errBatchDone
	}
	return b.b.Len(), nil
}

type pebbleIterator struct {
	it         *pebble.Iterator
	start, end []byte
	reverse    bool
}

func (i *pebbleIterator) Domain() ([]byte, []byte) { return i.start, i.end }
func (i *pebbleIterator) Valid() bool              { return i.it.Valid() }
func (i *pebbleIterator) Error() error             { return i.it.Error() }
func (i *pebbleIterator) Close() error             { return i.it.Close() }

// Key and Value return copies: pebble reuses its buffers on Next.
func (i *pebbleIterator) Key() []byte {
	if !i.it.Valid() {
		panic("avl: Key of an exhausted iterator")
	}
	return bytes.Clone(i.it.Key())
}

func (i *pebbleIterator) Value() []byte {
	if !i.it.Valid() {
		panic("avl: Value of an exhausted iterator")
	}
	v := bytes.Clone(i.it.Value())
	if v == nil {
		v = []byte{}
	}
	return v
}

func (i *pebbleIterator) Next() {
	if !i.it.Valid() {
		panic("avl: Next of an exhausted iterator")
	}
	if i.reverse {
		i.it.Prev()
	} else {
		i.it.Next()
	}
}
