package avl

import (
	"fmt"
	"os"

	dbm "github.com/cosmos/cosmos-db"
	idb "github.com/cosmos/iavl/db"
	"github.com/rs/zerolog"
	"github.com/syndtr/goleveldb/leveldb/filter"
	"github.com/syndtr/goleveldb/leveldb/opt"
)

// Backends accepted in Options.Backend and OpenStore.
const (
	BackendGoLevelDB = "goleveldb"
	BackendPebble    = "pebble"
)

// DefaultBackend is the backend used when none is named (see doc.go for the
// measurements behind the choice).
const DefaultBackend = BackendPebble

// openDB opens the named database in dir; cacheBytes sizes pebble's block
// cache (goleveldb keeps its tuned options below).
func openDB(name, backend, dir string, cacheBytes int64) (dbm.DB, error) {
	if backend == "" {
		backend = DefaultBackend
	}
	var bt dbm.BackendType
	switch backend {
	case BackendGoLevelDB:
		bt = dbm.GoLevelDBBackend
	case BackendPebble:
		bt = dbm.PebbleDBBackend
	default:
		return nil, fmt.Errorf("avl: unknown backend %q (want %q or %q)", backend, BackendGoLevelDB, BackendPebble)
	}
	if dir == "" {
		return nil, fmt.Errorf("avl: no directory given")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("avl: %w", err)
	}
	var db dbm.DB
	var err error
	switch {
	case bt == dbm.PebbleDBBackend:
		db, err = openPebble(name, dir, cacheBytes)
	case levelDBOptions != nil:
		db, err = dbm.NewGoLevelDBWithOpts(name, dir, levelDBOptions())
	default:
		db, err = dbm.NewDB(name, bt, dir)
	}
	if err != nil {
		return nil, fmt.Errorf("avl: open %s database in %s: %w", backend, dir, err)
	}
	return db, nil
}

// levelDBOptions tunes goleveldb (nil = cosmos-db's defaults).
var levelDBOptions = func() *opt.Options {
	return &opt.Options{
		Filter:                 filter.NewBloomFilter(10),
		BlockCacheCapacity:     64 * opt.MiB,
		WriteBuffer:            32 * opt.MiB,
		CompactionTableSize:    8 * opt.MiB,
		DisableSeeksCompaction: true,
	}
}

// nodeStore is the database iavl writes its nodes to. It differs from
// idb.Wrapper in one point: iavl sizes every new batch with its flush
// threshold, which goleveldb preallocates. We disable mid-version flushes
// (so that each saved version is one atomic batch, see Save) by setting the
// threshold to MaxInt, so the size hint must be ignored.
type nodeStore struct {
	*idb.Wrapper
}

func (s nodeStore) NewBatchWithSize(int) idb.Batch { return s.Wrapper.NewBatch() }

// iavlLogger forwards iavl's warnings and errors to zerolog. Debug is
// dropped: iavl logs every saved node at that level.
type iavlLogger struct{ log zerolog.Logger }

func (l iavlLogger) Info(msg string, kv ...any)  { l.log.Info().Fields(kv).Msg(msg) }
func (l iavlLogger) Warn(msg string, kv ...any)  { l.log.Warn().Fields(kv).Msg(msg) }
func (l iavlLogger) Error(msg string, kv ...any) { l.log.Error().Fields(kv).Msg(msg) }
func (l iavlLogger) Debug(string, ...any)        {}
