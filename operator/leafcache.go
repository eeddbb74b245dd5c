package operator

import (
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/avl"
)

// DefaultLeafCacheSize is how many leaves of the base version the
// sequencer keeps in memory by default: about 150 bytes each, so 4,000,000
// take some 600 MB, which the garbage collector never scans (keys and
// leaves are plain arrays).
const DefaultLeafCacheSize = 4_000_000

// leafCache holds leaves of the base version (the newest stored block), so
// that the accept path and the sealer find a leaf with a map lookup instead
// of a walk down the tree. It only ever holds values of the current base:
//
//   - when the base changes, the sealer overwrites the leaves its block
//     wrote (or, after a rewind, empties the cache) and bumps the base
//     generation, all under the cache's lock;
//   - a reader that missed adds what it read from the base snapshot only if
//     the generation it read under is still the current one, checked under
//     the same lock.
//
// A reader that loads the generation before reading sees either the old
// values or newer ones; the newer ones are caught later as a stale prefetch
// by the generation check in accept.
type leafCache struct {
	mu  sync.RWMutex
	m   map[plasma.AccountKey]cachedLeaf
	max int
	gen *atomic.Uint64 // the sequencer's base generation
}

type cachedLeaf struct {
	leaf   plasma.Leaf
	exists bool
}

func newLeafCache(max int, gen *atomic.Uint64) *leafCache {
	return &leafCache{m: make(map[plasma.AccountKey]cachedLeaf, min(max, 1<<16)), max: max, gen: gen}
}

func (c *leafCache) get(k plasma.AccountKey) (cachedLeaf, bool) {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	return v, ok
}

// fill records v, read from the base of generation gen, if that base is
// still current and the cache has room.
func (c *leafCache) fill(k plasma.AccountKey, v cachedLeaf, gen uint64) {
	c.mu.Lock()
	if c.gen.Load() == gen && len(c.m) < c.max {
		c.m[k] = v
	}
	c.mu.Unlock()
}

// advance moves the cache to a new base: the written leaves take their new
// values (they exist in the tree from now on), then swap installs the base
// and bumps the generation, under the cache's lock.
func (c *leafCache) advance(written []leafWrite, swap func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, w := range written {
		if _, ok := c.m[w.k]; ok || len(c.m) < c.max {
			c.m[w.k] = cachedLeaf{leaf: w.leaf, exists: true}
		}
	}
	swap()
}

// reset empties the cache while swap installs an unrelated base (a
// rewind).
func (c *leafCache) reset(swap func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.m)
	swap()
}

// load reads leaves of snap, whose generation is gen, until the cache is
// full.
func (c *leafCache) load(snap *avl.Snapshot, gen uint64) error {
	const batch = 4096
	type kv struct {
		k plasma.AccountKey
		v plasma.Leaf
	}
	buf := make([]kv, 0, batch)
	flush := func() bool {
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.gen.Load() != gen {
			return false
		}
		for _, e := range buf {
			if len(c.m) >= c.max {
				return false
			}
			c.m[e.k] = cachedLeaf{leaf: e.v, exists: true}
		}
		buf = buf[:0]
		return true
	}
	more := true
	err := snap.Iterate(nil, func(owner, token common.Address, leaf plasma.Leaf) bool {
		buf = append(buf, kv{plasma.AccountKey{Owner: owner, Token: token}, leaf})
		if len(buf) == batch {
			more = flush()
		}
		return more
	})
	if err != nil {
		return err
	}
	if more {
		flush()
	}
	return nil
}

func (c *leafCache) len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.m)
}

// leafWrite is a leaf the sealer wrote to the tree.
type leafWrite struct {
	k    plasma.AccountKey
	leaf plasma.Leaf
}

// cachedBase reads the base through the cache: hits need no tree walk,
// misses read the snapshot and fill the cache. gen is the generation snap
// belongs to.
type cachedBase struct {
	snap  *avl.Snapshot
	cache *leafCache
	gen   uint64
}

func (b cachedBase) Get(owner, token common.Address) (plasma.Leaf, bool, error) {
	if b.cache == nil {
		return b.snap.Get(owner, token)
	}
	k := plasma.AccountKey{Owner: owner, Token: token}
	if v, ok := b.cache.get(k); ok {
		return v.leaf, v.exists, nil
	}
	leaf, exists, err := b.snap.Get(owner, token)
	if err != nil {
		return leaf, exists, err
	}
	b.cache.fill(k, cachedLeaf{leaf: leaf, exists: exists}, b.gen)
	return leaf, exists, nil
}
