// Command plasma is the AVL Plasma user's wallet: keys, deposits, transfers,
// balances, saved proofs and the exit game. The logic lives in
// internal/wallet; this package wires flags to it and prints results for
// people (or JSON with --json). Every flag is also read from PLASMA_<FLAG>
// (PLASMA_API, PLASMA_L1_RPC, PLASMA_PASSWORD_FILE, ...).
//
// Against `plasmad dev` (API on 127.0.0.1:8080, L1 on 127.0.0.1:8545), with
// dev accounts 1 (Alice) and 2 (Bob); README.md walks through the same:
//
//	plasma account import                       # asks for the key and a password, without echo
//	plasma deposit  --from $ALICE --amount 1eth --wait 1m
//	plasma transfer --from $ALICE --to $BOB --amount 0.25eth --wait 1m
//	plasma balance  $BOB
//	plasma proof    --owner $BOB --out bob.proof.json    # keep it
//	plasma exit start  --from $BOB --proof-file bob.proof.json
//	plasma exit status --owner $BOB --wait 5m            # counts down to exitableAt
//	plasma exit finalize --from $BOB && plasma withdraw --from $BOB
//
// Secrets are never flag values: a terminal is asked without echo, a pipe
// is read a line at a time, or --password-file names a file.
//
// `exit start --proof-file` needs only the L1 node: the file carries the
// PlasmaChain address, so it works while the operator is down.
package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/avlplasma/avlplasma/internal/wallet"
)

// envVar is the environment variable of a flag: PLASMA_<FLAG>, dots and
// dashes turned into underscores.
func envVar(flag string) []string {
	b := []byte(flag)
	for i, c := range b {
		switch {
		case c == '.' || c == '-':
			b[i] = '_'
		case c >= 'a' && c <= 'z':
			b[i] = c - 'a' + 'A'
		}
	}
	return []string{"PLASMA_" + string(b)}
}

func defaultKeystore() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ".plasma/keystore"
	}
	return filepath.Join(home, ".plasma", "keystore")
}

var (
	apiFlag          = &cli.StringFlag{Name: "api", Value: "http://127.0.0.1:8080", Usage: "operator REST API URL", EnvVars: envVar("api")}
	l1Flag           = &cli.StringFlag{Name: "l1.rpc", Value: "http://127.0.0.1:8545", Usage: "L1 JSON-RPC URL", EnvVars: envVar("l1.rpc")}
	contractFlag     = &cli.StringFlag{Name: "contract", Usage: "PlasmaChain address (default: from the proof file or the operator's /v1/info)", EnvVars: envVar("contract")}
	keystoreFlag     = &cli.StringFlag{Name: "keystore", Value: defaultKeystore(), Usage: "keystore directory", EnvVars: envVar("keystore")}
	passwordFileFlag = &cli.StringFlag{Name: "password-file", Usage: "file whose first line is the keystore password (default: ask on the terminal without echo, or read a line of stdin)", EnvVars: envVar("password-file")}
	jsonFlag         = &cli.BoolFlag{Name: "json", Usage: "print JSON for scripts", EnvVars: envVar("json")}
	lightKDFFlag     = &cli.BoolFlag{Name: "lightkdf", Usage: "weaker, faster key encryption (tests only)", Hidden: true, EnvVars: envVar("lightkdf")}
)

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:      "plasma",
		Usage:     "AVL Plasma wallet",
		Reader:    stdin,
		Writer:    stdout,
		ErrWriter: stderr,
		Flags:     []cli.Flag{apiFlag, l1Flag, contractFlag, keystoreFlag, passwordFileFlag, jsonFlag, lightKDFFlag},
		Commands: []*cli.Command{
			accountCommand, depositCommand, transferCommand, balanceCommand, historyCommand,
			proofCommand, exitCommand, withdrawCommand, authorizeExitCommand, requestProofCommand,
			challengeCommand,
		},
	}
}

func main() {
	app := newApp(os.Stdin, os.Stdout, os.Stderr)
	if err := app.Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "plasma:", explain(err, app))
		os.Exit(1)
	}
}

// explain adds what to do to the errors users meet.
func explain(err error, _ *cli.App) string {
	msg := err.Error()
	var re *wallet.RevertError
	var ae *wallet.APIError
	switch {
	case errors.As(err, &ae) && ae.Rule == "nonce":
		msg += "\nA previous transfer of yours may not be sealed yet (balances show the latest sealed block): retry in a moment."
	case errors.As(err, &ae) && ae.Code == "EUNAVAILABLE":
		msg += "\nThe operator is not ready (syncing or frozen); try again later, or exit with `plasma exit start` if it stays so."
	case errors.Is(err, wallet.ErrUnreachable):
		msg += "\nThe operator does not answer. Your funds stay safe on L1: start an exit from the newest proof you saved:\n" +
			"  plasma exit start --from ADDR --proof-file FILE"
	case errors.As(err, &ae) && ae.Rule == "locked":
		msg += "\nAn exit of yours is open for this token: its leaf takes no transfers until the exit is finalized (see `plasma exit status`)."
	case errors.As(err, &ae) && ae.Rule == "balance":
		msg += "\nSee `plasma balance ADDR`: a deposit counts once credited (`plasma deposit --wait` waits for it)."
	case errors.As(err, &re):
		msg += "\nL1 refused the call; nothing was changed."
		if hint := revertHints[strings.SplitN(re.Reason, "[", 2)[0]]; hint != "" {
			msg += "\n" + hint
		}
	}
	return msg
}

// revertHints say what to do after PlasmaChain's custom errors users meet.
var revertHints = map[string]string{
	"ChainFrozen":       "The chain is frozen: no more deposits, commits or proof requests. Exit from your newest saved proof: `plasma exit start --from ADDR --proof-file FILE`.",
	"ExitAlreadyOpen":   "This leaf already has an open exit, which only its owner may replace: follow it with `plasma exit status --owner ADDR`.",
	"NothingToWithdraw": "Nothing is withdrawable yet: an exit pays out once it is finalized (`plasma exit status`).",
	"InvalidProof":      "The proof does not match its block: fetch a fresh one with `plasma proof`.",
	"HeaderMismatch":    "The proof's header is not the one committed on L1: fetch a fresh one with `plasma proof`.",
	"NonceExited":       "An exit from this leaf at this nonce or later already happened: only a newer proof can exit again.",
	"ExitAmountZero":    "The proof shows nothing to exit for this leaf.",
	"ExitMatured":       "The exit matured: it can no longer be challenged.",
	"ExitNotOpen":       "There is no such open exit (it may be finalized already).",
}

// env is what a command needs, built lazily from the global flags.
type env struct {
	c       *cli.Context
	ctx     context.Context
	secrets *secretInput
	out     io.Writer
	errw    io.Writer
	json    bool
	api     *wallet.Client
	info    *wallet.Info
	l1c     *ethclient.Client
	l1      *wallet.L1
	keys    *wallet.Keys
	passwd  *string
}

func newEnv(c *cli.Context) *env {
	return &env{
		c: c, ctx: c.Context, secrets: newSecretInput(c.App.Reader, c.App.ErrWriter),
		out: c.App.Writer, errw: c.App.ErrWriter, json: c.Bool(jsonFlag.Name),
		api: wallet.NewClient(c.String(apiFlag.Name)),
	}
}

func (e *env) close() {
	if e.l1c != nil {
		e.l1c.Close()
	}
}

func (e *env) progress(msg string) {
	if !e.json {
		fmt.Fprintln(e.errw, msg)
	}
}

// print writes v as JSON with --json, else the human text.
func (e *env) print(human string, v any) error {
	if e.json {
		enc := json.NewEncoder(e.out)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	_, err := fmt.Fprintln(e.out, strings.TrimRight(human, "\n"))
	return err
}

func (e *env) getInfo() (*wallet.Info, error) {
	if e.info == nil {
		i, err := e.api.Info(e.ctx)
		if err != nil {
			return nil, err
		}
		e.info = i
	}
	return e.info, nil
}

// contract is --contract, else fallback (e.g. from a proof file), else
// the operator's.
func (e *env) contract(fallback common.Address) (common.Address, error) {
	if s := e.c.String(contractFlag.Name); s != "" {
		return parseAddr("--contract", s)
	}
	if fallback != (common.Address{}) {
		return fallback, nil
	}
	info, err := e.getInfo()
	if err != nil {
		return common.Address{}, fmt.Errorf("PlasmaChain address: %w (or give --contract)", err)
	}
	return info.Contract, nil
}

func (e *env) getL1(fallback common.Address) (*wallet.L1, error) {
	if e.l1 != nil {
		return e.l1, nil
	}
	addr, err := e.contract(fallback)
	if err != nil {
		return nil, err
	}
	url := e.c.String(l1Flag.Name)
	cl, err := ethclient.DialContext(e.ctx, url)
	if err != nil {
		return nil, fmt.Errorf("L1 node at %s: %w", url, err)
	}
	if _, err := cl.ChainID(e.ctx); err != nil {
		cl.Close()
		return nil, fmt.Errorf("L1 node at %s does not answer: %w (check --l1.rpc)", url, err)
	}
	e.l1c = cl
	e.l1 = wallet.NewL1(cl, addr)
	e.l1.Progress = e.progress
	return e.l1, nil
}

func (e *env) getKeys() (*wallet.Keys, error) {
	if e.keys == nil {
		k, err := wallet.OpenKeys(e.c.String(keystoreFlag.Name), e.c.Bool(lightKDFFlag.Name))
		if err != nil {
			return nil, err
		}
		e.keys = k
	}
	return e.keys, nil
}

// password comes from --password-file, else from the terminal without
// echo, else a line of stdin. newKey asks twice on a terminal.
func (e *env) password(prompt string, newKey bool) (string, error) {
	if e.passwd != nil {
		return *e.passwd, nil
	}
	var pw string
	var err error
	f := e.c.String(passwordFileFlag.Name)
	switch {
	case f != "":
		pw, err = wallet.ReadPasswordFile(f)
	case newKey:
		pw, err = e.secrets.readNew(prompt)
	default:
		pw, err = e.secrets.read(prompt)
	}
	if err != nil && f == "" {
		err = fmt.Errorf("password: %w (give --password-file for scripts)", err)
	}
	if err != nil {
		return "", err
	}
	e.passwd = &pw
	return pw, nil
}

// unlock decrypts the key of the --from style address.
func (e *env) unlock(addr common.Address) (*ecdsa.PrivateKey, error) {
	ks, err := e.getKeys()
	if err != nil {
		return nil, err
	}
	pw, err := e.password("Password for "+addr.Hex()+": ", false)
	if err != nil {
		return nil, err
	}
	return ks.Unlock(addr, pw)
}

func parseAddr(name, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%s %q is not an address (0x and 40 hex digits)", name, s)
	}
	return common.HexToAddress(s), nil
}

// addrFlag reads a required or optional (zero) address flag.
func addrFlag(c *cli.Context, name string) (common.Address, error) {
	s := c.String(name)
	if s == "" {
		return common.Address{}, nil
	}
	return parseAddr("--"+name, s)
}

// parseAmount reads wei as an integer, or a decimal with an "eth" or
// "gwei" suffix (1.5eth).
func parseAmount(name, s string) (*big.Int, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	unit := int64(1)
	for _, u := range []struct {
		suffix string
		wei    int64
	}{{"gwei", 1e9}, {"wei", 1}, {"eth", 1e18}} { // gwei before wei
		if strings.HasSuffix(s, u.suffix) {
			s, unit = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.wei
			break
		}
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("%s %q: want wei (an integer) or e.g. 1.5eth", name, s)
	}
	r.Mul(r, new(big.Rat).SetInt64(unit))
	if !r.IsInt() {
		return nil, fmt.Errorf("%s %q: not a whole number of wei", name, s)
	}
	v := r.Num()
	if v.BitLen() > 256 {
		return nil, fmt.Errorf("%s %q: too large", name, s)
	}
	return v, nil
}

// fmtAmount shows a base-unit amount with its value in whole units (18
// decimals, as ETH and the dev token have).
func fmtAmount(s string, token common.Address) string {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return s
	}
	whole := new(big.Rat).SetFrac(v, big.NewInt(1e18)).FloatString(18)
	whole = strings.TrimRight(strings.TrimRight(whole, "0"), ".")
	if token == (common.Address{}) {
		return fmt.Sprintf("%s ETH (%s wei)", whole, v)
	}
	return fmt.Sprintf("%s (%s base units) of %s", whole, v, token.Hex())
}

func tokenName(t common.Address) string {
	if t == (common.Address{}) {
		return "ETH"
	}
	return t.Hex()
}

func fmtDuration(sec int64) string {
	return (time.Duration(sec) * time.Second).String()
}
