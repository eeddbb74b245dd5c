package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/avlplasma/avlplasma/internal/wallet"
)

func flagStr(name, usage string) *cli.StringFlag {
	return &cli.StringFlag{Name: name, Usage: usage, EnvVars: envVar(name)}
}

var (
	fromFlag       = flagStr("from", "your address (its key must be in the keystore)")
	toFlag         = flagStr("to", "recipient address")
	amountFlag     = flagStr("amount", "amount in wei / base units (or e.g. 1.5eth)")
	tokenFlag      = flagStr("token", "ERC-20 token address (default: ETH)")
	feeFlag        = flagStr("fee", "fee for the operator (default: its minFee)")
	ownerFlag      = flagStr("owner", "account address")
	outFlag        = flagStr("out", "file to save the proof to (keep it: it lets you exit without the operator)")
	proofFileFlag  = flagStr("proof-file", "proof saved by `plasma proof` (default: fetch the newest from the operator)")
	executorFlag   = flagStr("executor", "address allowed to start the exit for you (e.g. your watcher)")
	blockFlag      = &cli.Uint64Flag{Name: "block", Usage: "block number (default: newest committed)", EnvVars: envVar("block")}
	deadlineInFlag = &cli.DurationFlag{Name: "deadline-in", Value: 2 * time.Hour, Usage: "signature valid for this long", EnvVars: envVar("deadline-in")}
	maxFlag        = &cli.Int64Flag{Name: "max", Value: 20, Usage: "finalize at most this many exits", EnvVars: envVar("max")}
	l1BalanceFlag  = &cli.BoolFlag{Name: "l1", Usage: "show the address's own balance on L1 and what it can withdraw from PlasmaChain instead", EnvVars: envVar("l1")}
)

// waitFor is a --wait flag: how long a command waits for what follows its
// L1 transaction or request; 0 returns at once.
func waitFor(what string) *cli.DurationFlag {
	return &cli.DurationFlag{Name: "wait", Usage: "wait up to this long for " + what + " (0 = do not wait)", EnvVars: envVar("wait")}
}

// poll calls done every interval until it reports true, fails, or d passes
// (then it returns false).
func poll(e *env, d, interval time.Duration, done func() (bool, error)) (bool, error) {
	end := time.Now().Add(d)
	for {
		ok, err := done()
		if ok || err != nil {
			return ok, err
		}
		if !time.Now().Before(end) {
			return false, nil
		}
		select {
		case <-e.ctx.Done():
			return false, e.ctx.Err()
		case <-time.After(interval):
		}
	}
}

func required(c *cli.Context, names ...string) error {
	var miss []string
	for _, n := range names {
		if c.String(n) == "" {
			miss = append(miss, "--"+n)
		}
	}
	if len(miss) > 0 {
		return fmt.Errorf("missing %s", strings.Join(miss, ", "))
	}
	return nil
}

// leafCmd is what most commands start from: their required flags checked,
// the environment, the account of --from or --owner, --token (zero: ETH)
// and, when asked for, the L1 connection.
type leafCmd struct {
	*env
	addr  common.Address // --from or --owner
	token common.Address
	chain *wallet.L1 // nil unless asked for
}

// startLeaf checks that the flags who (from or owner) and more are given,
// then reads them. The caller closes the result.
func startLeaf(c *cli.Context, withL1 bool, who string, more ...string) (_ *leafCmd, err error) {
	if err := required(c, append([]string{who}, more...)...); err != nil {
		return nil, err
	}
	lc := &leafCmd{env: newEnv(c)}
	defer func() {
		if err != nil {
			lc.close()
		}
	}()
	if lc.addr, err = addrFlag(c, who); err != nil {
		return nil, err
	}
	if lc.token, err = addrFlag(c, "token"); err != nil {
		return nil, err
	}
	if withL1 {
		if lc.chain, err = lc.getL1(common.Address{}); err != nil {
			return nil, err
		}
	}
	return lc, nil
}

type txJSON struct {
	Tx      string `json:"tx"`
	L1Block uint64 `json:"l1Block"`
	GasUsed uint64 `json:"gasUsed"`
}

func txOut(r *types.Receipt) txJSON {
	return txJSON{r.TxHash.Hex(), r.BlockNumber.Uint64(), r.GasUsed}
}

var depositCommand = &cli.Command{
	Name:  "deposit",
	Usage: "deposit ETH or an ERC-20 from L1 into the Plasma chain",
	Flags: []cli.Flag{fromFlag, amountFlag, tokenFlag, waitFor("the operator to credit it")},
	Action: func(c *cli.Context) error {
		e, err := startLeaf(c, false, "from", "amount")
		if err != nil {
			return err
		}
		defer e.close()
		from, token := e.addr, e.token
		amount, err := parseAmount("--amount", c.String("amount"))
		if err != nil {
			return err
		}
		key, err := e.unlock(from)
		if err != nil {
			return err
		}
		l1, err := e.getL1(common.Address{})
		if err != nil {
			return err
		}
		r, err := l1.Deposit(e.ctx, key, token, amount)
		if err != nil {
			return err
		}
		msg := fmt.Sprintf("Deposited %s in L1 tx %s (block %d).", fmtAmount(amount.String(), token), r.TxHash.Hex(), r.BlockNumber)
		d := c.Duration("wait")
		if d <= 0 {
			return e.print(msg+fmt.Sprintf("\nThe operator credits it in its next block: check with `plasma balance %s`.", from.Hex()), txOut(r))
		}
		e.progress("waiting for the operator to credit it…")
		var dep *wallet.DepositJSON
		credited, err := poll(e.env, d, 500*time.Millisecond, func() (bool, error) {
			var err error
			dep, err = e.api.DepositByTx(e.ctx, from, token, r.TxHash)
			return err == nil && dep != nil && dep.Status == "credited", err
		})
		if err != nil {
			return err
		}
		js := map[string]any{"tx": txOut(r), "credited": credited}
		if credited {
			js["block"] = *dep.Block
			msg += fmt.Sprintf("\nCredited in block %s: `plasma balance %s` shows it.", *dep.Block, from.Hex())
		} else {
			msg += fmt.Sprintf("\nNot credited after %s; the operator may be behind: check later with `plasma balance %s`.", d, from.Hex())
		}
		return e.print(msg, js)
	},
}

var transferCommand = &cli.Command{
	Name:  "transfer",
	Usage: "sign a transfer and send it to the operator",
	Flags: []cli.Flag{fromFlag, toFlag, amountFlag, tokenFlag, feeFlag, deadlineInFlag, waitFor("the transfer to be committed on L1")},
	Action: func(c *cli.Context) error {
		e, err := startLeaf(c, false, "from", "to", "amount")
		if err != nil {
			return err
		}
		from, token := e.addr, e.token
		to, err := addrFlag(c, "to")
		if err != nil {
			return err
		}
		amount, err := parseU256("--amount", c.String("amount"))
		if err != nil {
			return err
		}
		var fee *uint256.Int
		if s := c.String("fee"); s != "" {
			if fee, err = parseU256("--fee", s); err != nil {
				return err
			}
		}
		info, err := e.getInfo()
		if err != nil {
			return err
		}
		if info.Frozen {
			return errors.New("the chain is frozen: transfers are over; exit with `plasma exit start`")
		}
		acct, err := e.api.Account(e.ctx, from)
		if err != nil {
			return err
		}
		key, err := e.unlock(from)
		if err != nil {
			return err
		}
		deadline := uint64(time.Now().Add(c.Duration("deadline-in")).Unix())
		// A transfer accepted but not yet sealed is in our own record only.
		recs := wallet.Records{Dir: filepath.Join(filepath.Dir(c.String(keystoreFlag.Name)), "records")}
		rec, err := recs.Get(from, token)
		if err != nil {
			return err
		}
		known := false
		if rec != nil {
			_, err := e.api.Transfer(e.ctx, rec.Hash)
			known = err == nil
		}
		leaf, err := wallet.Ahead(acct.Leaf(token), rec, known)
		if err != nil {
			return err
		}
		t, hash, err := wallet.BuildTransfer(info, key, leaf, wallet.TransferRequest{
			To: to, Token: token, Amount: amount, Fee: fee, Deadline: deadline,
		})
		if err != nil {
			return err
		}
		st, err := e.api.Submit(e.ctx, wallet.EncodeTransfer(t))
		if err != nil {
			return err
		}
		if st.Hash != hash.Hex() {
			return fmt.Errorf("the operator reports hash %s for a transfer this wallet hashes to %s: different domain?", st.Hash, hash.Hex())
		}
		if err := recs.Put(t, hash); err != nil {
			fmt.Fprintf(e.errw, "warning: could not record the transfer in %s: %v\n", recs.Dir, err)
		}
		if d := c.Duration("wait"); d > 0 {
			e.progress("waiting for the transfer to be sealed and committed on L1…")
			if _, err := poll(e.env, d, 500*time.Millisecond, func() (bool, error) {
				now, err := e.api.Transfer(e.ctx, hash)
				if err != nil {
					return false, err
				}
				if now.Status == "dropped" {
					return false, fmt.Errorf("transfer %s was dropped (its deadline passed before a block could hold it): send it again", hash.Hex())
				}
				st = now
				return st.Status == "committed" || st.Status == "finalized", nil
			}); err != nil {
				return err
			}
		}
		where := ""
		if st.Block != nil {
			where = " in block " + *st.Block
		}
		return e.print(fmt.Sprintf("Transfer %s: %s%s\n  %s → %s, fee %s, nonce %d\nFollow it with `plasma history %s`.",
			st.Hash, st.Status, where, fmtAmount(t.Amount.Dec(), token), to.Hex(), t.Fee.Dec(), t.Nonce, from.Hex()),
			map[string]any{"hash": st.Hash, "status": st.Status, "block": st.Block, "transfer": wallet.EncodeTransfer(t)})
	},
}

func parseU256(name, s string) (*uint256.Int, error) {
	v, err := parseAmount(name, s)
	if err != nil {
		return nil, err
	}
	return uint256.MustFromBig(v), nil
}

var balanceCommand = &cli.Command{
	Name:      "balance",
	Usage:     "show an account's balances at the operator's latest block (or on L1 with --l1)",
	ArgsUsage: "ADDRESS",
	Flags:     []cli.Flag{l1BalanceFlag, tokenFlag},
	Action: func(c *cli.Context) error {
		owner, err := parseAddr("address", c.Args().First())
		if err != nil {
			return err
		}
		if c.Bool("l1") {
			return l1Balance(c, owner)
		}
		e := newEnv(c)
		a, err := e.api.Account(e.ctx, owner)
		if err != nil {
			return err
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%s at block %s:\n", owner.Hex(), a.Block)
		if len(a.Balances) == 0 {
			b.WriteString("  nothing (deposit with `plasma deposit`)\n")
		}
		for _, l := range a.Balances {
			fmt.Fprintf(&b, "  %s  (nonce %s, spent %s)\n", fmtAmount(l.Balance, l.Token), l.Nonce, l.Spent)
		}
		return e.print(b.String(), a)
	},
}

// l1Balance shows owner's own L1 balance of ETH (and of --token) and what
// PlasmaChain holds for it to withdraw.
func l1Balance(c *cli.Context, owner common.Address) error {
	e := newEnv(c)
	defer e.close()
	token, err := addrFlag(c, "token")
	if err != nil {
		return err
	}
	l1, err := e.getL1(common.Address{})
	if err != nil {
		return err
	}
	type row struct {
		Token        common.Address `json:"token"`
		Balance      string         `json:"balance"`
		Withdrawable string         `json:"withdrawable"`
	}
	rows := []row{}
	var b strings.Builder
	fmt.Fprintf(&b, "%s on L1:\n", owner.Hex())
	for _, t := range []common.Address{{}, token} {
		if t == (common.Address{}) && len(rows) > 0 {
			break
		}
		bal, err := l1.WalletBalance(e.ctx, owner, t)
		if err != nil {
			return err
		}
		w, err := l1.Withdrawable(e.ctx, owner, t)
		if err != nil {
			return err
		}
		rows = append(rows, row{t, bal.String(), w.String()})
		fmt.Fprintf(&b, "  %s", fmtAmount(bal.String(), t))
		if w.Sign() > 0 {
			fmt.Fprintf(&b, ", and %s to withdraw from PlasmaChain", fmtAmount(w.String(), t))
		}
		b.WriteString("\n")
	}
	return e.print(b.String(), map[string]any{"address": owner.Hex(), "l1": rows})
}

var historyCommand = &cli.Command{
	Name:      "history",
	Usage:     "list the transfers an account sent or received, from the operator's blocks",
	ArgsUsage: "ADDRESS",
	Action: func(c *cli.Context) error {
		owner, err := parseAddr("address", c.Args().First())
		if err != nil {
			return err
		}
		e := newEnv(c)
		type entry struct {
			Block  string `json:"block"`
			Status string `json:"status"`
			wallet.TransferJSON
		}
		list := []entry{}
		var b strings.Builder
		for from := uint64(0); ; {
			blocks, next, err := e.api.Blocks(e.ctx, from, 100)
			if err != nil {
				return err
			}
			for _, bl := range blocks {
				for _, t := range bl.Transfers {
					if !strings.EqualFold(t.From, owner.Hex()) && !strings.EqualFold(t.To, owner.Hex()) {
						continue
					}
					list = append(list, entry{bl.Number, bl.Status, t})
					dir, other := "sent to", t.To
					if strings.EqualFold(t.To, owner.Hex()) {
						dir, other = "received from", t.From
					}
					fmt.Fprintf(&b, "block %s (%s)  %s %s  %s  %s\n", bl.Number, bl.Status, dir, other,
						fmtAmount(t.Amount, common.HexToAddress(t.Token)), t.Hash)
				}
			}
			if next == nil || len(blocks) == 0 {
				break
			}
			n, err := strconv.ParseUint(*next, 10, 64)
			if err != nil || n <= from {
				break
			}
			from = n
		}
		if len(list) == 0 {
			b.WriteString("No transfers in sealed blocks.")
		}
		return e.print(b.String(), list)
	},
}

var proofCommand = &cli.Command{
	Name:  "proof",
	Usage: "save the proof of your leaf at a committed block (what an exit needs)",
	Flags: []cli.Flag{ownerFlag, tokenFlag, blockFlag, outFlag},
	Action: func(c *cli.Context) error {
		e, err := startLeaf(c, false, "owner", "out")
		if err != nil {
			return err
		}
		owner, token := e.addr, e.token
		var block *uint64
		if c.IsSet("block") {
			n := c.Uint64("block")
			block = &n
		}
		info, err := e.getInfo()
		if err != nil {
			return err
		}
		raw, err := e.api.ProofRaw(e.ctx, owner, token, block)
		if err != nil {
			return err
		}
		out, err := wallet.AnnotateProof(raw, info.Contract)
		if err != nil {
			return err
		}
		pf, err := wallet.ParseProofFile(out)
		if err != nil {
			return err
		}
		if _, err := pf.ExitArgs(); err != nil {
			return fmt.Errorf("the operator's proof is malformed: %w", err)
		}
		if err := os.WriteFile(c.String("out"), out, 0o600); err != nil {
			return err
		}
		return e.print(fmt.Sprintf("Saved the proof of %s at block %s to %s:\n  balance %s, nonce %s, spent %s\nKeep it: `plasma exit start --from %s --proof-file %s` works even when the operator is down.",
			tokenName(token), pf.Block, c.String("out"), fmtAmount(pf.Balance, token), pf.Nonce, pf.Spent, owner.Hex(), c.String("out")),
			map[string]any{"file": c.String("out"), "block": pf.Block, "balance": pf.Balance, "nonce": pf.Nonce, "spent": pf.Spent})
	},
}

var exitCommand = &cli.Command{
	Name:  "exit",
	Usage: "take funds back to L1",
	Subcommands: []*cli.Command{
		{Name: "start", Usage: "start an exit from a saved proof (or the operator's newest)", Flags: []cli.Flag{fromFlag, tokenFlag, proofFileFlag}, Action: exitStart},
		{Name: "status", Usage: "show the open exit of a leaf and when it matures", Flags: []cli.Flag{ownerFlag, tokenFlag, waitFor("the exit to mature, counting down")}, Action: exitStatus},
		{Name: "finalize", Usage: "finalize matured exits of a token (anyone may)", Flags: []cli.Flag{fromFlag, tokenFlag, maxFlag}, Action: exitFinalize},
	},
}

func exitStart(c *cli.Context) error {
	// The contract may come from the proof file: L1 is dialled below.
	e, err := startLeaf(c, false, "from")
	if err != nil {
		return err
	}
	defer e.close()
	from, token := e.addr, e.token
	var raw []byte
	if f := c.String("proof-file"); f != "" {
		if raw, err = os.ReadFile(f); err != nil {
			return fmt.Errorf("proof file: %w", err)
		}
	} else {
		info, err := e.getInfo()
		if err != nil {
			return err
		}
		if raw, err = e.api.ProofRaw(e.ctx, from, token, nil); err != nil {
			return err
		}
		if raw, err = wallet.AnnotateProof(raw, info.Contract); err != nil {
			return err
		}
	}
	pf, err := wallet.ParseProofFile(raw)
	if err != nil {
		return err
	}
	if c.IsSet("token") && pf.Token != token {
		return fmt.Errorf("the proof file is for token %s, not %s", pf.Token.Hex(), token.Hex())
	}
	key, err := e.unlock(from)
	if err != nil {
		return err
	}
	l1, err := e.getL1(pf.Contract)
	if err != nil {
		return err
	}
	before, err := l1.OpenExit(e.ctx, from, pf.Token)
	if err != nil {
		return err
	}
	r, err := l1.StartExit(e.ctx, key, pf)
	if err != nil {
		return err
	}
	st, err := l1.OpenExit(e.ctx, from, pf.Token)
	if err != nil {
		return err
	}
	js := map[string]any{"tx": txOut(r), "exitId": st.ID.String(), "amount": st.Amount.String(), "exitableAt": st.ExitableAt}
	replaced := ""
	if before.Open {
		js["replaced"] = before.ID.String()
		replaced = fmt.Sprintf(" It replaces exit %s, whose bond it took over.", before.ID)
	}
	return e.print(fmt.Sprintf("Exit %s started from block %s in L1 tx %s: %s, exitable at %s (in %s).%s\nThen: `plasma exit finalize --from %s%s` and `plasma withdraw --from %s%s`.",
		st.ID, pf.Block, r.TxHash.Hex(), fmtAmount(st.Amount.String(), pf.Token), time.Unix(int64(st.ExitableAt), 0).UTC().Format(time.RFC3339),
		fmtDuration(int64(st.ExitableAt)-int64(st.Now)), replaced, from.Hex(), tokenArg(pf.Token), from.Hex(), tokenArg(pf.Token)), js)
}

func tokenArg(t common.Address) string {
	if t == (common.Address{}) {
		return ""
	}
	return " --token " + t.Hex()
}

func exitStatus(c *cli.Context) error {
	e, err := startLeaf(c, true, "owner")
	if err != nil {
		return err
	}
	defer e.close()
	owner, token, l1 := e.addr, e.token, e.chain
	st, err := l1.OpenExit(e.ctx, owner, token)
	if err != nil {
		return err
	}
	if d := c.Duration("wait"); d > 0 && st.Open && st.Now < st.ExitableAt {
		var shown time.Time
		if _, err := poll(e.env, d, time.Second, func() (bool, error) {
			if st, err = l1.OpenExit(e.ctx, owner, token); err != nil {
				return false, err
			}
			mature := !st.Open || st.Now >= st.ExitableAt
			if !mature && time.Since(shown) >= 5*time.Second {
				e.progress(fmt.Sprintf("exit %s matures in %s…", st.ID, fmtDuration(int64(st.ExitableAt)-int64(st.Now))))
				shown = time.Now()
			}
			return mature, nil
		}); err != nil {
			return err
		}
	}
	w, err := l1.Withdrawable(e.ctx, owner, token)
	if err != nil {
		return err
	}
	js := map[string]any{"open": st.Open, "withdrawable": w.String(), "now": st.Now}
	var b strings.Builder
	if !st.Open {
		fmt.Fprintf(&b, "No open exit of %s for %s.\n", tokenName(token), owner.Hex())
	} else {
		js["exitId"], js["amount"], js["nonce"], js["exitableAt"] = st.ID.String(), st.Amount.String(), st.Nonce, st.ExitableAt
		left := int64(st.ExitableAt) - int64(st.Now)
		fmt.Fprintf(&b, "Exit %s of %s: %s (nonce %d)\n", st.ID, owner.Hex(), fmtAmount(st.Amount.String(), token), st.Nonce)
		if left > 0 {
			fmt.Fprintf(&b, "Challengeable for %s more (exitable at %s).\n", fmtDuration(left), time.Unix(int64(st.ExitableAt), 0).UTC().Format(time.RFC3339))
		} else {
			fmt.Fprintf(&b, "Mature: finalize with `plasma exit finalize --from %s%s` (anyone may).\n", owner.Hex(), tokenArg(token))
		}
	}
	if w.Sign() > 0 {
		fmt.Fprintf(&b, "Withdrawable now: %s — `plasma withdraw --from %s%s`.", fmtAmount(w.String(), token), owner.Hex(), tokenArg(token))
	}
	return e.print(b.String(), js)
}

func exitFinalize(c *cli.Context) error {
	e, err := startLeaf(c, true, "from")
	if err != nil {
		return err
	}
	defer e.close()
	token := e.token
	key, err := e.unlock(e.addr)
	if err != nil {
		return err
	}
	r, err := e.chain.FinalizeExits(e.ctx, key, token, c.Int64("max"))
	if err != nil {
		return err
	}
	msg := fmt.Sprintf("Finalized the matured %s exits in L1 tx %s.", tokenName(token), r.TxHash.Hex())
	st, err := e.chain.OpenExit(e.ctx, e.addr, token)
	if err != nil {
		return err
	}
	if st.Open {
		msg += fmt.Sprintf("\nYour exit %s is still open: it matures in %s.", st.ID, fmtDuration(int64(st.ExitableAt)-int64(st.Now)))
	} else if w, err := e.chain.Withdrawable(e.ctx, e.addr, token); err == nil && w.Sign() > 0 {
		msg += fmt.Sprintf("\nWithdrawable for %s: %s — `plasma withdraw --from %s%s`.", e.addr.Hex(), fmtAmount(w.String(), token), e.addr.Hex(), tokenArg(token))
	}
	return e.print(msg, txOut(r))
}

var withdrawCommand = &cli.Command{
	Name:  "withdraw",
	Usage: "pay out on L1 what finalized exits left you",
	Flags: []cli.Flag{fromFlag, tokenFlag},
	Action: func(c *cli.Context) error {
		e, err := startLeaf(c, true, "from")
		if err != nil {
			return err
		}
		defer e.close()
		from, token, l1 := e.addr, e.token, e.chain
		w, err := l1.Withdrawable(e.ctx, from, token)
		if err != nil {
			return err
		}
		if w.Sign() == 0 {
			return fmt.Errorf("nothing to withdraw for %s: see `plasma exit status --owner %s%s`", from.Hex(), from.Hex(), tokenArg(token))
		}
		key, err := e.unlock(from)
		if err != nil {
			return err
		}
		r, err := l1.Withdraw(e.ctx, key, token)
		if err != nil {
			return err
		}
		j := txOut(r)
		return e.print(fmt.Sprintf("Withdrew %s in L1 tx %s.", fmtAmount(w.String(), token), r.TxHash.Hex()),
			map[string]any{"tx": j, "amount": w.String()})
	},
}

var authorizeExitCommand = &cli.Command{
	Name:  "authorize-exit",
	Usage: "sign an ExitAuthorization so an executor (your watcher) may start your exit",
	Flags: []cli.Flag{ownerFlag, tokenFlag, executorFlag, deadlineInFlag},
	Action: func(c *cli.Context) error {
		e, err := startLeaf(c, false, "owner", "executor")
		if err != nil {
			return err
		}
		owner, token := e.addr, e.token
		executor, err := addrFlag(c, "executor")
		if err != nil {
			return err
		}
		info, err := e.getInfo()
		if err != nil {
			return err
		}
		d, err := info.EIP712Domain()
		if err != nil {
			return err
		}
		if s := c.String(contractFlag.Name); s != "" {
			if d.Contract, err = parseAddr("--contract", s); err != nil {
				return err
			}
		}
		key, err := e.unlock(owner)
		if err != nil {
			return err
		}
		auth := wallet.AuthorizeExit(d, key, token, executor, uint64(time.Now().Add(c.Duration("deadline-in")).Unix()))
		e.json = true // the authorization is for machines either way
		return e.print("", auth)
	},
}
