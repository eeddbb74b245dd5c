package operator

import (
	"encoding/binary"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/avl"
)

// Block store layout on avl.Store (one byte of prefix per table):
//
//	B ‖ n            block n (encodeBlock)
//	H ‖ n            header of block n (appendHeader), for cheap listings
//	T ‖ hash         where a transfer ended (txLocation)
//	D ‖ deadline ‖ hash   a dropped transfer, kept to refuse it again while its signature lives
//	L ‖ n            lock counts after block n, written when they change
//	O ‖ owner ‖ token      the owner holds (or held) a leaf of token
//	C ‖ n            committedAt of block n (L1 timestamp of its commit)
//	M ‖ name         markers: latest stored, published, committed, finalized
//
// n and deadline are 8-byte big-endian, so keys sort by number.
const (
	tBlock     = 'B'
	tHeader    = 'H'
	tTx        = 'T'
	tDropped   = 'D'
	tLocks     = 'L'
	tOwner     = 'O'
	tCommitted = 'C'
	tMarker    = 'M'
)

var (
	markLatest    = []byte("Mlatest")
	markPublished = []byte("Mpublished")
	markCommitted = []byte("Mcommitted")
	markFinalized = []byte("Mfinalized")
)

func numKey(table byte, n uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte{table}, n)
}

func txKey(h common.Hash) []byte { return append([]byte{tTx}, h[:]...) }

func droppedKey(deadline uint64, h common.Hash) []byte {
	return append(binary.BigEndian.AppendUint64([]byte{tDropped}, deadline), h[:]...)
}

func ownerKey(k plasma.AccountKey) []byte {
	b := append([]byte{tOwner}, k.Owner[:]...)
	return append(b, k.Token[:]...)
}

func u64(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

// blockStore wraps avl.Store with the operator's tables.
type blockStore struct {
	db *avl.Store
}

func (bs blockStore) marker(key []byte) (uint64, error) {
	v, err := bs.db.Get(key)
	if err != nil || v == nil {
		return 0, err
	}
	if len(v) != 8 {
		return 0, decodeErr("marker %s of %d bytes", key, len(v))
	}
	return binary.BigEndian.Uint64(v), nil
}

// genesisHeader is block 0: the empty tree (PROTOCOL §4).
func genesisHeader() plasma.Header {
	return plasma.Header{StateRoot: avl.EmptyRoot}
}

func (bs blockStore) header(n uint64) (plasma.Header, error) {
	if n == 0 {
		return genesisHeader(), nil
	}
	v, err := bs.db.Get(numKey(tHeader, n))
	if err != nil {
		return plasma.Header{}, err
	}
	if v == nil {
		return plasma.Header{}, plasma.Errorf(plasma.ENOTFOUND, "block %d not found", n)
	}
	return decodeHeader(v)
}

func (bs blockStore) block(n uint64) (*plasma.Block, error) {
	if n == 0 {
		return &plasma.Block{Header: genesisHeader()}, nil
	}
	v, err := bs.db.Get(numKey(tBlock, n))
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, plasma.Errorf(plasma.ENOTFOUND, "block %d not found", n)
	}
	return decodeBlock(v)
}

func (bs blockStore) txLocation(h common.Hash) (txLocation, bool, error) {
	v, err := bs.db.Get(txKey(h))
	if err != nil || v == nil {
		return txLocation{}, false, err
	}
	loc, err := decodeTxLocation(v)
	return loc, err == nil, err
}

// locksAt returns the lock counts after block n: the newest lock set
// written at or before n.
func (bs blockStore) locksAt(n uint64) (map[plasma.AccountKey]uint32, error) {
	var last []byte
	err := bs.db.Iterate(numKey(tLocks, 0), numKey(tLocks, n+1), func(_, v []byte) bool {
		last = append(last[:0], v...)
		return true
	})
	if err != nil {
		return nil, err
	}
	return decodeLocks(last)
}

// droppedSince returns the dropped transfers whose deadline is ≥ t: those a
// resubmission could still make valid.
func (bs blockStore) droppedSince(t uint64) (map[common.Hash]uint64, error) {
	out := make(map[common.Hash]uint64)
	err := bs.db.Iterate(droppedKey(t, common.Hash{}), []byte{tDropped + 1}, func(k, _ []byte) bool {
		if len(k) == 1+8+32 {
			out[common.BytesToHash(k[9:])] = binary.BigEndian.Uint64(k[1:9])
		}
		return true
	})
	return out, err
}

// tokensOf lists the tokens owner has held a leaf of.
func (bs blockStore) tokensOf(owner common.Address) ([]common.Address, error) {
	start := append([]byte{tOwner}, owner[:]...)
	end := append([]byte{tOwner}, owner[:]...)
	end = append(end, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)
	var out []common.Address
	err := bs.db.Iterate(start, end, func(k, _ []byte) bool {
		if len(k) == 41 {
			out = append(out, common.BytesToAddress(k[21:]))
		}
		return true
	})
	return out, err
}

// sortedLockKeys lists the keys of locks in key order.
func sortedLockKeys(locks map[plasma.AccountKey]uint32) []plasma.AccountKey {
	keys := make([]plasma.AccountKey, 0, len(locks))
	for k := range locks {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if c := keys[i].Owner.Cmp(keys[j].Owner); c != 0 {
			return c < 0
		}
		return keys[i].Token.Cmp(keys[j].Token) < 0
	})
	return keys
}
