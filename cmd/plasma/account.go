package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/avlplasma/avlplasma/internal/wallet"
)

var keyFileFlag = &cli.StringFlag{Name: "key-file", Usage: "file holding the hex private key (default: ask on the terminal without echo, or read a line of stdin)", EnvVars: envVar("key-file")}

var accountCommand = &cli.Command{
	Name:  "account",
	Usage: "manage keys in the encrypted keystore",
	Subcommands: []*cli.Command{
		{Name: "new", Usage: "create a key", Action: accountNew},
		{Name: "import", Usage: "import a hex private key from --key-file or stdin", Flags: []cli.Flag{keyFileFlag}, Action: accountImport},
		{Name: "list", Usage: "list the keystore's addresses", Action: accountList},
	},
}

type accountJSON struct {
	Address string `json:"address"`
	File    string `json:"file"`
}

func accountNew(c *cli.Context) error {
	e := newEnv(c)
	ks, err := e.getKeys()
	if err != nil {
		return err
	}
	pw, err := e.password("Password for the new key: ", true)
	if err != nil {
		return err
	}
	a, err := ks.New(pw)
	if err != nil {
		return err
	}
	return e.print(fmt.Sprintf("New account %s\nKey file: %s\nBack up the file and its password: without both the funds are lost.", a.Address.Hex(), a.URL.Path),
		accountJSON{a.Address.Hex(), a.URL.Path})
}

func accountImport(c *cli.Context) error {
	e := newEnv(c)
	ks, err := e.getKeys()
	if err != nil {
		return err
	}
	var hexKey string
	if f := c.String(keyFileFlag.Name); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("key file: %w", err)
		}
		hexKey = strings.TrimSpace(string(b))
	} else {
		if hexKey, err = e.secrets.read("Hex private key: "); err != nil {
			return fmt.Errorf("private key: %w", err)
		}
	}
	pw, err := e.password("Password to encrypt it: ", true)
	if err != nil {
		return err
	}
	a, err := ks.Import(hexKey, pw)
	if errors.Is(err, wallet.ErrKeyExists) {
		// Importing twice is harmless when the password opens the stored key.
		if _, uerr := ks.Unlock(a.Address, pw); uerr != nil {
			return fmt.Errorf("%s is already in the keystore, encrypted with another password (%s)", a.Address.Hex(), a.URL.Path)
		}
		return e.print(fmt.Sprintf("Already imported: %s\nKey file: %s", a.Address.Hex(), a.URL.Path), accountJSON{a.Address.Hex(), a.URL.Path})
	}
	if err != nil {
		return err
	}
	return e.print(fmt.Sprintf("Imported %s\nKey file: %s", a.Address.Hex(), a.URL.Path), accountJSON{a.Address.Hex(), a.URL.Path})
}

func accountList(c *cli.Context) error {
	e := newEnv(c)
	ks, err := e.getKeys()
	if err != nil {
		return err
	}
	list := []accountJSON{}
	var b strings.Builder
	for i, a := range ks.List() {
		list = append(list, accountJSON{a.Address.Hex(), a.URL.Path})
		fmt.Fprintf(&b, "#%d %s  %s\n", i, a.Address.Hex(), a.URL.Path)
	}
	if len(list) == 0 {
		b.WriteString("No accounts in " + c.String(keystoreFlag.Name) + ": create one with `plasma account new`.")
	}
	return e.print(b.String(), list)
}
