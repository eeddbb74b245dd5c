package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/avlplasma/avlplasma/avl"
	"github.com/avlplasma/avlplasma/contracts"
	"github.com/avlplasma/avlplasma/operator"
)

// loadKey reads the signing key: a keystore file with its password file,
// or --private-key when dev is set.
func loadKey(c *cli.Context, dev bool) (*ecdsa.PrivateKey, error) {
	if hexKey := c.String("private-key"); hexKey != "" {
		if !dev {
			return nil, errors.New("--private-key is for dev chains only (add --dev); use --keystore and --password-file")
		}
		return crypto.HexToECDSA(strings.TrimPrefix(hexKey, "0x"))
	}
	ks, pw := c.String("keystore"), c.String("password-file")
	if ks == "" || pw == "" {
		return nil, errors.New("need --keystore and --password-file")
	}
	blob, err := os.ReadFile(ks)
	if err != nil {
		return nil, err
	}
	pass, err := os.ReadFile(pw)
	if err != nil {
		return nil, err
	}
	k, err := keystore.DecryptKey(blob, strings.TrimRight(string(pass), "\r\n"))
	if err != nil {
		return nil, fmt.Errorf("keystore %s: %w", ks, err)
	}
	return k.PrivateKey, nil
}

func init() {
	commands = append(commands, &cli.Command{
		Name:  "operator",
		Usage: "run the operator: sequencer, L1 follower and publisher, REST API, metrics",
		Flags: []cli.Flag{
			l1RPCFlag, deploymentFlag, dataDirFlag, keystoreFlag, passwordFileFlag, privateKeyFlag, devFlag,
			httpAddrFlag, metricsAddrFlag, logLevelFlag, confirmationsFlag, blockTimeFlag, maxBlockTxsFlag,
			minFeeFlag, minDeadlineMarginFlag, heartbeatFlag,
			&cli.Int64Flag{Name: "ledger.keep-versions", Usage: "ledger versions kept before the newest (0 = all); keep enough for proof requests (requestMaxAge) and for re-sealing back to the last committed block", EnvVars: envVar("ledger.keep-versions")},
			&cli.IntFlag{Name: "ledger.node-cache", Usage: "iavl node cache in nodes (0 = 3 per leaf of the tree at start, 1M–4M; about 700 bytes each, on the Go heap)", EnvVars: envVar("ledger.node-cache")},
			&cli.IntFlag{Name: "ledger.block-cache", Value: avl.DefaultLedgerBlockCache >> 20, Usage: "the ledger database's block cache in MiB (off the Go heap, filled as it is used)", EnvVars: envVar("ledger.block-cache")},
			&cli.IntFlag{Name: "ledger.leaf-cache", Value: operator.DefaultLeafCacheSize, Usage: "leaves of the newest block kept in memory for accepting transfers (about 150 bytes each; -1 = none)", EnvVars: envVar("ledger.leaf-cache")},
		},
		Action: func(c *cli.Context) error {
			log, err := newLogger(os.Stderr, c.String("log.level"), c.Bool("dev"))
			if err != nil {
				return err
			}
			if c.String("l1.rpc") == "" || c.String("deployment") == "" || c.String("datadir") == "" {
				return errors.New("need --l1.rpc, --deployment and --datadir")
			}
			for _, f := range []struct {
				name   string
				v, min int64
			}{
				{"ledger.keep-versions", c.Int64("ledger.keep-versions"), 0},
				{"ledger.node-cache", int64(c.Int("ledger.node-cache")), 0},
				{"ledger.block-cache", int64(c.Int("ledger.block-cache")), 1},
				{"ledger.leaf-cache", int64(c.Int("ledger.leaf-cache")), -1},
			} {
				if f.v < f.min {
					return fmt.Errorf("--%s is %d; it must be at least %d", f.name, f.v, f.min)
				}
			}
			raw, err := os.ReadFile(c.String("deployment"))
			if err != nil {
				return err
			}
			var dep contracts.Deployment
			if err := json.Unmarshal(raw, &dep); err != nil {
				return fmt.Errorf("--deployment: %w", err)
			}
			key, err := loadKey(c, c.Bool("dev"))
			if err != nil {
				return err
			}
			minFee, err := uint256.FromDecimal(c.String("min-fee"))
			if err != nil {
				return fmt.Errorf("--min-fee: %w", err)
			}
			leafCache := c.Int("ledger.leaf-cache")
			if leafCache == 0 {
				leafCache = -1 // 0 leaves: none
			}
			heartbeat := c.Duration("heartbeat")
			if heartbeat == 0 {
				heartbeat = time.Duration(dep.Params.Heartbeat) * time.Second
			}
			ctx, cancel := interruptible(c.Context, log)
			defer cancel()
			client, err := ethclient.DialContext(ctx, c.String("l1.rpc"))
			if err != nil {
				return fmt.Errorf("--l1.rpc: %w", err)
			}
			defer client.Close()
			auth, err := newTransactor(key, dep)
			if err != nil {
				return err
			}
			n, err := startNode(ctx, nodeConfig{
				Service: operator.ServiceConfig{
					DataDir: c.String("datadir"), L1: client, Contract: dep.PlasmaChain, DeploymentBlock: dep.Block,
					ChainID: dep.ChainID, Operator: auth, Confirmations: c.Uint64("confirmations"),
					BlockTime: c.Duration("block-time"), MaxBlockTxs: c.Int("max-block-txs"), MinFee: minFee,
					MinDeadlineMargin: c.Duration("min-deadline-margin"), Heartbeat: heartbeat,
					KeepRecent: c.Int64("ledger.keep-versions"), CacheSize: c.Int("ledger.node-cache"),
					BlockCache: int64(c.Int("ledger.block-cache")) << 20, LeafCacheSize: leafCache,
				},
				Deployment: &dep, L1: client, HTTPAddr: c.String("http.addr"), MetricsAddr: c.String("metrics.addr"), Log: log,
			})
			if err != nil {
				return err
			}
			log.Info().Str("api", n.APIURL).Str("metrics", n.Metrics).Msg("operator serving")
			<-ctx.Done()
			sctx, scancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer scancel()
			return n.Stop(sctx)
		},
	})
}
