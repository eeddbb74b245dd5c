package main

import (
	"encoding/json"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/avlplasma/avlplasma/contracts"
)

func init() {
	commands = append(commands, &cli.Command{
		Name:  "gas",
		Usage: "measure PlasmaChain's gas per operation on the simulated L1 (Osaka and dev-default rules)",
		Description: "Builds a ledger of --accounts accounts (a balanced IAVL tree; a million takes a few minutes),\n" +
			"deploys PlasmaChain on the in-process simulated L1 and runs every operation with proofs from it.\n" +
			"Progress goes to stderr, the table (or JSON) to stdout.",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print JSON instead of a table", EnvVars: envVar("json")},
			&cli.IntFlag{Name: "accounts", Value: 1_000_000, Usage: "accounts in the ledger the proofs come from", EnvVars: envVar("accounts")},
			&cli.StringFlag{Name: "dir", Usage: "directory for the ledger (default: a temporary one, removed after)", EnvVars: envVar("dir")},
		},
		Action: func(c *cli.Context) error {
			rep, err := contracts.MeasureGas(c.Context, contracts.GasOptions{
				Accounts: c.Int("accounts"),
				Dir:      c.String("dir"),
				Progress: os.Stderr,
			})
			if err != nil {
				return err
			}
			if c.Bool("json") {
				enc := json.NewEncoder(c.App.Writer)
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			}
			contracts.WriteGasTable(c.App.Writer, rep)
			return nil
		},
	})
}
