// Command plasmad runs AVL Plasma: the operator service, the exit watcher,
// deployment, the one-process dev chain, and the benchmark and gas tables.
// Each subcommand lives in its own file and only wires flags to
// constructors; the logic lives in the packages.
package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"
)

// commands are registered by the files of this package, one per subcommand.
var commands []*cli.Command

func newApp() *cli.App {
	return &cli.App{
		Name:     "plasmad",
		Usage:    "AVL Plasma operator, watcher and dev chain",
		Commands: commands,
	}
}

func main() {
	if err := newApp().Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "plasmad:", err)
		os.Exit(1)
	}
}

// envVar is the environment variable of a plasmad flag: PLASMAD_<FLAG>,
// with dots and dashes turned into underscores.
func envVar(flag string) []string {
	return []string{"PLASMAD_" + envName(flag)}
}

func envName(flag string) string {
	b := []byte(flag)
	for i, c := range b {
		switch {
		case c == '.' || c == '-':
			b[i] = '_'
		case c >= 'a' && c <= 'z':
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}
