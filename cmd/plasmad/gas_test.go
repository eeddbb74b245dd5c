package main

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/avlplasma/avlplasma/contracts"
)

func TestGasCommandSmallLedger(t *testing.T) {
	// Run a copy: urfave/cli adds a --help flag to the commands it runs,
	// which must not leak into the shared command list.
	var gas cli.Command
	for _, c := range commands {
		if c.Name == "gas" {
			gas = *c
		}
	}
	gas.Flags = slices.Clone(gas.Flags)
	var out bytes.Buffer
	app := &cli.App{Name: "plasmad", Commands: []*cli.Command{&gas}, Writer: &out}
	if err := app.Run([]string{"plasmad", "gas", "--json", "--accounts", "300", "--dir", t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	var rep contracts.GasReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if rep.Accounts != 300 || len(rep.Tables) != 2 || rep.ProofPathLen == 0 {
		t.Fatalf("report %+v", rep)
	}
	for _, tab := range rep.Tables {
		for _, op := range contracts.GasOps {
			if tab.Gas[op] == 0 {
				t.Errorf("%s: no gas for %s", tab.Rules, op)
			}
		}
	}
}
