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
		},
		Action: func(c *cli.Context) error {
			log, err := newLogger(os.Stderr, c.String("log.level"), c.Bool("dev"))
			if err != nil {
				return err
			}
			if c.String("l1.rpc") == "" || c.String("deployment") == "" || c.String("datadir") == "" {
				return errors.New("need --l1.rpc, --deployment and --datadir")
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
