package operator

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/avl"
	"github.com/avlplasma/avlplasma/proofs"
)

const testNow = uint64(1_700_000_000)

var (
	testDomain = proofs.Domain{
		ChainID:  big.NewInt(31337),
		Contract: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
	}
	testOperator = common.HexToAddress("0x00000000000000000000000000000000000f0e0e")
	testToken    = common.HexToAddress("0x000000000000000000000000000000000000700c")
)

type fixedClock struct{ t atomic.Uint64 }

func newClock(t uint64) *fixedClock {
	c := &fixedClock{}
	c.t.Store(t)
	return c
}

func (c *fixedClock) L1Time() uint64 { return c.t.Load() }

// testKey derives the i-th test key deterministically.
func testKey(i int) *ecdsa.PrivateKey {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(i))
	k, err := crypto.ToECDSA(crypto.Keccak256(b[:], []byte("avl plasma operator test key")))
	if err != nil {
		panic(err)
	}
	return k
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func u(n uint64) uint256.Int { return *uint256.NewInt(n) }

// signed builds and signs a transfer.
func signed(key *ecdsa.PrivateKey, to, token common.Address, amount, fee, nonce, spentBefore, deadline uint64) *plasma.Transfer {
	t := &plasma.Transfer{From: addrOf(key), To: to, Token: token, Amount: u(amount), Nonce: nonce, Fee: u(fee), Deadline: deadline}
	t.Spent.SetUint64(spentBefore + amount + fee)
	testDomain.SignTransfer(key, t)
	return t
}

type harness struct {
	t     testing.TB
	dir   string
	cfg   SequencerConfig
	clock *fixedClock
	seq   *Sequencer
}

func newHarness(t testing.TB, mutate func(*SequencerConfig)) *harness {
	h := &harness{t: t, dir: t.TempDir(), clock: newClock(testNow)}
	h.cfg = SequencerConfig{
		DataDir:           h.dir,
		Domain:            testDomain,
		Operator:          testOperator,
		MinFee:            uint256.NewInt(1),
		MinDeadlineMargin: 3600,
		BlockTime:         time.Hour, // tests seal explicitly
		MaxBlockTxs:       100_000,
		MaxBlockOps:       100_000,
		CacheSize:         10_000,
		LogSegmentSize:    1 << 20,
	}
	if mutate != nil {
		mutate(&h.cfg)
	}
	h.open()
	t.Cleanup(func() {
		if h.seq != nil {
			h.seq.Stop(context.Background())
		}
	})
	return h
}

func (h *harness) open() {
	h.t.Helper()
	seq, err := NewSequencer(h.cfg, h.clock, zerolog.New(zerolog.NewTestWriter(h.t)).Level(zerolog.WarnLevel))
	if err != nil {
		h.t.Fatalf("NewSequencer: %v", err)
	}
	if err := seq.Start(context.Background()); err != nil {
		h.t.Fatal(err)
	}
	h.seq = seq
}

func (h *harness) restart() {
	h.t.Helper()
	if err := h.seq.Stop(context.Background()); err != nil {
		h.t.Fatalf("Stop: %v", err)
	}
	h.seq = nil
	h.open()
}

func (h *harness) seal() *plasma.Block {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	blk, err := h.seq.SealNow(ctx)
	if err != nil {
		h.t.Fatalf("SealNow: %v", err)
	}
	return blk
}

func (h *harness) submit(t *plasma.Transfer) (common.Hash, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return h.seq.Submit(ctx, t)
}

func (h *harness) ops(ops ...plasma.Op) {
	h.t.Helper()
	next := h.seq.NextOpIndex()
	for i := range ops {
		ops[i].Index = next + uint64(i)
	}
	if err := h.seq.ApplyOps(ops); err != nil {
		h.t.Fatalf("ApplyOps: %v", err)
	}
}

func deposit(owner, token common.Address, amount uint64) plasma.Op {
	return plasma.Op{Kind: plasma.OpDeposit, Owner: owner, Token: token, Amount: u(amount)}
}

func (h *harness) leaf(owner, token common.Address) (plasma.Leaf, bool) {
	h.t.Helper()
	snap, err := h.seq.Snapshot(int64(h.seq.LatestBlock()))
	if err != nil {
		h.t.Fatal(err)
	}
	defer snap.Close()
	l, ok, err := snap.Get(owner, token)
	if err != nil {
		h.t.Fatal(err)
	}
	return l, ok
}

// replayer re-executes blocks on its own ledger the plain way: every leaf is
// written at every step, in the order of PROTOCOL §5 and
// plasma.TransferTouches. Its roots must equal the sequencer's.
type replayer struct {
	t      testing.TB
	ledger *avl.Ledger
	locks  map[plasma.AccountKey]uint32
	next   uint64
}

func newReplayer(t testing.TB) *replayer {
	l, err := avl.Open(avl.Options{Dir: t.TempDir(), CacheSize: 10_000})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return &replayer{t: t, ledger: l, locks: map[plasma.AccountKey]uint32{}, next: 1}
}

func (r *replayer) apply(blk *plasma.Block) {
	r.t.Helper()
	if blk.Number != r.next {
		r.t.Fatalf("replay: block %d, want %d", blk.Number, r.next)
	}
	for i := range blk.Ops {
		op := &blk.Ops[i]
		k := plasma.AccountKey{Owner: op.Owner, Token: op.Token}
		leaf, err := r.ledger.Get(op.Owner, op.Token)
		if err != nil {
			r.t.Fatal(err)
		}
		r.locks[k], _ = plasma.ApplyOp(&leaf, r.locks[k], op)
		if err := r.ledger.Set(op.Owner, op.Token, leaf); err != nil {
			r.t.Fatal(err)
		}
	}
	for i := range blk.Transfers {
		tx := &blk.Transfers[i]
		if err := testDomain.VerifyTransferSignature(tx); err != nil {
			r.t.Fatalf("replay: block %d transfer %d: %v", blk.Number, i, err)
		}
		keys := plasma.TransferTouches(tx, testOperator)
		leaves := map[plasma.AccountKey]*plasma.Leaf{}
		for _, k := range keys {
			if leaves[k] == nil {
				l, err := r.ledger.Get(k.Owner, k.Token)
				if err != nil {
					r.t.Fatal(err)
				}
				leaves[k] = &l
			}
		}
		if err := plasma.CheckTransfer(tx, leaves[keys[0]], r.locks[keys[0]], blk.Timestamp, plasma.DefaultMaxDeadlineHorizon); err != nil {
			r.t.Fatalf("replay: block %d transfer %d invalid: %v", blk.Number, i, err)
		}
		plasma.ApplyTransfer(tx, leaves[keys[0]], leaves[keys[1]], leaves[keys[2]])
		for _, k := range keys {
			if err := r.ledger.Set(k.Owner, k.Token, *leaves[k]); err != nil {
				r.t.Fatal(err)
			}
		}
	}
	_, root, err := r.ledger.Save()
	if err != nil {
		r.t.Fatal(err)
	}
	if root != blk.StateRoot {
		r.t.Fatalf("replay of block %d: root %s, block says %s", blk.Number, root, blk.StateRoot)
	}
	leaves := make([]common.Hash, len(blk.Transfers))
	for i := range blk.Transfers {
		leaves[i] = proofs.TxLeaf(&blk.Transfers[i])
	}
	if got := proofs.TxRoot(leaves); got != blk.TxRoot {
		r.t.Fatalf("block %d txRoot %s, recomputed %s", blk.Number, blk.TxRoot, got)
	}
	r.next++
}

// catchUp replays every stored block the replayer has not seen.
func (r *replayer) catchUp(seq *Sequencer) {
	r.t.Helper()
	for n := r.next; n <= seq.LatestBlock(); n++ {
		blk, err := seq.Block(n)
		if err != nil {
			r.t.Fatal(err)
		}
		r.apply(blk)
	}
}

func wantRule(t testing.TB, err error, code, rule string) {
	t.Helper()
	if err == nil {
		t.Fatalf("accepted; want %s/%s", code, rule)
	}
	if plasma.ErrorCode(err) != code || plasma.ErrorRule(err) != rule {
		t.Fatalf("error %v; want code %s rule %q", err, code, rule)
	}
}
