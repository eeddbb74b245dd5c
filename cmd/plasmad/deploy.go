package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
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

func init() {
	commands = append(commands, &cli.Command{
		Name:  "deploy",
		Usage: "deploy PlasmaChain and write the deployment file",
		Flags: []cli.Flag{
			l1RPCFlag, keystoreFlag, passwordFileFlag, privateKeyFlag, devFlag, logLevelFlag,
			&cli.StringFlag{Name: "out", Value: "deployment.json", Usage: "where to write the deployment JSON", EnvVars: envVar("out")},
			&cli.BoolFlag{Name: "public", Usage: "public-chain parameters (7-day challenge period) instead of dev ones", EnvVars: envVar("public")},
			&cli.Uint64Flag{Name: "challenge-period", Usage: "challenge period in seconds (0 = the preset's)", EnvVars: envVar("challenge-period")},
		},
		Action: func(c *cli.Context) error {
			if c.String("l1.rpc") == "" {
				return errors.New("need --l1.rpc")
			}
			key, err := loadKey(c, c.Bool("dev"))
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
			from := crypto.PubkeyToAddress(key.PublicKey)
			p := contracts.DefaultDevParams(from)
			if c.Bool("public") {
				p = contracts.DefaultPublicParams(from)
			}
			if v := c.Uint64("challenge-period"); v != 0 {
				p.ChallengePeriod = v
			}
			dep, err := contracts.Deploy(c.Context, client, bind.NewKeyedTransactor(key, chainID), p)
			if err != nil {
				return err
			}
			out, _ := json.MarshalIndent(dep, "", "  ")
			if err := os.WriteFile(c.String("out"), append(out, '\n'), 0o644); err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "PlasmaChain %s at L1 block %d; wrote %s\n", dep.PlasmaChain.Hex(), dep.Block, c.String("out"))
			return nil
		},
	})
}
