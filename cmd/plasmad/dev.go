package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	"github.com/avlplasma/avlplasma/contracts"
	"github.com/avlplasma/avlplasma/contracts/bindings"
	"github.com/avlplasma/avlplasma/internal/siml1"
	"github.com/avlplasma/avlplasma/operator"
)

// devConfig configures the one-process dev chain.
type devConfig struct {
	L1Host      string // JSON-RPC host of the embedded L1; empty = no RPC listener
	L1Port      int
	HTTPAddr    string
	MetricsAddr string
	DataDir     string // empty = a temporary directory, removed at Stop
	MineEvery   time.Duration
	BlockTime   time.Duration
	PollEvery   time.Duration
	MinFee      *uint256.Int
	Margin      time.Duration // minimum deadline margin
	// ChallengePeriod of PlasmaChain in seconds (0: the dev preset's); the
	// windows that must fit in it shrink with it.
	ChallengePeriod uint64
	Log             zerolog.Logger
}

// devStack is an embedded L1 with PlasmaChain and a test token deployed and
// an operator serving the API.
type devStack struct {
	Chain      *siml1.Chain
	Deployment *contracts.Deployment
	Token      common.Address
	Node       *node

	stopMining context.CancelFunc
	tmpDir     string
}

// DevMint is what every dev account gets of the test token.
var DevMint = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))

func startDev(ctx context.Context, cfg devConfig) (_ *devStack, err error) {
	d := &devStack{}
	defer func() {
		if err != nil {
			_ = d.Stop(context.Background())
		}
	}()
	var opts []siml1.Option
	if cfg.L1Host != "" {
		port := cfg.L1Port
		if port == 0 {
			if port, err = pickPort(cfg.L1Host); err != nil {
				return nil, fmt.Errorf("L1 JSON-RPC port: %w", err)
			}
		}
		opts = append(opts, siml1.WithHTTP(cfg.L1Host, port))
	}
	if d.Chain, err = siml1.Open(opts...); err != nil {
		return nil, err
	}
	key := d.Chain.Keys[0]
	params := contracts.DefaultDevParams(d.Chain.Addrs[0])
	if cfg.ChallengePeriod != 0 {
		params.ChallengePeriod = cfg.ChallengePeriod
		fitToChallengePeriod(&params, func(string) bool { return false })
	}
	_, tx, err := contracts.SendDeploy(d.Chain.Client, d.Chain.TransactOpts(key), params)
	if err != nil {
		return nil, err
	}
	rcpts, err := d.Chain.Mine(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("deploy PlasmaChain: %w", err)
	}
	if d.Deployment, err = contracts.NewDeployment(ctx, d.Chain.Client, d.Chain.ChainID, rcpts[0], params); err != nil {
		return nil, err
	}
	erc := bindings.NewTestERC20()
	if d.Token, _, err = d.Chain.Deploy(ctx, key, &bindings.TestERC20MetaData, erc.PackConstructor("Test Token", "TST", 18)); err != nil {
		return nil, fmt.Errorf("deploy test token: %w", err)
	}
	for _, a := range d.Chain.Addrs {
		if _, err := d.Chain.Transact(ctx, key, siml1.Tx{To: &d.Token, Data: erc.PackMint(a, DevMint), Gas: 1_000_000}); err != nil {
			return nil, fmt.Errorf("mint test token: %w", err)
		}
	}
	mctx, cancel := context.WithCancel(context.Background())
	d.stopMining = cancel
	d.Chain.MineEvery(mctx, cfg.MineEvery)

	dir := cfg.DataDir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "plasmad-dev-"); err != nil {
			return nil, err
		}
		d.tmpDir = dir
	}
	d.Node, err = startNode(ctx, nodeConfig{
		Service: operator.ServiceConfig{
			DataDir: dir, L1: d.Chain.Client, Contract: d.Deployment.PlasmaChain,
			DeploymentBlock: d.Deployment.Block, ChainID: d.Chain.ChainID,
			Operator: d.Chain.TransactOpts(key), BlockTime: cfg.BlockTime, MinFee: cfg.MinFee,
			MinDeadlineMargin: cfg.Margin, Heartbeat: time.Duration(params.Heartbeat) * time.Second,
			PollInterval: cfg.PollEvery,
		},
		Deployment: d.Deployment, L1: d.Chain.Client,
		HTTPAddr: cfg.HTTPAddr, MetricsAddr: cfg.MetricsAddr, Log: cfg.Log,
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// pickPort returns a port free on host right now; the embedded L1 cannot
// report the port it was given for port 0.
func pickPort(host string) (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Stop stops the operator and its listeners, then the chain.
func (d *devStack) Stop(ctx context.Context) error {
	var errs []error
	if d.Node != nil {
		errs = append(errs, d.Node.Stop(ctx))
	}
	if d.stopMining != nil {
		d.stopMining()
	}
	if d.Chain != nil {
		errs = append(errs, d.Chain.Close())
	}
	if d.tmpDir != "" {
		errs = append(errs, os.RemoveAll(d.tmpDir))
	}
	return errors.Join(errs...)
}

func (d *devStack) printWelcome(w io.Writer) {
	fmt.Fprintln(w, "Dev accounts (DEV ONLY: publicly known keys, never use them on a real chain):")
	for i, k := range d.Chain.Keys {
		fmt.Fprintf(w, "  (%d) %s  0x%x\n", i, d.Chain.Addrs[i].Hex(), crypto.FromECDSA(k))
	}
	fmt.Fprintf(w, "\nL1 chain id %s", d.Chain.ChainID)
	if ep := d.Chain.HTTPEndpoint(); ep != "" {
		fmt.Fprintf(w, ", JSON-RPC %s", ep)
	}
	fmt.Fprintf(w, "\nPlasmaChain  %s (challenge period %d s)\nTest token   %s (TST, 18 decimals; every dev account holds 1,000,000)\n",
		d.Deployment.PlasmaChain.Hex(), d.Deployment.Params.ChallengePeriod, d.Token.Hex())
	fmt.Fprintf(w, "Operator     %s (dev account 0)\nREST API     %s\n", d.Chain.Addrs[0].Hex(), d.Node.APIURL)
	if d.Node.Metrics != "" {
		fmt.Fprintf(w, "Metrics      %s\n", d.Node.Metrics)
	}
	fmt.Fprintf(w, "\nTry:\n  curl %s/v1/info\n  curl %s/v1/accounts/%s\n  curl %s/openapi.yaml\nCtrl-C stops.\n",
		d.Node.APIURL, d.Node.APIURL, d.Chain.Addrs[1].Hex(), d.Node.APIURL)
}

// interruptible returns a context ended by the first SIGINT/SIGTERM; a
// second one exits the process at once.
func interruptible(parent context.Context, log zerolog.Logger) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case <-ch:
		case <-ctx.Done():
			signal.Stop(ch)
			return
		}
		log.Info().Msg("stopping (interrupt again to force)")
		cancel()
		<-ch
		log.Warn().Msg("forced exit")
		os.Exit(1)
	}()
	return ctx, cancel
}

func init() {
	commands = append(commands, &cli.Command{
		Name:  "dev",
		Usage: "run an embedded L1 with PlasmaChain and a test token deployed, and an operator serving the API",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "l1.addr", Value: "127.0.0.1:8545", Usage: "JSON-RPC address of the embedded L1 (port 0 picks one)", EnvVars: envVar("l1.addr")},
			httpAddrFlag, metricsAddrFlag, logLevelFlag, minFeeFlag,
			&cli.StringFlag{Name: "datadir", Usage: "operator data directory (default: a temporary one, removed at exit)", EnvVars: envVar("datadir")},
			&cli.DurationFlag{Name: "block-time", Value: time.Second, Usage: "seal a block this long after the previous one", EnvVars: envVar("block-time")},
			&cli.DurationFlag{Name: "l1.block-time", Value: time.Second, Usage: "the embedded L1 mines a block this often", EnvVars: envVar("l1.block-time")},
			&cli.DurationFlag{Name: "min-deadline-margin", Value: 60 * time.Second, Usage: "a transfer's deadline must be at least this far ahead at acceptance", EnvVars: envVar("min-deadline-margin")},
			secondsFlag("challenge-period", "PlasmaChain's challenge period, in seconds or as a duration (at least 2s): an exit matures one to two periods after it starts; the response window, ops timeout and seal lag shrink to fit",
				"60", contracts.DefaultDevParams(common.Address{}).ChallengePeriod),
		},
		Action: func(c *cli.Context) error {
			log, err := newLogger(os.Stderr, c.String("log.level"), true)
			if err != nil {
				return err
			}
			host, port, err := splitHostPort(c.String("l1.addr"))
			if err != nil {
				return fmt.Errorf("--l1.addr: %w", err)
			}
			if cp := secondsOf(c, "challenge-period"); cp < 2 || cp > contracts.MaxChallengePeriod {
				return fmt.Errorf("--challenge-period %d: want 2..%d seconds", cp, contracts.MaxChallengePeriod)
			}
			minFee, err := uint256.FromDecimal(c.String("min-fee"))
			if err != nil {
				return fmt.Errorf("--min-fee: %w", err)
			}
			ctx, cancel := interruptible(c.Context, log)
			defer cancel()
			d, err := startDev(ctx, devConfig{
				L1Host: host, L1Port: port, HTTPAddr: c.String("http.addr"), MetricsAddr: c.String("metrics.addr"),
				DataDir: c.String("datadir"), MineEvery: c.Duration("l1.block-time"), BlockTime: c.Duration("block-time"),
				PollEvery: 500 * time.Millisecond, MinFee: minFee, Margin: c.Duration("min-deadline-margin"), Log: log,
				ChallengePeriod: secondsOf(c, "challenge-period"),
			})
			if err != nil {
				return err
			}
			d.printWelcome(c.App.Writer)
			<-ctx.Done()
			sctx, scancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer scancel()
			return d.Stop(sctx)
		},
	})
}
