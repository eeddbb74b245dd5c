package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/avlplasma/avlplasma/contracts"
)

func newTransactor(key *ecdsa.PrivateKey, dep contracts.Deployment) (*bind.TransactOpts, error) {
	if dep.ChainID == nil {
		return nil, errors.New("deployment has no chain id")
	}
	return bind.NewKeyedTransactor(key, dep.ChainID), nil
}

// paramFlag is a PlasmaChain parameter settable at deployment: its flag,
// the Params field it sets (by its JSON name, as Params.Check names it),
// and how to read and set it.
type paramFlag struct {
	flag  string
	field string
	wei   bool // a big.Int in wei
	secs  bool // a time in seconds (else a count)
	get   func(p *contracts.Params) string
	set   func(p *contracts.Params, c *cli.Context) error
}

func uintParam(flag, field string, f func(p *contracts.Params) *uint64) paramFlag {
	return paramFlag{flag: flag, field: field,
		get: func(p *contracts.Params) string { return fmt.Sprint(*f(p)) },
		set: func(p *contracts.Params, c *cli.Context) error { *f(p) = c.Uint64(flag); return nil },
	}
}

func secondsParam(flag, field string, f func(p *contracts.Params) *uint64) paramFlag {
	return paramFlag{flag: flag, field: field, secs: true,
		get: func(p *contracts.Params) string { return fmt.Sprint(*f(p)) },
		set: func(p *contracts.Params, c *cli.Context) error { *f(p) = secondsOf(c, flag); return nil },
	}
}

// seconds is a flag value in whole seconds, written as a number ("40") or
// a Go duration ("90s", "168h"); the contract counts in seconds.
type seconds uint64

func (s *seconds) Set(v string) error {
	if n, err := strconv.ParseUint(v, 10, 64); err == nil {
		*s = seconds(n)
		return nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 || d%time.Second != 0 {
		return fmt.Errorf("%q: want seconds (40) or a duration in whole seconds (90s, 168h)", v)
	}
	*s = seconds(d / time.Second)
	return nil
}

func (s *seconds) String() string { return strconv.FormatUint(uint64(*s), 10) }

func secondsFlag(name, usage, defaultText string, value uint64) *cli.GenericFlag {
	v := seconds(value)
	return &cli.GenericFlag{Name: name, Usage: usage, DefaultText: defaultText, Value: &v, EnvVars: envVar(name)}
}

func secondsOf(c *cli.Context, name string) uint64 {
	if v, ok := c.Generic(name).(*seconds); ok {
		return uint64(*v)
	}
	return 0
}

func weiParam(flag, field string, f func(p *contracts.Params) **big.Int) paramFlag {
	return paramFlag{flag: flag, field: field, wei: true,
		get: func(p *contracts.Params) string { return (*f(p)).String() },
		set: func(p *contracts.Params, c *cli.Context) error {
			v, ok := new(big.Int).SetString(c.String(flag), 10)
			if !ok || v.Sign() < 0 {
				return fmt.Errorf("--%s %q: want wei as a decimal integer", flag, c.String(flag))
			}
			*f(p) = v
			return nil
		},
	}
}

// paramFlags are the parameters deploy exposes; each defaults to the
// preset's value (--public or not).
var paramFlags = []paramFlag{
	secondsParam("challenge-period", "challengePeriod", func(p *contracts.Params) *uint64 { return &p.ChallengePeriod }),
	secondsParam("response-window", "responseWindow", func(p *contracts.Params) *uint64 { return &p.ResponseWindow }),
	secondsParam("ops-timeout", "opsTimeout", func(p *contracts.Params) *uint64 { return &p.OpsTimeout }),
	secondsParam("max-commit-gap", "maxCommitGap", func(p *contracts.Params) *uint64 { return &p.MaxCommitGap }),
	secondsParam("request-max-age", "requestMaxAge", func(p *contracts.Params) *uint64 { return &p.RequestMaxAge }),
	secondsParam("max-seal-lag", "maxSealLag", func(p *contracts.Params) *uint64 { return &p.MaxSealLag }),
	secondsParam("heartbeat", "heartbeat", func(p *contracts.Params) *uint64 { return &p.Heartbeat }),
	weiParam("exit-bond", "exitBond", func(p *contracts.Params) **big.Int { return &p.ExitBond }),
	weiParam("challenge-reward", "challengeReward", func(p *contracts.Params) **big.Int { return &p.ChallengeReward }),
	weiParam("min-request-bond", "minRequestBond", func(p *contracts.Params) **big.Int { return &p.MinRequestBond }),
	uintParam("answer-gas", "answerGas", func(p *contracts.Params) *uint64 { return &p.AnswerGas }),
	uintParam("ops-ring", "opsRing", func(p *contracts.Params) *uint64 { return &p.OpsRing }),
}

var paramUsage = map[string]string{
	"challenge-period": "challenge period in seconds: how long an exit can be challenged, and how often users must come online",
	"response-window":  "seconds the operator has to answer a proof request (at most challenge-period/2)",
	"ops-timeout":      "seconds an L1 deposit or exit may stay out of a committed block before anyone may freeze the chain (at most challenge-period/2)",
	"max-commit-gap":   "seconds without a commit after which anyone may freeze a token with liabilities (at most request-max-age)",
	"request-max-age":  "oldest block, in seconds, a proof may be requested for (at most 4 × challenge-period)",
	"max-seal-lag":     "seconds a block's timestamp may lag the L1 block that commits it (at most challenge-period)",
	"heartbeat":        "the operator commits an empty block after this many seconds without one (below max-commit-gap)",
	"exit-bond":        "bond in wei posted with each exit",
	"challenge-reward": "wei paid from an exit's bond to a successful challenger (at most exit-bond)",
	"min-request-bond": "smallest bond in wei of a proof request",
	"answer-gas":       "gas of the costlier proof answer: a proof request's bond is at least 2 × answer-gas × basefee",
	"ops-ring":         "recent L1 operations the contract remembers (a power of two)",
}

// paramCLIFlags are the flags of paramFlags; their usage shows both
// presets' defaults.
func paramCLIFlags() []cli.Flag {
	dev, pub := contracts.DefaultDevParams(common.Address{}), contracts.DefaultPublicParams(common.Address{})
	var flags []cli.Flag
	for _, pf := range paramFlags {
		usage, def := paramUsage[pf.flag], pf.get(&dev)
		if pub := pf.get(&pub); pub != def {
			def += "; " + pub + " with --public"
		}
		if fitted[pf.flag] {
			usage += "; shortened to fit a shorter --challenge-period unless given"
		}
		switch {
		case pf.wei:
			flags = append(flags, &cli.StringFlag{Name: pf.flag, Usage: usage, DefaultText: def, EnvVars: envVar(pf.flag)})
		case pf.secs:
			flags = append(flags, secondsFlag(pf.flag, usage, def, 0))
		default:
			flags = append(flags, &cli.Uint64Flag{Name: pf.flag, Usage: usage, DefaultText: def, EnvVars: envVar(pf.flag)})
		}
	}
	return flags
}

// fitted are the windows fitToChallengePeriod may shorten.
var fitted = map[string]bool{"response-window": true, "ops-timeout": true, "max-seal-lag": true,
	"request-max-age": true, "max-commit-gap": true, "heartbeat": true}

// fitToChallengePeriod shortens the windows a challenge period shorter than
// the preset's no longer allows (the relations of Params.Check), except
// those in given.
func fitToChallengePeriod(p *contracts.Params, given func(flag string) bool) {
	clamp := func(flag string, v *uint64, max uint64) {
		if !given(flag) && *v > max {
			*v = max
		}
	}
	cp := p.ChallengePeriod
	clamp("response-window", &p.ResponseWindow, max(cp/2, 1))
	clamp("ops-timeout", &p.OpsTimeout, max(cp/2, 1))
	clamp("max-seal-lag", &p.MaxSealLag, cp)
	clamp("request-max-age", &p.RequestMaxAge, 4*cp)
	clamp("max-commit-gap", &p.MaxCommitGap, p.RequestMaxAge)
	if p.MaxCommitGap > 1 {
		clamp("heartbeat", &p.Heartbeat, p.MaxCommitGap-1)
	}
}

// deployParams builds the parameters from the preset and the flags, and
// checks them; errors name the flags.
func deployParams(c *cli.Context, from common.Address) (contracts.Params, error) {
	p := contracts.DefaultDevParams(from)
	if c.Bool("public") {
		p = contracts.DefaultPublicParams(from)
	}
	if s := c.String("operator"); s != "" {
		if !common.IsHexAddress(s) {
			return p, fmt.Errorf("--operator %q is not an address", s)
		}
		p.Operator = common.HexToAddress(s)
	}
	for _, pf := range paramFlags {
		if c.IsSet(pf.flag) {
			if err := pf.set(&p, c); err != nil {
				return p, err
			}
		}
	}
	fitToChallengePeriod(&p, c.IsSet)
	return p, checkParams(p)
}

var paramWord = regexp.MustCompile(`\b[a-z][A-Za-z]+\b`)

// checkParams is Params.Check with each parameter named by its flag.
func checkParams(p contracts.Params) error {
	err := p.Check()
	if err == nil {
		return nil
	}
	names := map[string]string{"operator": "--operator"}
	for _, pf := range paramFlags {
		names[pf.field] = "--" + pf.flag
	}
	msg := paramWord.ReplaceAllStringFunc(err.Error(), func(w string) string {
		if f, ok := names[w]; ok {
			return f
		}
		return w
	})
	return fmt.Errorf("contract parameters:\n  %s", strings.ReplaceAll(msg, "\n", "\n  "))
}

func init() { commands = append(commands, deployCommand()) }

// deployCommand returns the deploy command with flags of its own (urfave/cli
// keeps state in flag values, so tests build a fresh one per run).
func deployCommand() *cli.Command {
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy PlasmaChain and write the deployment file",
		Description: "Every contract parameter starts from the dev preset, or the public one with --public, and has a flag of its own.\n" +
			"Times are seconds, written as a number (40) or a duration in whole seconds (90s, 168h); bonds are wei.",
		Flags: append([]cli.Flag{
			l1RPCFlag, keystoreFlag, passwordFileFlag, privateKeyFlag, devFlag, logLevelFlag,
			&cli.StringFlag{Name: "out", Value: "deployment.json", Usage: "where to write the deployment JSON", EnvVars: envVar("out")},
			&cli.BoolFlag{Name: "public", Usage: "public-chain parameter preset (7-day challenge period) instead of the dev one", EnvVars: envVar("public")},
			&cli.StringFlag{Name: "operator", Usage: "operator address allowed to commit blocks (default: the deploying key's)", EnvVars: envVar("operator")},
		}, paramCLIFlags()...),
		Action: func(c *cli.Context) error {
			if c.String("l1.rpc") == "" {
				return errors.New("need --l1.rpc")
			}
			key, err := loadKey(c, c.Bool("dev"))
			if err != nil {
				return err
			}
			p, err := deployParams(c, crypto.PubkeyToAddress(key.PublicKey))
			if err != nil {
				return err
			}
			client, err := ethclient.DialContext(c.Context, c.String("l1.rpc"))
			if err != nil {
				return fmt.Errorf("--l1.rpc: %w", err)
			}
			defer client.Close()
			chainID, err := client.ChainID(c.Context)
			if err != nil {
				return fmt.Errorf("L1 chain id: %w", err)
			}
			dep, err := contracts.Deploy(c.Context, client, bind.NewKeyedTransactor(key, chainID), p)
			if err != nil {
				return err
			}
			out, _ := json.MarshalIndent(dep, "", "  ")
			if err := os.WriteFile(c.String("out"), append(out, '\n'), 0o644); err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "PlasmaChain %s at L1 block %d (challenge period %d s); wrote %s\n",
				dep.PlasmaChain.Hex(), dep.Block, p.ChallengePeriod, c.String("out"))
			return nil
		},
	}
}
