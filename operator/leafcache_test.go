package operator

import (
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	plasma "github.com/avlplasma/avlplasma"
)

func TestLeafCacheHoldsOnlyTheCurrentBase(t *testing.T) {
	var gen atomic.Uint64
	c := newLeafCache(2, &gen)
	k := func(i byte) plasma.AccountKey { return plasma.AccountKey{Owner: common.Address{i}} }
	leaf := func(b uint64) cachedLeaf {
		return cachedLeaf{leaf: plasma.Leaf{Balance: *uint256.NewInt(b)}, exists: true}
	}

	c.fill(k(1), leaf(10), 0)
	got, ok := c.get(k(1))
	require.True(t, ok)
	require.Equal(t, leaf(10), got)

	// A value read under an older generation is not added.
	c.advance(nil, func() { gen.Add(1) })
	c.fill(k(2), leaf(20), 0)
	_, ok = c.get(k(2))
	require.False(t, ok, "a read from a replaced base must not enter the cache")

	// The sealer's writes replace cached values, and add new ones while
	// there is room; the cache never exceeds its size.
	c.advance([]leafWrite{{k(1), plasma.Leaf{Nonce: 1}}, {k(3), plasma.Leaf{Nonce: 3}}, {k(4), plasma.Leaf{Nonce: 4}}}, func() { gen.Add(1) })
	got, _ = c.get(k(1))
	require.Equal(t, cachedLeaf{leaf: plasma.Leaf{Nonce: 1}, exists: true}, got)
	require.Equal(t, 2, c.len())
	_, ok = c.get(k(4))
	require.False(t, ok)

	// A cached key written when the cache is full still takes its new value.
	c.advance([]leafWrite{{k(1), plasma.Leaf{Nonce: 2}}}, func() { gen.Add(1) })
	got, _ = c.get(k(1))
	require.Equal(t, uint64(2), got.leaf.Nonce)

	c.reset(func() { gen.Add(1) })
	require.Equal(t, 0, c.len())
}
