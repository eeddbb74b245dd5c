package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// Every flag of every subcommand is settable from the environment as
// PLASMAD_<FLAG> (DESIGN.md habit 2).
func TestEveryFlagHasEnvVar(t *testing.T) {
	app := newApp()
	if len(app.Commands) == 0 {
		t.Fatal("no subcommands registered")
	}
	var walk func(prefix string, cmds []*cli.Command)
	walk = func(prefix string, cmds []*cli.Command) {
		for _, c := range cmds {
			for _, f := range c.Flags {
				name := f.Names()[0]
				want := "PLASMAD_" + envName(name)
				ev, ok := f.(interface{ GetEnvVars() []string })
				if !ok {
					t.Errorf("%s%s --%s: flag type %T has no env vars", prefix, c.Name, name, f)
					continue
				}
				found := false
				for _, e := range ev.GetEnvVars() {
					if e == want {
						found = true
					}
				}
				if !found {
					t.Errorf("%s%s --%s: env var %s missing (has %v)", prefix, c.Name, name, want, ev.GetEnvVars())
				}
			}
			walk(prefix+c.Name+" ", c.Subcommands)
		}
	}
	walk("", app.Commands)
}

func TestOperatorRefusesBadCacheSizes(t *testing.T) {
	for _, args := range [][]string{
		{"--ledger.block-cache", "0"},
		{"--ledger.node-cache", "-1"},
		{"--ledger.keep-versions", "-5"},
		{"--ledger.leaf-cache", "-2"},
	} {
		app := newApp()
		app.Writer, app.ErrWriter = io.Discard, io.Discard
		dir := t.TempDir()
		err := app.Run(append([]string{"plasmad", "operator", "--l1.rpc", "http://127.0.0.1:1", "--deployment", filepath.Join(dir, "none.json"), "--datadir", dir}, args...))
		if err == nil || !strings.Contains(err.Error(), args[0]) {
			t.Errorf("%v: error %v, want one naming %s", args, err, args[0])
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("%v: the refused start wrote into the datadir", args)
		}
	}
}
