package contracts

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/avl"
	"github.com/avlplasma/avlplasma/contracts/bindings"
	"github.com/avlplasma/avlplasma/internal/siml1"
	"github.com/avlplasma/avlplasma/proofs"
)

// GasOps are the operations MeasureGas reports, in table order.
var GasOps = []string{
	"deposit_eth", "deposit_erc20", "commit_1", "commit_1_behind", "commit_8", "start_exit", "start_exit_absent",
	"challenge_exit", "finalize_exit", "withdraw", "request_proof", "answer_proof", "answer_proof_member",
}

// GasOptions configure MeasureGas.
type GasOptions struct {
	// Accounts in the ledger the proofs come from (default 1,000,000).
	Accounts int
	// Dir for the ledger (default: a temporary directory, removed after).
	Dir string
	// Progress receives progress lines (default: discarded).
	Progress io.Writer
}

// GasTable is the gas of each operation under one set of L1 rules, whole
// transactions (intrinsic and calldata included), as receipts report them.
type GasTable struct {
	Rules string            `json:"rules"` // "osaka" or "dev-default"
	Gas   map[string]uint64 `json:"gas"`
}

// GasReport is what `plasmad gas` prints.
type GasReport struct {
	Accounts     int        `json:"accounts"`
	ProofPathLen int        `json:"proof_path_len"` // inner nodes on the start_exit membership proof
	AbsentSteps  int        `json:"absent_proof_steps"`
	Tables       []GasTable `json:"tables"`
}

// MeasureGas builds a ledger of opts.Accounts accounts (a balanced IAVL tree,
// as a long-lived ledger of that size would be), then runs every operation of
// GasOps on the simulated L1, once under Osaka rules and once under the
// simulated backend's default rules (the next fork's state-gas metering, as
// `geth --dev`).
//
// The scenario is a chain in use, not a fresh one: the operations queue's
// ring slots are reserved (as after the ring has gone round once: without
// that every appended operation costs 17,100 gas more), two other users have
// deposited ether and tokens and exited before (so the token's liabilities
// and its exit queue's slots are non-zero, as on a live chain). Then alice makes her first deposits (measured); block 1 is
// the big tree, holding alice; bob deposits after it; block 2 (commit_1)
// holds a spend of alice's; eight empty blocks are commit_8; alice exits
// from block 1 with a membership proof, bob with a non-membership proof plus
// his pending deposit; a watcher challenges alice's exit with her spend; a
// request for an absent key is answered with a non-membership proof (the
// costlier answer: answerGas) and one for alice's leaf with a membership
// proof; alice's exit is finalized and withdrawn.
func MeasureGas(ctx context.Context, opts GasOptions) (*GasReport, error) {
	if opts.Accounts <= 0 {
		opts.Accounts = 1_000_000
	}
	progress := opts.Progress
	if progress == nil {
		progress = io.Discard
	}
	dir := opts.Dir
	if dir == "" {
		d, err := os.MkdirTemp("", "plasma-gas-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	keys := make([]*ecdsa.PrivateKey, 7)
	addrs := make([]common.Address, 7)
	for i := range keys {
		keys[i] = siml1.DevKey(i)
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	alice := addrs[1]
	start := time.Now()
	fmt.Fprintf(progress, "gas: building a ledger of %d accounts in %s\n", opts.Accounts, dir)
	ledger, err := avl.BulkLoad(avl.Options{Dir: dir}, opts.Accounts, func(i int) (common.Address, common.Address, plasma.Leaf) {
		switch i {
		case opts.Accounts / 3:
			return alice, plasma.ETH, plasma.Leaf{Balance: *uint256.MustFromBig(gasDeposit)}
		case opts.Accounts / 5:
			return addrs[5], plasma.ETH, plasma.Leaf{Balance: *uint256.MustFromBig(gasDeposit)}
		case opts.Accounts / 7:
			return addrs[6], plasma.ETH, plasma.Leaf{Balance: *uint256.MustFromBig(gasDeposit)}
		}
		var l plasma.Leaf
		l.Balance.SetUint64(uint64(i)*1_000_003 + 1)
		l.Nonce = uint64(i % 7)
		return avl.SyntheticOwner(i), plasma.ETH, l
	})
	if err != nil {
		return nil, fmt.Errorf("gas: build ledger: %w", err)
	}
	defer ledger.Close()
	fmt.Fprintf(progress, "gas: ledger built in %s\n", time.Since(start).Round(time.Second))

	rep := &GasReport{Accounts: opts.Accounts}
	for _, rules := range []string{"osaka", "dev-default"} {
		fmt.Fprintf(progress, "gas: measuring under %s rules\n", rules)
		tab, err := measureRules(ctx, rules, ledger, keys, addrs, rep)
		if err != nil {
			return nil, fmt.Errorf("gas (%s): %w", rules, err)
		}
		rep.Tables = append(rep.Tables, *tab)
		// The second run writes its blocks over the same versions.
		if err := ledger.Rewind(1); err != nil {
			return nil, err
		}
	}
	return rep, nil
}

var gasDeposit = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil) // 1 ether

type gasRun struct {
	ctx    context.Context
	l1     *siml1.Chain
	pc     *bindings.PlasmaChain
	addr   common.Address
	dom    proofs.Domain
	ledger *avl.Ledger
	hashes []common.Hash
	gas    map[string]uint64
}

func measureRules(ctx context.Context, rules string, ledger *avl.Ledger, keys []*ecdsa.PrivateKey, addrs []common.Address, rep *GasReport) (*GasTable, error) {
	var opts []siml1.Option
	if rules == "osaka" {
		opts = append(opts, siml1.Osaka())
	}
	l1, err := siml1.Open(opts...)
	if err != nil {
		return nil, err
	}
	defer l1.Close()
	r := &gasRun{ctx: ctx, l1: l1, pc: bindings.NewPlasmaChain(), ledger: ledger, hashes: []common.Hash{{}}, gas: map[string]uint64{}}
	p := DefaultDevParams(addrs[0])
	// Periods long enough that the steps below never race them.
	p.ChallengePeriod, p.ResponseWindow, p.OpsTimeout, p.MaxSealLag = 3600, 600, 600, 600
	p.MaxCommitGap, p.RequestMaxAge, p.Heartbeat = 1200, 4*3600, 300
	op, alice, bob, watcher := keys[0], keys[1], keys[2], keys[4]
	receipt, err := r.send(op, nil, nil, append(common.FromHex(bindings.PlasmaChainMetaData.Bin), r.pc.PackConstructor(p.Config())...))
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	r.addr = receipt.ContractAddress
	r.dom = proofs.Domain{ChainID: l1.ChainID, Contract: r.addr}
	// The queue's ring slots are reused after OPS_RING operations; a chain
	// that has not gone round yet reserves them ahead (the operator does).
	if _, err := r.send(op, &r.addr, nil, r.pc.PackReserveOps(big.NewInt(48))); err != nil {
		return nil, fmt.Errorf("reserve: %w", err)
	}

	erc := bindings.NewTestERC20()
	receipt, err = r.send(alice, nil, nil, append(common.FromHex(bindings.TestERC20MetaData.Bin), erc.PackConstructor("Gas", "GAS", 18)...))
	if err != nil {
		return nil, err
	}
	tok := receipt.ContractAddress
	for _, k := range []*ecdsa.PrivateKey{alice, keys[5]} {
		holder := crypto.PubkeyToAddress(k.PublicKey)
		if _, err := r.send(k, &tok, nil, erc.PackMint(holder, gasDeposit)); err != nil {
			return nil, err
		}
		if _, err := r.send(k, &tok, nil, erc.PackApprove(r.addr, gasDeposit)); err != nil {
			return nil, err
		}
	}
	// Warm-up: earlier users' deposits.
	if _, err := r.send(keys[5], &r.addr, gasDeposit, r.pc.PackDeposit()); err != nil {
		return nil, err
	}
	if _, err := r.send(keys[5], &r.addr, nil, r.pc.PackDepositToken(tok, new(big.Int).Rsh(gasDeposit, 1))); err != nil {
		return nil, err
	}
	if err := r.measure("deposit_eth", alice, gasDeposit, r.pc.PackDeposit()); err != nil {
		return nil, err
	}
	if err := r.measure("deposit_erc20", alice, nil, r.pc.PackDepositToken(tok, gasDeposit)); err != nil {
		return nil, err
	}

	// Block 1: the big ledger (version 1).
	b1, err := r.header(1, common.Hash{}, uint64(len(r.hashes)-1))
	if err != nil {
		return nil, err
	}
	if _, err := r.send(op, &r.addr, nil, r.pc.PackCommitBlocks([]bindings.PlasmaChainHeader{b1})); err != nil {
		return nil, err
	}
	b1At, err := r.lastCommittedAt()
	if err != nil {
		return nil, err
	}
	snap, err := ledger.Snapshot(1)
	if err != nil {
		return nil, err
	}
	defer snap.Close()
	prove := func(owner common.Address) (bindings.PlasmaChainLeaf, []byte, int, error) {
		pr, err := snap.Prove(owner, plasma.ETH)
		if err != nil {
			return bindings.PlasmaChainLeaf{}, nil, 0, err
		}
		packed, err := proofs.PackCommitment(pr.ICS23)
		if err != nil {
			return bindings.PlasmaChainLeaf{}, nil, 0, err
		}
		leaf := bindings.PlasmaChainLeaf{Balance: new(big.Int), Spent: new(big.Int)}
		if pr.Exists {
			l, err := avl.DecodeLeaf(pr.Value)
			if err != nil {
				return leaf, nil, 0, err
			}
			leaf = bindings.PlasmaChainLeaf{Balance: l.Balance.ToBig(), Nonce: l.Nonce, Spent: l.Spent.ToBig()}
		}
		return leaf, packed, avl.SizeOf(pr.ICS23).Steps, nil
	}
	// Warm-up: two earlier exits, finalized.
	for _, k := range []*ecdsa.PrivateKey{keys[5], keys[6]} {
		leaf, proof, _, err := prove(crypto.PubkeyToAddress(k.PublicKey))
		if err != nil {
			return nil, err
		}
		if _, err := r.send(k, &r.addr, p.ExitBond, r.pc.PackStartExit(b1, b1At, plasma.ETH, leaf, proof)); err != nil {
			return nil, fmt.Errorf("warm-up exit: %w", err)
		}
	}
	if err := adjustTime(l1, time.Duration(2*p.ChallengePeriod+1)*time.Second); err != nil {
		return nil, err
	}
	if _, err := l1.Transact(ctx, keys[3], siml1.Tx{To: &r.addr, Data: r.pc.PackFinalizeExits(plasma.ETH, big.NewInt(2)), Gas: 5_000_000}); err != nil {
		return nil, fmt.Errorf("warm-up finalize: %w", err)
	}
	if err := r.resyncOps(); err != nil {
		return nil, err
	}

	// Bob deposits after block 1: pending for any exit from it.
	if _, err := r.send(bob, &r.addr, gasDeposit, r.pc.PackDeposit()); err != nil {
		return nil, err
	}

	// Block 2: alice pays carol.
	now, err := l1.Now(ctx)
	if err != nil {
		return nil, err
	}
	tr := &plasma.Transfer{From: addrs[1], To: addrs[3], Token: plasma.ETH, Nonce: 0, Deadline: now + 3600}
	tr.Amount.SetUint64(1000)
	tr.Fee.SetUint64(10)
	tr.Spent.SetUint64(1010)
	r.dom.SignTransfer(alice, tr)
	leaves := []common.Hash{proofs.TxLeaf(tr)}
	aliceLeaf, _ := ledger.Get(addrs[1], plasma.ETH)
	carolLeaf, _ := ledger.Get(addrs[3], plasma.ETH)
	opLeaf, _ := ledger.Get(addrs[0], plasma.ETH)
	plasma.ApplyTransfer(tr, &aliceLeaf, &carolLeaf, &opLeaf)
	for _, w := range []struct {
		a common.Address
		l plasma.Leaf
	}{{addrs[1], aliceLeaf}, {addrs[3], carolLeaf}, {addrs[0], opLeaf}} {
		if err := ledger.Set(w.a, plasma.ETH, w.l); err != nil {
			return nil, err
		}
	}
	b2, err := r.header(2, proofs.TxRoot(leaves), uint64(len(r.hashes)-1))
	if err != nil {
		return nil, err
	}
	if err := r.measure("commit_1", op, nil, r.pc.PackCommitBlocks([]bindings.PlasmaChainHeader{b2})); err != nil {
		return nil, err
	}
	b2At, err := r.lastCommittedAt()
	if err != nil {
		return nil, err
	}
	// One block that leaves the newest operation uncovered (an operator
	// waiting for confirmations): the commit also reads that operation's time.
	if _, err := r.send(keys[6], &r.addr, gasDeposit, r.pc.PackDeposit()); err != nil {
		return nil, err
	}
	b3, err := r.header(3, common.Hash{}, uint64(len(r.hashes)-2))
	if err != nil {
		return nil, err
	}
	if err := r.measure("commit_1_behind", op, nil, r.pc.PackCommitBlocks([]bindings.PlasmaChainHeader{b3})); err != nil {
		return nil, err
	}
	// Eight empty blocks in one commit.
	var eight []bindings.PlasmaChainHeader
	for n := uint64(4); n <= 11; n++ {
		h, err := r.header(n, common.Hash{}, uint64(len(r.hashes)-1))
		if err != nil {
			return nil, err
		}
		eight = append(eight, h)
	}
	if err := r.measure("commit_8", op, nil, r.pc.PackCommitBlocks(eight)); err != nil {
		return nil, err
	}

	// Exits from block 1.
	leaf, proof, steps, err := prove(addrs[1])
	if err != nil {
		return nil, err
	}
	rep.ProofPathLen = steps
	if err := r.measure("start_exit", alice, p.ExitBond, r.pc.PackStartExit(b1, b1At, plasma.ETH, leaf, proof)); err != nil {
		return nil, err
	}
	aliceExit, err := r.view(r.pc.PackOpenExit(addrs[1], plasma.ETH))
	if err != nil {
		return nil, err
	}
	exit, err := r.pc.UnpackOpenExit(aliceExit)
	if err != nil {
		return nil, err
	}
	leaf, proof, steps, err = prove(addrs[2])
	if err != nil {
		return nil, err
	}
	rep.AbsentSteps = steps
	if err := r.measure("start_exit_absent", bob, p.ExitBond, r.pc.PackStartExit(b1, b1At, plasma.ETH, leaf, proof)); err != nil {
		return nil, err
	}
	var txProof [][32]byte
	for _, h := range proofs.TxProof(leaves, 0) {
		txProof = append(txProof, h)
	}
	bt := bindings.PlasmaChainTransfer{From: tr.From, To: tr.To, Token: tr.Token, Amount: tr.Amount.ToBig(), Nonce: tr.Nonce,
		Fee: tr.Fee.ToBig(), Spent: tr.Spent.ToBig(), Deadline: tr.Deadline}
	if err := r.measure("challenge_exit", watcher, nil, r.pc.PackChallengeExit(exit.ExitId, bt, tr.Signature, b2, b2At, txProof)); err != nil {
		return nil, err
	}

	// A proof request for an absent key, answered; and one for alice's leaf.
	bond := new(big.Int).Mul(p.MinRequestBond, big.NewInt(10))
	absent := common.HexToAddress("0x00000000000000000000000000000000000dead1")
	if err := r.measure("request_proof", watcher, bond, r.pc.PackRequestProof(absent, plasma.ETH, b1, b1At)); err != nil {
		return nil, err
	}
	if _, err := r.send(watcher, &r.addr, bond, r.pc.PackRequestProof(addrs[1], plasma.ETH, b1, b1At)); err != nil {
		return nil, err
	}
	leaf, proof, _, err = prove(absent)
	if err != nil {
		return nil, err
	}
	if err := r.measure("answer_proof", op, nil, r.pc.PackAnswerProof(big.NewInt(1), leaf, proof)); err != nil {
		return nil, err
	}
	leaf, proof, _, err = prove(addrs[1])
	if err != nil {
		return nil, err
	}
	if err := r.measure("answer_proof_member", op, nil, r.pc.PackAnswerProof(big.NewInt(2), leaf, proof)); err != nil {
		return nil, err
	}

	// Finalize alice's exit (the head of the queue), then withdraw.
	if err := adjustTime(l1, time.Duration(2*p.ChallengePeriod+1)*time.Second); err != nil {
		return nil, err
	}
	fin, err := l1.Transact(ctx, keys[3], siml1.Tx{To: &r.addr, Data: r.pc.PackFinalizeExits(plasma.ETH, big.NewInt(1)), Gas: 5_000_000})
	if err != nil {
		return nil, fmt.Errorf("finalize_exit: %w", err)
	}
	r.gas["finalize_exit"] = fin.GasUsed
	if err := r.measure("withdraw", alice, nil, r.pc.PackWithdraw(plasma.ETH)); err != nil {
		return nil, err
	}
	return &GasTable{Rules: rules, Gas: r.gas}, nil
}

// send transacts with a margin over the estimate (see GasWithMargin) and
// mirrors the operations hash chain from the receipt.
func (r *gasRun) send(key *ecdsa.PrivateKey, to *common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	est, err := r.l1.Client.EstimateGas(r.ctx, ethereum.CallMsg{From: from, To: to, Value: value, Data: data})
	if err != nil {
		if rd, ok := siml1.RevertData(err); ok {
			return nil, r.l1.DecodeRevert(rd)
		}
		return nil, err
	}
	receipt, err := r.l1.Transact(r.ctx, key, siml1.Tx{To: to, Value: value, Data: data, Gas: GasWithMargin(est)})
	if err != nil {
		return nil, err
	}
	for _, lg := range receipt.Logs {
		if ev, err := r.pc.UnpackOperationAppendedEvent(lg); err == nil && lg.Address == r.addr {
			r.hashes = append(r.hashes, ev.OpsHash)
		}
	}
	return receipt, nil
}

func (r *gasRun) measure(name string, key *ecdsa.PrivateKey, value *big.Int, data []byte) error {
	receipt, err := r.send(key, &r.addr, value, data)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	r.gas[name] = receipt.GasUsed
	return nil
}

func (r *gasRun) view(data []byte) ([]byte, error) {
	return r.l1.Call(r.ctx, r.l1.Addrs[9], r.addr, data)
}

func (r *gasRun) lastCommittedAt() (uint64, error) {
	out, err := r.view(r.pc.PackLastCommit())
	if err != nil {
		return 0, err
	}
	lc, err := r.pc.UnpackLastCommit(out)
	return lc.CommittedAt, err
}

// header saves the ledger's working state as block n (version 1 is the
// bulk-loaded tree, already saved) and returns its header, timestamped with
// a fresh L1 head.
func (r *gasRun) header(n uint64, txRoot common.Hash, cursor uint64) (bindings.PlasmaChainHeader, error) {
	var root common.Hash
	if n == 1 {
		snap, err := r.ledger.Snapshot(1)
		if err != nil {
			return bindings.PlasmaChainHeader{}, err
		}
		root = snap.Root()
		snap.Close()
	} else {
		v, rt, err := r.ledger.Save()
		if err != nil {
			return bindings.PlasmaChainHeader{}, err
		}
		if uint64(v) != n {
			return bindings.PlasmaChainHeader{}, fmt.Errorf("ledger version %d for block %d", v, n)
		}
		root = rt
	}
	r.l1.Commit()
	now, err := r.l1.Now(r.ctx)
	if err != nil {
		return bindings.PlasmaChainHeader{}, err
	}
	return bindings.PlasmaChainHeader{Number: n, StateRoot: root, TxRoot: txRoot, OpsCursor: cursor, OpsHash: r.hashes[cursor], Timestamp: now}, nil
}

// WriteGasTable prints rep as an aligned text table.
func WriteGasTable(w io.Writer, rep *GasReport) {
	fmt.Fprintf(w, "PlasmaChain gas (whole transactions), %d accounts, start_exit proof %d steps, absent proof %d steps\n",
		rep.Accounts, rep.ProofPathLen, rep.AbsentSteps)
	fmt.Fprintf(w, "%-22s", "operation")
	for _, t := range rep.Tables {
		fmt.Fprintf(w, " %12s", t.Rules)
	}
	fmt.Fprintln(w)
	for _, op := range GasOps {
		fmt.Fprintf(w, "%-22s", op)
		for _, t := range rep.Tables {
			fmt.Fprintf(w, " %12d", t.Gas[op])
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%-22s", "proof_path_len")
	for range rep.Tables {
		fmt.Fprintf(w, " %12d", rep.ProofPathLen)
	}
	fmt.Fprintln(w)
}

// resyncOps reloads the operations hash chain from the contract (after a
// transaction sent without send, e.g. a finalization).
func (r *gasRun) resyncOps() error {
	out, err := r.view(r.pc.PackOpsCount())
	if err != nil {
		return err
	}
	n, err := r.pc.UnpackOpsCount(out)
	if err != nil {
		return err
	}
	for i := uint64(len(r.hashes)); i <= n; i++ {
		out, err := r.view(r.pc.PackOpsHashAt(new(big.Int).SetUint64(i)))
		if err != nil {
			return err
		}
		h, err := r.pc.UnpackOpsHashAt(out)
		if err != nil {
			return err
		}
		r.hashes = append(r.hashes, h)
	}
	return nil
}

// adjustTime moves the simulated L1's clock. The backend refuses while its
// transaction pool still lists a transaction, which it briefly does after a
// block that included it (the pool resets asynchronously): retry.
func adjustTime(l1 *siml1.Chain, d time.Duration) error {
	for i := 0; ; i++ {
		err := l1.AdjustTime(d)
		if err == nil || i == 200 || !strings.Contains(err.Error(), "non-empty block") {
			return err
		}
		time.Sleep(5 * time.Millisecond)
	}
}
