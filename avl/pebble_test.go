package avl

import (
	"bytes"
	"math/rand/v2"
	"sort"
	"testing"

	dbm "github.com/cosmos/cosmos-db"
	"github.com/stretchr/testify/require"
)

// TestPebbleAdapterMatchesModel drives the pebble adapter and a sorted map
// with the same random writes (single, batched, synced and not) and checks
// every read and iterator, forward and reverse, with random bounds, against
// the model, before and after a reopen.
func TestPebbleAdapterMatchesModel(t *testing.T) {
	dir := t.TempDir()
	db, err := openPebble("t", dir, 1<<20)
	require.NoError(t, err)
	rng := rand.New(rand.NewPCG(7, 9))
	model := map[string][]byte{}
	key := func() []byte { return []byte{byte(rng.IntN(4)), byte(rng.IntN(40))} }

	check := func(db dbm.DB) {
		t.Helper()
		for range 50 {
			k := key()
			v, err := db.Get(k)
			require.NoError(t, err)
			want, ok := model[string(k)]
			if !ok {
				require.Nil(t, v, "%x", k)
			} else {
				require.Equal(t, want, v, "%x", k)
			}
			has, err := db.Has(k)
			require.NoError(t, err)
			require.Equal(t, ok, has)
		}
		var keys []string
		for k := range model {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for range 30 {
			var start, end []byte
			if rng.IntN(3) > 0 {
				start = key()
			}
			if rng.IntN(3) > 0 {
				end = key()
			}
			var want []string
			for _, k := range keys {
				if (start == nil || k >= string(start)) && (end == nil || k < string(end)) {
					want = append(want, k)
				}
			}
			for _, reverse := range []bool{false, true} {
				var it dbm.Iterator
				if reverse {
					it, err = db.ReverseIterator(start, end)
				} else {
					it, err = db.Iterator(start, end)
				}
				require.NoError(t, err)
				var got []string
				for ; it.Valid(); it.Next() {
					got = append(got, string(it.Key()))
					require.Equal(t, model[string(it.Key())], it.Value())
				}
				require.NoError(t, it.Error())
				require.NoError(t, it.Close())
				exp := append([]string(nil), want...)
				if reverse {
					for i, j := 0, len(exp)-1; i < j; i, j = i+1, j-1 {
						exp[i], exp[j] = exp[j], exp[i]
					}
				}
				require.Equal(t, exp, got, "start %x end %x reverse %v", start, end, reverse)
			}
		}
	}

	for round := range 20 {
		switch rng.IntN(3) {
		case 0:
			for range 20 {
				k, v := key(), []byte{byte(rng.IntN(256))}
				if rng.IntN(4) == 0 {
					require.NoError(t, db.Delete(k))
					delete(model, string(k))
				} else {
					require.NoError(t, db.SetSync(k, v))
					model[string(k)] = v
				}
			}
		default:
			b := db.NewBatchWithSize(1 << 30)
			staged := map[string][]byte{}
			var deleted []string
			for range 30 {
				k := key()
				if rng.IntN(4) == 0 {
					require.NoError(t, b.Delete(k))
					delete(staged, string(k))
					deleted = append(deleted, string(k))
				} else {
					v := bytes.Repeat([]byte{byte(round)}, 1+rng.IntN(8))
					require.NoError(t, b.Set(k, v))
					staged[string(k)] = v
				}
			}
			// Replay in order into the model: later writes win.
			if rng.IntN(2) == 0 {
				require.NoError(t, b.WriteSync())
			} else {
				require.NoError(t, b.Write())
			}
			for _, k := range deleted {
				delete(model, k)
			}
			for k, v := range staged {
				model[k] = v
			}
			require.ErrorIs(t, b.Set([]byte{1}, []byte{1}), errBatchDone, "a written batch refuses writes")
			require.NoError(t, b.Close())
		}
		check(db)
	}
	require.NoError(t, db.Close())
	db, err = openPebble("t", dir, 1<<20)
	require.NoError(t, err)
	check(db)

	_, err = db.Get(nil)
	require.ErrorIs(t, err, errEmptyKey)
	require.ErrorIs(t, db.Set([]byte{}, []byte{1}), errEmptyKey)
	_, err = db.Iterator([]byte{}, nil)
	require.ErrorIs(t, err, errEmptyKey)
	require.NoError(t, db.Close())
}
