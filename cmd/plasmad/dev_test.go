package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	ics23 "github.com/cosmos/ics23/go"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/contracts"
	"github.com/avlplasma/avlplasma/contracts/bindings"
	"github.com/avlplasma/avlplasma/internal/siml1"
	"github.com/avlplasma/avlplasma/proofs"
)

func apiGet(t *testing.T, url string, out any) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if out != nil && resp.StatusCode == 200 {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("GET %s: %v", url, err)
		}
	}
	return resp.StatusCode
}

func apiPost(t *testing.T, url string, body []byte) (int, string) {
	t.Helper()
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func transferBody(t *plasma.Transfer) []byte {
	b, _ := json.Marshal(map[string]string{
		"from": t.From.Hex(), "to": t.To.Hex(), "token": t.Token.Hex(), "amount": t.Amount.Dec(),
		"nonce": uint256.NewInt(t.Nonce).Dec(), "fee": t.Fee.Dec(), "spent": t.Spent.Dec(),
		"deadline": uint256.NewInt(t.Deadline).Dec(), "signature": hexutil.Encode(t.Signature),
	})
	return b
}

func waitFor(t *testing.T, what string, d time.Duration, ok func() bool) {
	t.Helper()
	end := time.Now().Add(d)
	for !ok() {
		if time.Now().After(end) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// The dev stack end to end, through the REST API and L1 transactions only:
// two users deposit, one pays the other with an EIP-712 signature, the
// block is committed, the payee verifies the served ICS23 proof against the
// root the contract emitted, exits with the served calldata, and after the
// challenge period withdraws exactly the proven balance. Bad requests are
// refused with the rule and change nothing.
func TestDevEndToEnd(t *testing.T) {
	ctx := context.Background()
	d, err := startDev(ctx, devConfig{
		HTTPAddr: "127.0.0.1:0", MineEvery: 200 * time.Millisecond, BlockTime: 200 * time.Millisecond,
		PollEvery: 100 * time.Millisecond, MinFee: uint256.NewInt(1), Margin: time.Minute, ChallengePeriod: 10,
		Log: zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.InfoLevel),
	})
	if err != nil {
		t.Fatal(err)
	}
	if p := d.Deployment.Params; p.ChallengePeriod != 10 || p.ResponseWindow != 5 || p.OpsTimeout != 5 {
		t.Fatalf("dev parameters for a 10 s challenge period: %+v", p)
	}
	defer func() {
		if err := d.Stop(context.Background()); err != nil {
			t.Error(err)
		}
	}()
	api, chain, pc := d.Node.APIURL, d.Chain, bindings.NewPlasmaChain()
	contract := d.Deployment.PlasmaChain
	send := func(i int, value *big.Int, data []byte) {
		t.Helper()
		tx, err := chain.Send(ctx, chain.Keys[i], siml1.Tx{To: &contract, Value: value, Data: data, Gas: 3_000_000})
		if err != nil {
			t.Fatal(err)
		}
		waitReceipt(t, d, tx.Hash())
	}
	alice, bob := chain.Addrs[1], chain.Addrs[2]
	oneEth := big.NewInt(1e18)
	send(1, oneEth, pc.PackDeposit())
	send(2, oneEth, pc.PackDeposit())

	balanceOf := func(owner common.Address) uint64 {
		var acc struct {
			Balances []struct{ Token, Balance string }
		}
		if apiGet(t, api+"/v1/accounts/"+owner.Hex(), &acc) != 200 {
			return 0
		}
		for _, b := range acc.Balances {
			if common.HexToAddress(b.Token) == plasma.ETH {
				v, _ := uint256.FromDecimal(b.Balance)
				return v.Uint64()
			}
		}
		return 0
	}
	waitFor(t, "deposits credited", 30*time.Second, func() bool { return balanceOf(alice) == 1e18 && balanceOf(bob) == 1e18 })

	now, _ := chain.Now(ctx)
	domain := proofs.Domain{ChainID: chain.ChainID, Contract: contract}
	tr := &plasma.Transfer{From: alice, To: bob, Token: plasma.ETH, Deadline: now + 3600}
	tr.Amount.SetUint64(25e16)
	tr.Fee.SetUint64(1000)
	tr.Spent.Add(&tr.Amount, &tr.Fee)

	// Refused requests first; none may change anything.
	var before map[string]any
	apiGet(t, api+"/v1/info", &before)
	short := *tr
	short.Deadline = now + 5
	domain.SignTransfer(chain.Keys[1], &short)
	if code, body := apiPost(t, api+"/v1/transfers", transferBody(&short)); (code != 400 && code != 409) || !strings.Contains(body, "deadline") {
		t.Fatalf("close deadline: %d %s", code, body)
	}
	high := *tr
	domain.SignTransfer(chain.Keys[1], &high)
	s := new(big.Int).SetBytes(high.Signature[32:64])
	s.Sub(secp256k1N, s).FillBytes(high.Signature[32:64])
	high.Signature[64] ^= 1
	if code, body := apiPost(t, api+"/v1/transfers", transferBody(&high)); code != 400 || !strings.Contains(body, "signature") {
		t.Fatalf("high-s: %d %s", code, body)
	}
	if code, _ := apiPost(t, api+"/v1/transfers", []byte(`{"from": 12`)); code != 400 {
		t.Fatalf("malformed JSON: %d", code)
	}
	if balanceOf(alice) != 1e18 || balanceOf(bob) != 1e18 {
		t.Fatal("a refused transfer changed balances")
	}

	domain.SignTransfer(chain.Keys[1], tr)
	code, body := apiPost(t, api+"/v1/transfers", transferBody(tr))
	if code != 200 && code != 202 {
		t.Fatalf("transfer: %d %s", code, body)
	}
	var sub struct{ Hash string }
	_ = json.Unmarshal([]byte(body), &sub)
	var block uint64
	waitFor(t, "transfer committed", 30*time.Second, func() bool {
		var st struct{ Status, Block string }
		apiGet(t, api+"/v1/transfers/"+sub.Hash, &st)
		v, _ := uint256.FromDecimal(st.Block)
		if v != nil {
			block = v.Uint64()
		}
		return st.Status == "committed" || st.Status == "finalized"
	})

	// Refusals through the real sequencer: each is a 4xx naming its rule,
	// and neither account changes.
	accountJSON := func(owner common.Address) string {
		resp, err := http.Get(api + "/v1/accounts/" + owner.Hex())
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	refused := func(what string, key int, mutate func(*plasma.Transfer), rule string) {
		t.Helper()
		a, b := accountJSON(alice), accountJSON(bob)
		bad := *tr
		bad.Signature = nil
		mutate(&bad)
		domain.SignTransfer(chain.Keys[key], &bad)
		code, body := apiPost(t, api+"/v1/transfers", transferBody(&bad))
		if code < 400 || code >= 500 || !strings.Contains(body, `"rule":"`+rule+`"`) {
			t.Fatalf("%s: %d %s, want a 4xx naming rule %q", what, code, body, rule)
		}
		if accountJSON(alice) != a || accountJSON(bob) != b {
			t.Fatalf("%s: a refused transfer changed an account", what)
		}
	}
	refused("replayed nonce", 1, func(x *plasma.Transfer) { x.Amount.SetUint64(1); x.Spent.Add(&x.Amount, &x.Fee) }, plasma.RuleNonce)
	// A second spend: spent = the first's spent + amount + fee.
	refused("overdraft", 1, func(x *plasma.Transfer) {
		x.Nonce = 1
		x.Amount.SetUint64(5e18)
		x.Spent.Add(&tr.Spent, &x.Amount)
		x.Spent.Add(&x.Spent, &x.Fee)
	}, plasma.RuleBalance)
	refused("unknown token", 1, func(x *plasma.Transfer) {
		x.Nonce = 0 // a fresh leaf
		x.Token = common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	}, plasma.RuleBalance)

	// Bob proves his leaf at that block and checks the proof himself.
	var pr struct {
		Header     struct{ StateRoot string }
		Key, Value string
		ICS23      string `json:"ics23"`
		Balance    string
		Exists     bool
		StartExit  string `json:"startExitCalldata"`
	}
	if code := apiGet(t, api+"/v1/proofs/"+bob.Hex()+"/"+plasma.ETH.Hex()+"?block="+uint256.NewInt(block).Dec(), &pr); code != 200 {
		t.Fatalf("proof: %d", code)
	}
	root := committedRoot(t, d, block)
	if common.HexToHash(pr.Header.StateRoot) != root {
		t.Fatalf("served header root %s, contract %s", pr.Header.StateRoot, root)
	}
	var cp ics23.CommitmentProof
	if err := cp.Unmarshal(hexutil.MustDecode(pr.ICS23)); err != nil {
		t.Fatal(err)
	}
	if !pr.Exists || !ics23.VerifyMembership(ics23.IavlSpec, root[:], &cp, hexutil.MustDecode(pr.Key), hexutil.MustDecode(pr.Value)) {
		t.Fatal("served ICS23 proof does not verify against the committed root")
	}
	want, _ := new(big.Int).SetString(pr.Balance, 10)
	if want.Cmp(big.NewInt(125e16)) != 0 {
		t.Fatalf("bob's proven balance %s", pr.Balance)
	}

	bond := d.Deployment.Params.ExitBond
	send(2, bond, hexutil.MustDecode(pr.StartExit))
	var exits struct {
		Exits []struct{ ID, Status, ExitableAt string }
	}
	waitFor(t, "exit listed", 10*time.Second, func() bool {
		apiGet(t, api+"/v1/exits?status=open", &exits)
		return len(exits.Exits) == 1
	})
	// Bob's leaf is locked by his exit once the lock operation is applied
	// (seen in a sealed block); from then on his spends are refused.
	waitFor(t, "exit's lock sealed", 60*time.Second, func() bool {
		from := block + 1
		for {
			var page struct {
				Blocks []struct {
					Ops []struct{ KindName, Owner string }
				}
				Next *string
			}
			if apiGet(t, api+"/v1/blocks?from="+uint256.NewInt(from).Dec(), &page) != 200 {
				return false
			}
			for _, b := range page.Blocks {
				for _, op := range b.Ops {
					if op.KindName == "lock" && common.HexToAddress(op.Owner) == bob {
						return true
					}
				}
			}
			if page.Next == nil {
				return false
			}
			v, err := uint256.FromDecimal(*page.Next)
			if err != nil {
				t.Fatal(err)
			}
			from = v.Uint64()
		}
	})
	refused("spend during an exit", 2, func(x *plasma.Transfer) {
		x.From, x.To, x.Nonce = bob, alice, 0
		x.Amount.SetUint64(1)
		x.Spent.Add(&x.Amount, &x.Fee)
	}, plasma.RuleLocked)

	// Past exitableAt; the operator finalizes mature exits itself.
	waitFor(t, "time moved", 10*time.Second, func() bool {
		return chain.AdjustTime(time.Duration(2*d.Deployment.Params.ChallengePeriod+1)*time.Second) == nil
	})
	waitFor(t, "exit finalized", 30*time.Second, func() bool {
		apiGet(t, api+"/v1/exits?status=finalized", &exits)
		return len(exits.Exits) == 1
	})
	out, err := chain.Call(ctx, bob, contract, pc.PackWithdrawable(bob, plasma.ETH))
	if err != nil {
		t.Fatal(err)
	}
	owed, err := pc.UnpackWithdrawable(out)
	if err != nil {
		t.Fatal(err)
	}
	paid := big.NewInt(125e16)
	if owed.Cmp(paid) != 0 && owed.Cmp(new(big.Int).Add(paid, bond)) != 0 {
		t.Fatalf("withdrawable %s, want the proven %s (plus the bond %s)", owed, paid, bond)
	}
	before2, _ := chain.Balance(ctx, bob)
	tx, err := chain.Send(ctx, chain.Keys[2], siml1.Tx{To: &contract, Data: pc.PackWithdraw(plasma.ETH), Gas: 200_000})
	if err != nil {
		t.Fatal(err)
	}
	rcpt := waitReceipt(t, d, tx.Hash())
	after, _ := chain.Balance(ctx, bob)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	got := new(big.Int).Sub(after, before2)
	got.Add(got, fee)
	if got.Cmp(owed) != 0 {
		t.Fatalf("withdrew %s wei, want %s", got, owed)
	}
	t.Logf("bob withdrew %s wei after exiting from block %d", got, block)
}

var secp256k1N = crypto.S256().Params().N

func waitReceipt(t *testing.T, d *devStack, h common.Hash) *types.Receipt {
	t.Helper()
	var r *types.Receipt
	waitFor(t, "L1 receipt", 20*time.Second, func() bool {
		var err error
		r, err = d.Chain.Client.TransactionReceipt(context.Background(), h)
		return err == nil
	})
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("L1 tx %s reverted", h)
	}
	return r
}

func committedRoot(t *testing.T, d *devStack, n uint64) common.Hash {
	t.Helper()
	pc := bindings.NewPlasmaChain()
	logs, err := d.Chain.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: big.NewInt(0), Addresses: []common.Address{d.Deployment.PlasmaChain},
		Topics: [][]common.Hash{{pc.GetABI().Events[bindings.PlasmaChainBlockCommittedEventName].ID}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for i := range logs {
		if e, err := pc.UnpackBlockCommittedEvent(&logs[i]); err == nil && e.Number == n {
			return e.StateRoot
		}
	}
	t.Fatalf("block %d not committed on L1", n)
	return common.Hash{}
}

// runDeploy runs `plasmad deploy` with args and returns the parameters it
// deployed with.
func runDeploy(t *testing.T, l1URL string, args ...string) (*contracts.Deployment, error) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "deployment.json")
	app := &cli.App{Name: "plasmad", Commands: []*cli.Command{deployCommand()}, Writer: io.Discard, ErrWriter: io.Discard}
	argv := append([]string{"plasmad", "deploy", "--l1.rpc", l1URL, "--dev", "--private-key", siml1.DevKeys[0], "--out", out}, args...)
	if err := app.Run(argv); err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var dep contracts.Deployment
	if err := json.Unmarshal(raw, &dep); err != nil {
		t.Fatal(err)
	}
	return &dep, nil
}

// Every contract parameter is a deploy flag (and env var) defaulting to the
// preset; windows a shorter challenge period no longer allows shrink unless
// given; refused combinations name the flags; the contract holds what the
// deployment file says.
func TestDeployParameterFlags(t *testing.T) {
	chain, err := siml1.Open(siml1.WithHTTP("127.0.0.1", freePort(t, "127.0.0.1")))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	chain.MineEvery(ctx, 100*time.Millisecond)
	defer func() {
		cancel()
		_ = chain.Close()
	}()
	url := chain.HTTPEndpoint()
	op := chain.Addrs[0]

	dep, err := runDeploy(t, url)
	if err != nil {
		t.Fatal(err)
	}
	if want := contracts.DefaultDevParams(op); !reflect.DeepEqual(dep.Params, want) {
		t.Fatalf("no flags: %+v, want the dev preset %+v", dep.Params, want)
	}

	t.Setenv("PLASMAD_EXIT_BOND", "50000000000000000")
	t.Setenv("PLASMAD_HEARTBEAT", "8s") // a duration, as plasmad operator's --heartbeat takes it
	dep, err = runDeploy(t, url, "--challenge-period", "10", "--challenge-reward", "1000", "--operator", chain.Addrs[3].Hex())
	if err != nil {
		t.Fatal(err)
	}
	p := dep.Params
	if p.ChallengePeriod != 10 || p.ResponseWindow != 5 || p.OpsTimeout != 5 || p.MaxSealLag != 10 || p.RequestMaxAge != 40 ||
		p.MaxCommitGap != 40 || p.Heartbeat != 8 || p.ExitBond.String() != "50000000000000000" || p.ChallengeReward.Int64() != 1000 ||
		p.Operator != chain.Addrs[3] {
		t.Fatalf("short period: %+v", p)
	}
	pc := bindings.NewPlasmaChain()
	call := func(data []byte) []byte {
		out, err := chain.Call(ctx, op, dep.PlasmaChain, data)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	if cp, err := pc.UnpackChallengePeriod(call(pc.PackChallengePeriod())); err != nil || cp != 10 {
		t.Fatalf("on-chain challengePeriod %d, %v", cp, err)
	}
	if rw, err := pc.UnpackResponseWindow(call(pc.PackResponseWindow())); err != nil || rw != 5 {
		t.Fatalf("on-chain responseWindow %d, %v", rw, err)
	}
	if bond, err := pc.UnpackExitBond(call(pc.PackExitBond())); err != nil || bond.String() != "50000000000000000" {
		t.Fatalf("on-chain exitBond %s, %v", bond, err)
	}
	os.Unsetenv("PLASMAD_EXIT_BOND")
	os.Unsetenv("PLASMAD_HEARTBEAT")

	// The public preset, shortened: given windows stay as given.
	pub := contracts.DefaultPublicParams(op)
	var got contracts.Params
	cmd := deployCommand()
	cmd.Action = func(c *cli.Context) error { got, err = deployParams(c, op); return err }
	app := &cli.App{Name: "plasmad", Commands: []*cli.Command{cmd}}
	if err := app.Run([]string{"plasmad", "deploy", "--public", "--challenge-period", "24h", "--ops-timeout", "3600"}); err != nil {
		t.Fatal(err)
	}
	if got.ChallengePeriod != 86400 || got.ResponseWindow != 43200 || got.OpsTimeout != 3600 || got.MaxCommitGap != pub.MaxCommitGap {
		t.Fatalf("public, one day: %+v", got)
	}

	for _, bad := range []struct {
		args []string
		want []string
	}{
		{[]string{"--challenge-period", "40", "--response-window", "30"}, []string{"--response-window", "--challenge-period/2"}},
		{[]string{"--exit-bond", "10", "--challenge-reward", "11"}, []string{"--challenge-reward", "--exit-bond"}},
		{[]string{"--heartbeat", "40"}, []string{"--heartbeat", "--max-commit-gap"}},
		{[]string{"--ops-ring", "100"}, []string{"--ops-ring"}},
		{[]string{"--min-request-bond", "1eth"}, []string{"--min-request-bond"}},
		{[]string{"--challenge-period", "0"}, []string{"--challenge-period"}},
		{[]string{"--challenge-period", "1.5s"}, []string{"challenge-period", "whole seconds"}},
	} {
		_, err := runDeploy(t, url, bad.args...)
		for _, w := range bad.want {
			if err == nil || !strings.Contains(err.Error(), w) {
				t.Errorf("deploy %v: %v; want an error naming %s", bad.args, err, w)
			}
		}
	}
}

func freePort(t *testing.T, host string) int {
	t.Helper()
	port, err := pickPort(host)
	if err != nil {
		t.Fatal(err)
	}
	return port
}
