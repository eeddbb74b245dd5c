package avl

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"
	"sync/atomic"

	plasma "github.com/avlplasma/avlplasma"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/cosmos/iavl"
	idb "github.com/cosmos/iavl/db"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
)

// Node cache sizing when Options.CacheSize is 0 (doc.go has the
// measurements): CacheNodesPerLeaf nodes per leaf of the tree at open, within
// [MinAutoCacheSize, MaxAutoCacheSize]. A cached node costs about 700 bytes
// of heap.
const (
	CacheNodesPerLeaf = 3
	MinAutoCacheSize  = 1_000_000
	MaxAutoCacheSize  = 4_000_000
)

func autoCacheSize(leaves int64) int {
	return int(min(max(leaves*CacheNodesPerLeaf, MinAutoCacheSize), MaxAutoCacheSize))
}

// EmptyRoot is the root hash of the empty tree, sha256(""): the stateRoot of
// block 0 (PROTOCOL §4).
var EmptyRoot = common.Hash(sha256.Sum256(nil))

// Options configure a Ledger.
type Options struct {
	// Dir holds the ledger's database (created if missing).
	Dir string
	// Backend is "pebble" (default) or "goleveldb".
	Backend string
	// CacheSize is the writer's iavl node cache in nodes; 0 sizes it from the
	// tree at each open (see CacheNodesPerLeaf). Snapshots share a separate
	// cache of a quarter of that size.
	CacheSize int
	// KeepRecent is how many versions before the latest are kept when
	// pruning: versions latest-KeepRecent … latest survive, and so does any
	// version an open Snapshot reads. 0 keeps every version.
	KeepRecent int64
	// BlockCache is the pebble backend's block cache in bytes (0 =
	// DefaultLedgerBlockCache). It is allocated as it fills, off the Go heap.
	BlockCache int64
	// Log receives iavl's warnings; the zero value discards them.
	Log zerolog.Logger
}

// Ledger is the AVL+ ledger of PROTOCOL §2: one iavl tree whose version N is
// the state after block N.
//
// The writer methods (Get, Set, Save, Rewind, Close) are serialised by a
// mutex; they are meant to be called from one goroutine. Version and
// Snapshot may be called from any goroutine, and a Snapshot's reads run
// concurrently with the writer.
type Ledger struct {
	opts      Options
	cacheSize int // of the writer's node cache, fixed at each load
	log       zerolog.Logger
	db        dbm.DB
	nodes     nodeStore

	mu     sync.Mutex // serialises the writer
	tree   *iavl.MutableTree
	dirty  map[string][]byte // leaves Set since the last Save: Get answers them without a tree walk
	broken error             // set when the batch iavl buffers may hold half a change: only Rewind or reopening clears it

	latestV atomic.Int64

	// snapshot side. smu is held for reading by every snapshot read and for
	// writing by Rewind and Close, which invalidate what readers hold.
	smu     sync.RWMutex
	reader  *iavl.MutableTree // its own nodeDB and cache: never shares node objects with the writer
	closed  bool
	epoch   uint64
	rewinds []rewindEvent

	// vmu guards the retained range [first, latest] and the pins.
	vmu    sync.Mutex
	first  int64 // oldest retained saved version; 0 when none is saved
	latest int64
	pins   map[*pin]struct{}
}

type rewindEvent struct {
	epoch uint64 // the epoch the rewind started
	kept  int64  // versions above kept were dropped
}

// pin keeps a version from being pruned while a Snapshot uses it.
type pin struct {
	l       *Ledger
	version int64
	once    sync.Once
}

func (p *pin) release() {
	p.once.Do(func() {
		p.l.vmu.Lock()
		delete(p.l.pins, p)
		p.l.vmu.Unlock()
	})
}

// Open opens (or creates) the ledger in opts.Dir at its latest saved version.
func Open(opts Options) (*Ledger, error) {
	if opts.KeepRecent < 0 {
		return nil, fmt.Errorf("avl: KeepRecent %d is negative", opts.KeepRecent)
	}
	if opts.CacheSize < 0 {
		return nil, fmt.Errorf("avl: CacheSize %d is negative", opts.CacheSize)
	}
	if opts.BlockCache < 0 {
		return nil, fmt.Errorf("avl: BlockCache %d is negative", opts.BlockCache)
	}
	if opts.BlockCache == 0 {
		opts.BlockCache = DefaultLedgerBlockCache
	}
	db, err := openDB("ledger", opts.Backend, opts.Dir, opts.BlockCache)
	if err != nil {
		return nil, err
	}
	l := &Ledger{
		opts:  opts,
		log:   opts.Log,
		db:    db,
		nodes: nodeStore{idb.NewWrapper(db)},
		pins:  make(map[*pin]struct{}),
	}
	if err := l.load(); err != nil {
		db.Close()
		return nil, err
	}
	return l, nil
}

func (l *Ledger) newTree() *iavl.MutableTree {
	// skipFastStorageUpgrade: the fast index doubles the writes of every
	// Set, and a Rewind would rebuild it over all leaves (doc.go).
	return iavl.NewMutableTree(l.nodes, l.cacheSize, true, iavlLogger{l.log},
		iavl.SyncOption(true),
		iavl.FlushThresholdOption(math.MaxInt))
}

func (l *Ledger) newReader() *iavl.MutableTree {
	return iavl.NewMutableTree(l.nodes, max(l.cacheSize/4, 1000), true, iavlLogger{l.log})
}

// load (re)creates the writer and reader trees from disk. Callers hold mu
// and smu (or own l exclusively).
func (l *Ledger) load() error {
	l.cacheSize = l.opts.CacheSize
	if l.cacheSize == 0 {
		l.cacheSize = MinAutoCacheSize
	}
	tree := l.newTree()
	latest, err := tree.Load()
	if err != nil {
		tree.Close()
		return fmt.Errorf("avl: load ledger: %w", err)
	}
	if l.opts.CacheSize == 0 {
		if n := autoCacheSize(tree.Size()); n > l.cacheSize {
			// Loading reads only the root: starting over with a larger cache is cheap.
			tree.Close()
			l.cacheSize = n
			tree = l.newTree()
			if latest, err = tree.Load(); err != nil {
				tree.Close()
				return fmt.Errorf("avl: load ledger: %w", err)
			}
		}
	}
	marker, err := l.db.Get(firstVersionKey)
	if err != nil {
		tree.Close()
		return fmt.Errorf("avl: load ledger: %w", err)
	}
	first := int64(0)
	if latest == 0 && marker != nil {
		// Left by a Rewind(0) that crashed before removing it.
		if err := l.db.DeleteSync(firstVersionKey); err != nil {
			tree.Close()
			return fmt.Errorf("avl: load ledger: %w", err)
		}
	} else if latest > 0 {
		// iavl tells a version exists by its root node, which a one-leaf
		// version shares with later versions, so its own answer may be too
		// low after pruning; the marker pruning writes first is exact.
		lo, hi := int64(1), latest
		for lo < hi {
			mid := lo + (hi-lo)/2
			if tree.VersionExists(mid) {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		first = lo
		if len(marker) == 8 {
			first = max(first, int64(binary.BigEndian.Uint64(marker)))
		}
		if first > latest {
			tree.Close()
			return fmt.Errorf("avl: load ledger: oldest retained version %d is above the latest %d", first, latest)
		}
	}
	if l.tree != nil {
		l.tree.Close()
	}
	if l.reader != nil {
		l.reader.Close()
	}
	l.tree = tree
	l.reader = l.newReader()
	l.broken = nil
	l.dirty = make(map[string][]byte)
	l.vmu.Lock()
	l.first, l.latest = first, latest
	l.vmu.Unlock()
	l.latestV.Store(latest)
	return nil
}

// Close closes the ledger. Snapshots fail afterwards.
func (l *Ledger) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.smu.Lock()
	defer l.smu.Unlock()
	if l.closed {
		return nil
	}
	l.closed = true
	err := errors.Join(l.tree.Close(), l.reader.Close(), l.db.Close())
	if err != nil {
		return fmt.Errorf("avl: close: %w", err)
	}
	return nil
}

// Version is the latest saved version (0 = nothing saved: the empty tree).
func (l *Ledger) Version() int64 { return l.latestV.Load() }

// CacheSize is the size, in nodes, of the writer's node cache.
func (l *Ledger) CacheSize() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.cacheSize
}

// OldestVersion is the oldest version Snapshot can open apart from 0, which
// is always available; it equals Version when pruning keeps only the latest
// and is 0 when nothing is saved.
func (l *Ledger) OldestVersion() int64 {
	l.vmu.Lock()
	defer l.vmu.Unlock()
	return l.first
}

func (l *Ledger) usable() error {
	if l.closed {
		return errClosed
	}
	if l.broken != nil {
		return fmt.Errorf("avl: ledger needs Rewind or reopening after an earlier failure: %w", l.broken)
	}
	return nil
}

var errClosed = plasma.Errorf(plasma.EUNAVAILABLE, "ledger is closed")

// Get returns the leaf of (owner, token) in the working state, unsaved Sets
// included; an absent key is the zero leaf.
func (l *Ledger) Get(owner, token common.Address) (plasma.Leaf, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.usable(); err != nil {
		return plasma.Leaf{}, err
	}
	key := EncodeKey(owner, token)
	if v, ok := l.dirty[string(key)]; ok {
		return DecodeLeaf(v)
	}
	v, err := l.tree.Get(key)
	if err != nil {
		return plasma.Leaf{}, fmt.Errorf("avl: get: %w", err)
	}
	if v == nil {
		return plasma.Leaf{}, nil
	}
	return DecodeLeaf(v)
}

// Set writes the leaf of (owner, token) into the working state. The nonce
// must be below 2^63.
func (l *Ledger) Set(owner, token common.Address, leaf plasma.Leaf) error {
	if leaf.Nonce >= plasma.MaxNonce {
		return plasma.Errorf(plasma.EINVALID, "leaf nonce %d is not below 2^63", leaf.Nonce)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.usable(); err != nil {
		return err
	}
	key, value := EncodeKey(owner, token), EncodeLeaf(&leaf)
	if _, err := l.tree.Set(key, value); err != nil {
		l.broken = err
		return fmt.Errorf("avl: set: %w", err)
	}
	l.dirty[string(key)] = value
	return nil
}

// Save writes the working state as version Version()+1 and returns it with
// its root hash. When Save returns, the version is on disk and fsynced: it
// is one atomic batch, so a crash leaves either all of it or none.
//
// Pruning of old versions then runs in a second batch. If it fails, Save
// returns the saved version and root with a non-nil error; the ledger then
// refuses writes until it is reopened (or rewound), which discards the half
// pruning.
func (l *Ledger) Save() (version int64, root common.Hash, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.usable(); err != nil {
		return 0, common.Hash{}, err
	}
	want := l.latestV.Load() + 1
	hash, v, err := l.tree.SaveVersion()
	if err != nil {
		l.broken = err
		return 0, common.Hash{}, fmt.Errorf("avl: save version %d: %w", want, err)
	}
	if v != want {
		l.broken = fmt.Errorf("saved version %d, want %d", v, want)
		return 0, common.Hash{}, fmt.Errorf("avl: %w", l.broken)
	}
	root = common.BytesToHash(hash)
	clear(l.dirty)
	l.vmu.Lock()
	l.latest = v
	if l.first == 0 {
		l.first = v
	}
	l.vmu.Unlock()
	l.latestV.Store(v)
	if err := l.prune(); err != nil {
		l.broken = err
		return v, root, fmt.Errorf("avl: version %d saved, pruning failed: %w", v, err)
	}
	return v, root, nil
}

// prune deletes versions older than KeepRecent back from the latest, except
// those at or above the oldest pinned one.
func (l *Ledger) prune() error {
	if l.opts.KeepRecent <= 0 {
		return nil
	}
	l.vmu.Lock()
	to := l.latest - l.opts.KeepRecent - 1
	for p := range l.pins {
		to = min(to, p.version-1)
	}
	if to < l.first {
		l.vmu.Unlock()
		return nil
	}
	// From here on no new Snapshot may pin a version ≤ to.
	l.first = to + 1
	l.vmu.Unlock()
	// The marker is durable before any deletion: a crash in between leaves
	// versions on disk that are no longer served, never the reverse.
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(to+1))
	if err := l.db.SetSync(firstVersionKey, b[:]); err != nil {
		return err
	}
	return l.tree.DeleteVersionsTo(to)
}

// firstVersionKey holds the oldest retained version once pruning has run.
// iavl's own keys start with 's', 'f', 'm', 'n', 'o' or 'r'.
var firstVersionKey = []byte("avl/first-version")

// Rewind makes version the latest: it drops every later version durably and
// discards unsaved Sets. version must be 0 (the empty tree) or a retained
// version. Snapshots of dropped versions fail from then on.
func (l *Ledger) Rewind(version int64) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return errClosed
	}
	l.vmu.Lock()
	first, latest := l.first, l.latest
	l.vmu.Unlock()
	if version < 0 || version > latest {
		return plasma.Errorf(plasma.EINVALID, "cannot rewind to version %d: latest is %d", version, latest)
	}
	if version > 0 && version < first {
		return plasma.Errorf(plasma.ENOTFOUND, "cannot rewind to version %d: pruned (oldest is %d)", version, first)
	}
	if version == latest && l.broken == nil {
		l.tree.Rollback()
		clear(l.dirty)
		return nil
	}

	l.smu.Lock()
	defer l.smu.Unlock()
	l.epoch++
	l.rewinds = append(l.rewinds, rewindEvent{epoch: l.epoch, kept: version})
	l.vmu.Lock()
	for p := range l.pins {
		if p.version > version {
			delete(l.pins, p)
		}
	}
	l.vmu.Unlock()

	// A fresh tree drops whatever the old one buffered, and its cache holds
	// no node of the versions about to be dropped (their node keys will be
	// reused by the versions saved next).
	l.tree.Close()
	tree := l.newTree()
	l.tree = tree
	if version == latest {
		return l.load()
	}
	// LoadVersionForOverwriting(0) would load the latest version and delete
	// every version from 1, which is what version 0 needs.
	if err := tree.LoadVersionForOverwriting(version); err != nil {
		l.broken = err
		return fmt.Errorf("avl: rewind to %d: %w", version, err)
	}
	if err := l.load(); err != nil {
		l.broken = err
		return err
	}
	if version == 0 {
		if err := l.db.DeleteSync(firstVersionKey); err != nil {
			l.broken = err
			return fmt.Errorf("avl: rewind to 0: %w", err)
		}
	}
	if l.Version() != version {
		l.broken = fmt.Errorf("rewound to %d but found %d", version, l.Version())
		return fmt.Errorf("avl: %w", l.broken)
	}
	return nil
}

// WarmCache reads the working state's nodes into the writer's node cache
// (as many as CacheSize holds) and returns the number of leaves it has. The
// blocks right after a start are otherwise slower, reading nodes from disk
// (doc.go has the numbers).
func (l *Ledger) WarmCache() (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.usable(); err != nil {
		return 0, err
	}
	n := 0
	if _, err := l.tree.Iterate(func(k, v []byte) bool { n++; return false }); err != nil {
		return n, fmt.Errorf("avl: warm cache: %w", err)
	}
	return n, nil
}
