package wallet

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/avlplasma/avlplasma/contracts"
	"github.com/avlplasma/avlplasma/contracts/bindings"
	"github.com/avlplasma/avlplasma/internal/siml1"
	"github.com/avlplasma/avlplasma/internal/wallet/wallettest"
	"github.com/avlplasma/avlplasma/proofs"
)

type chain struct {
	*wallettest.Chain
	dep *contracts.Deployment
	l1  *L1
}

func newChain(t *testing.T) *chain {
	c := wallettest.NewChain(t, false)
	l1 := NewL1(c.Client, c.Dep.PlasmaChain)
	l1.Poll = 20 * time.Millisecond
	l1.Progress = func(s string) { t.Log(s) }
	return &chain{Chain: c, dep: c.Dep, l1: l1}
}

// gasCost is what a receipt's transaction cost its sender.
func gasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

func eth(milli int64) *big.Int { return new(big.Int).Mul(big.NewInt(milli), big.NewInt(1e15)) }

func TestDepositTokenApprovesThenDeposits(t *testing.T) {
	ctx := context.Background()
	c := newChain(t)
	erc := bindings.NewTestERC20()
	token, _, err := c.Deploy(ctx, c.Keys[0], &bindings.TestERC20MetaData, erc.PackConstructor("Test", "TST", 18))
	if err != nil {
		t.Fatal(err)
	}
	user := c.Keys[3]
	if _, err := c.Transact(ctx, c.Keys[0], siml1.Tx{To: &token, Data: erc.PackMint(c.Addrs[3], eth(5000)), Gas: 1_000_000}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.l1.Deposit(ctx, user, token, eth(1500)); err != nil {
		t.Fatal(err)
	}
	out, err := c.Call(ctx, c.Addrs[3], token, erc.PackBalanceOf(c.dep.PlasmaChain))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := erc.UnpackBalanceOf(out); got.Cmp(eth(1500)) != 0 {
		t.Fatalf("contract holds %s of the token, want %s", got, eth(1500))
	}
	// More than the user holds: the token's custom error is named.
	_, err = c.l1.Deposit(ctx, user, token, eth(10_000))
	var re *RevertError
	if !errors.As(err, &re) {
		t.Fatalf("deposit beyond the balance: got %v, want a RevertError", err)
	}
	t.Log(err)
	// ETH deposit and a zero amount.
	if _, err := c.l1.Deposit(ctx, user, common.Address{}, eth(10)); err != nil {
		t.Fatal(err)
	}
	if _, err := c.l1.Deposit(ctx, user, common.Address{}, new(big.Int)); err == nil {
		t.Fatal("zero deposit accepted")
	}
	// An exit authorization hashes as the contract does and recovers to the owner.
	d := proofs.Domain{ChainID: c.ChainID, Contract: c.dep.PlasmaChain}
	auth := AuthorizeExit(d, user, token, c.Addrs[5], 1_900_000_000)
	pc := bindings.NewPlasmaChain()
	out, err = c.Call(ctx, c.Addrs[3], c.dep.PlasmaChain, pc.PackExitAuthorizationDigest(c.Addrs[3], token, c.Addrs[5], 1_900_000_000))
	if err != nil {
		t.Fatal(err)
	}
	if onchain, _ := pc.UnpackExitAuthorizationDigest(out); common.Hash(onchain) != auth.Digest {
		t.Fatalf("authorization digest %s, contract says %x", auth.Digest, onchain)
	}
	if signer, err := proofs.RecoverSigner(auth.Digest, auth.Signature); err != nil || signer != c.Addrs[3] {
		t.Fatalf("authorization signed by %s, %v", signer, err)
	}
	st, err := c.l1.OpenExit(ctx, c.Addrs[3], common.Address{})
	if err != nil || st.Open {
		t.Fatalf("open exit before any exit: %+v, %v", st, err)
	}
}

func TestKeystoreNewImportList(t *testing.T) {
	dir := t.TempDir()
	pwFile := filepath.Join(dir, "pw")
	if err := os.WriteFile(pwFile, []byte("correct horse\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	pw, err := ReadPasswordFile(pwFile)
	if err != nil || pw != "correct horse" {
		t.Fatalf("password %q, %v", pw, err)
	}
	ks, err := OpenKeys(filepath.Join(dir, "ks"), true)
	if err != nil {
		t.Fatal(err)
	}
	a, err := ks.New(pw)
	if err != nil {
		t.Fatal(err)
	}
	b, err := ks.Import("0x"+siml1.DevKeys[1]+"\n", pw)
	if err != nil {
		t.Fatal(err)
	}
	if want := crypto.PubkeyToAddress(siml1.DevKey(1).PublicKey); b.Address != want {
		t.Fatalf("imported %s, want %s", b.Address, want)
	}
	if _, err := ks.Import("nothex", pw); err == nil {
		t.Fatal("bad key imported")
	}
	ks2, err := OpenKeys(filepath.Join(dir, "ks"), true)
	if err != nil {
		t.Fatal(err)
	}
	got := map[common.Address]bool{}
	for _, acc := range ks2.List() {
		got[acc.Address] = true
	}
	if len(got) != 2 || !got[a.Address] || !got[b.Address] {
		t.Fatalf("listed %v, want %s and %s", got, a.Address, b.Address)
	}
	key, err := ks2.Unlock(b.Address, pw)
	if err != nil || crypto.PubkeyToAddress(key.PublicKey) != b.Address {
		t.Fatalf("unlock: %v", err)
	}
	if _, err := ks2.Unlock(b.Address, "wrong"); err == nil {
		t.Fatal("unlocked with a wrong password")
	}
	if _, err := ks2.Unlock(common.HexToAddress("0x1234"), pw); err == nil {
		t.Fatal("unlocked an unknown account")
	}
}

type stack struct {
	*wallettest.Stack
	api *Client
}

func startStack(t *testing.T, c *chain) *stack {
	s := wallettest.StartStack(t, c.Chain)
	return &stack{Stack: s, api: NewClient(s.URL)}
}

// The whole user journey through the real API: deposit, transfer, balance,
// proof saved to a file, operator gone, exit started from the file alone,
// challenge period passed, finalize, withdraw — L1 balance right to the wei.
func TestDepositTransferExitFromProofFile(t *testing.T) {
	ctx := context.Background()
	c := newChain(t)
	s := startStack(t, c)
	alice, bob := c.Keys[1], c.Addrs[2]
	aliceAddr := c.Addrs[1]
	eth0 := common.Address{}

	if _, err := c.l1.Deposit(ctx, alice, eth0, eth(1000)); err != nil {
		t.Fatal(err)
	}
	var acct *Account
	wallettest.WaitFor(t, "deposit credited", func() bool {
		a, err := s.api.Account(ctx, aliceAddr)
		acct = a
		return err == nil && a.Leaf(eth0).Balance == eth(1000).String()
	})

	info, err := s.api.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	now, err := c.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tr, hash, err := BuildTransfer(info, alice, acct.Leaf(eth0), TransferRequest{
		To: bob, Token: eth0, Amount: uint256.MustFromBig(eth(300)), Deadline: now + 3600,
	})
	if err != nil {
		t.Fatal(err)
	}
	if tr.Fee.Uint64() != wallettest.MinFee || tr.Nonce != 0 || !tr.Spent.Eq(uint256.MustFromBig(new(big.Int).Add(eth(300), big.NewInt(wallettest.MinFee)))) {
		t.Fatalf("transfer fee %s nonce %d spent %s", tr.Fee.Dec(), tr.Nonce, tr.Spent.Dec())
	}
	st, err := s.api.Submit(ctx, EncodeTransfer(tr))
	if err != nil {
		t.Fatal(err)
	}
	if st.Hash != hash.Hex() {
		t.Fatalf("operator hash %s, wallet hash %s", st.Hash, hash.Hex())
	}
	// A transfer with a wrong nonce is refused with a rule.
	stale := acct.Leaf(eth0)
	stale.Nonce = "5"
	bad, _, err := BuildTransfer(info, alice, stale, TransferRequest{
		To: bob, Token: eth0, Amount: uint256.NewInt(1), Deadline: now + 3600,
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.api.Submit(ctx, EncodeTransfer(bad))
	var ae *APIError
	if !errors.As(err, &ae) || ae.Rule == "" {
		t.Fatalf("wrong nonce: got %v, want an APIError naming a rule", err)
	}
	t.Logf("wrong nonce refused: %v", err)

	var block uint64
	wallettest.WaitFor(t, "transfer committed", func() bool {
		ts, err := s.api.Transfer(ctx, hash)
		if err != nil || ts.Block == nil || (ts.Status != "committed" && ts.Status != "finalized") {
			return false
		}
		block, _ = strconv.ParseUint(*ts.Block, 10, 64)
		return true
	})
	wantLeft := new(big.Int).Sub(eth(700), big.NewInt(wallettest.MinFee))
	a, err := s.api.Account(ctx, aliceAddr)
	if err != nil || a.Leaf(eth0).Balance != wantLeft.String() {
		t.Fatalf("alice after transfer: %+v, %v", a, err)
	}
	b, err := s.api.Account(ctx, bob)
	if err != nil || b.Leaf(eth0).Balance != eth(300).String() {
		t.Fatalf("bob after transfer: %+v, %v", b, err)
	}

	raw, err := s.api.ProofRaw(ctx, aliceAddr, eth0, &block)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "proof.json")
	if err := os.WriteFile(file, raw, 0o600); err != nil {
		t.Fatal(err)
	}

	// A proof request on L1 (header from L1 events only) is answered.
	last, err := c.l1.LastBlock(ctx)
	if err != nil || last < block {
		t.Fatalf("lastBlock %d < %d: %v", last, block, err)
	}
	ch, err := c.l1.CommittedHeader(ctx, block)
	if err != nil {
		t.Fatal(err)
	}
	if ch.Header.StateRoot != pfStateRoot(t, raw) {
		t.Fatal("L1 header's stateRoot differs from the proof's")
	}
	req, _, err := c.l1.RequestProof(ctx, c.Keys[2], aliceAddr, eth0, block)
	if err != nil {
		t.Fatal(err)
	}
	wallettest.WaitFor(t, "proof request answered", func() bool {
		r, err := c.l1.Request(ctx, req.ID)
		return err == nil && r.Status == 2
	})
	if _, err := c.l1.CommittedHeader(ctx, 1<<40); err == nil {
		t.Fatal("header of an uncommitted block found")
	}

	// The operator goes away; the wallet says so and the file suffices.
	s.Stop()
	if _, err := s.api.Info(ctx); !errors.Is(err, ErrUnreachable) {
		t.Fatalf("API down: got %v, want ErrUnreachable", err)
	}
	saved, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	pf, err := ParseProofFile(saved)
	if err != nil {
		t.Fatal(err)
	}
	args, err := pf.ExitArgs()
	if err != nil {
		t.Fatal(err)
	}
	if string(args.Calldata()) != string(pf.StartExitCalldata) {
		t.Fatal("calldata built from the file's fields differs from the operator's startExitCalldata")
	}
	if _, err := c.l1.StartExit(ctx, c.Keys[2], pf); err == nil {
		t.Fatal("someone else's proof file accepted")
	}
	before, err := c.Balance(ctx, aliceAddr)
	if err != nil {
		t.Fatal(err)
	}
	r1, err := c.l1.StartExit(ctx, alice, pf)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := c.l1.OpenExit(ctx, aliceAddr, eth0)
	if err != nil {
		t.Fatal(err)
	}
	if !ex.Open || ex.Amount.Cmp(wantLeft) != 0 || ex.ExitableAt <= ex.Now {
		t.Fatalf("open exit %+v, want amount %s and a future exitableAt", ex, wantLeft)
	}
	// Too early: finalize pays nothing yet.
	if w, err := c.l1.Withdrawable(ctx, aliceAddr, eth0); err != nil || w.Sign() != 0 {
		t.Fatalf("withdrawable before maturity: %s, %v", w, err)
	}
	wait := time.Duration(ex.ExitableAt-ex.Now+1) * time.Second
	c.AdjustTime(t, wait)
	r2, err := c.l1.FinalizeExits(ctx, alice, eth0, 10)
	if err != nil {
		t.Fatal(err)
	}
	w, err := c.l1.Withdrawable(ctx, aliceAddr, eth0)
	if err != nil || w.Sign() == 0 {
		t.Fatalf("withdrawable after finalize: %s, %v", w, err)
	}
	r3, err := c.l1.Withdraw(ctx, alice, eth0)
	if err != nil {
		t.Fatal(err)
	}
	after, err := c.Balance(ctx, aliceAddr)
	if err != nil {
		t.Fatal(err)
	}
	want := new(big.Int).Add(before, wantLeft)
	for _, r := range []*types.Receipt{r1, r2, r3} {
		want.Sub(want, gasCost(r))
	}
	if after.Cmp(want) != 0 {
		t.Fatalf("L1 balance after exit %s, want %s (off by %s)", after, want, new(big.Int).Sub(after, want))
	}
	if ex, err := c.l1.OpenExit(ctx, aliceAddr, eth0); err != nil || ex.Open {
		t.Fatalf("exit still open after finalize: %+v, %v", ex, err)
	}
}

func pfStateRoot(t *testing.T, raw []byte) common.Hash {
	pf, err := ParseProofFile(raw)
	if err != nil {
		t.Fatal(err)
	}
	return pf.Header.StateRoot
}

// An exit from a block before the owner's spend is challenged with the
// spend's inclusion proof (fetched while the operator was up) and then pays
// only what is left.
func TestStaleExitChallenged(t *testing.T) {
	ctx := context.Background()
	c := newChain(t)
	s := startStack(t, c)
	alice, aliceAddr, bob := c.Keys[1], c.Addrs[1], c.Addrs[2]
	eth0 := common.Address{}
	if _, err := c.l1.Deposit(ctx, alice, eth0, eth(1000)); err != nil {
		t.Fatal(err)
	}
	var acct *Account
	wallettest.WaitFor(t, "deposit credited", func() bool {
		a, err := s.api.Account(ctx, aliceAddr)
		acct = a
		return err == nil && a.Leaf(eth0).Balance == eth(1000).String()
	})
	b0, err := strconv.ParseUint(acct.Block, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	var old []byte
	wallettest.WaitFor(t, "deposit block committed", func() bool {
		old, err = s.api.ProofRaw(ctx, aliceAddr, eth0, &b0)
		return err == nil
	})
	info, err := s.api.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	now, err := c.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tr, hash, err := BuildTransfer(info, alice, acct.Leaf(eth0), TransferRequest{To: bob, Token: eth0, Amount: uint256.MustFromBig(eth(300)), Deadline: now + 3600})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.api.Submit(ctx, EncodeTransfer(tr)); err != nil {
		t.Fatal(err)
	}
	var ts *TransferStatus
	wallettest.WaitFor(t, "transfer committed", func() bool {
		ts, err = s.api.Transfer(ctx, hash)
		return err == nil && ts.Index != nil && (ts.Status == "committed" || ts.Status == "finalized")
	})
	n, _ := strconv.ParseUint(*ts.Block, 10, 64)
	i, _ := strconv.ParseUint(*ts.Index, 10, 64)
	txp, err := s.api.TransferProof(ctx, n, i)
	if err != nil {
		t.Fatal(err)
	}
	if txp.Transfer.Hash != hash.Hex() {
		t.Fatalf("proof of transfer %s, want %s", txp.Transfer.Hash, hash.Hex())
	}
	s.Stop()

	pf, err := ParseProofFile(old)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.l1.StartExit(ctx, alice, pf); err != nil {
		t.Fatal(err)
	}
	ex, err := c.l1.OpenExit(ctx, aliceAddr, eth0)
	if err != nil || ex.Amount.Cmp(eth(1000)) != 0 {
		t.Fatalf("stale exit %+v, %v", ex, err)
	}
	if _, err := c.l1.Challenge(ctx, c.Keys[2], ex.ID, txp); err != nil {
		t.Fatal(err)
	}
	ex, err = c.l1.OpenExit(ctx, aliceAddr, eth0)
	want := new(big.Int).Sub(eth(700), big.NewInt(wallettest.MinFee))
	if err != nil || ex.Amount.Cmp(want) != 0 {
		t.Fatalf("after challenge %+v, %v; want amount %s", ex, err, want)
	}
	// The same evidence again is refused, by name.
	_, err = c.l1.Challenge(ctx, c.Keys[2], ex.ID, txp)
	var re *RevertError
	if !errors.As(err, &re) || re.Reason != "SpentNotAbove" {
		t.Fatalf("second challenge: %v", err)
	}
}
