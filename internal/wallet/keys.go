package wallet

import (
	"bufio"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Keys is an encrypted keystore directory (go-ethereum's format, so geth
// and other wallets read the same files).
type Keys struct {
	ks *keystore.KeyStore
}

// OpenKeys opens (creating if needed) the keystore directory dir. light
// lowers the scrypt cost: for tests only.
func OpenKeys(dir string, light bool) (*Keys, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("keystore %s: %w", dir, err)
	}
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	return &Keys{ks: keystore.NewKeyStore(dir, n, p)}, nil
}

// New creates a key encrypted with password.
func (k *Keys) New(password string) (accounts.Account, error) {
	return k.ks.NewAccount(password)
}

// ErrKeyExists is returned by Import, with the stored account, for a key
// the keystore holds already.
var ErrKeyExists = keystore.ErrAccountAlreadyExists

// Import stores the hex private key encrypted with password.
func (k *Keys) Import(hexKey, password string) (accounts.Account, error) {
	hexKey = strings.TrimPrefix(strings.TrimSpace(hexKey), "0x")
	key, err := crypto.HexToECDSA(hexKey)
	if err != nil {
		return accounts.Account{}, fmt.Errorf("private key: %w (want 64 hex digits)", err)
	}
	a, err := k.ks.ImportECDSA(key, password)
	if errors.Is(err, keystore.ErrAccountAlreadyExists) {
		if found, ferr := k.ks.Find(accounts.Account{Address: crypto.PubkeyToAddress(key.PublicKey)}); ferr == nil {
			a = found
		}
	}
	return a, err
}

// List returns the stored accounts.
func (k *Keys) List() []accounts.Account { return k.ks.Accounts() }

// Unlock decrypts the key of addr.
func (k *Keys) Unlock(addr common.Address, password string) (*ecdsa.PrivateKey, error) {
	acct, err := k.ks.Find(accounts.Account{Address: addr})
	if err != nil {
		return nil, fmt.Errorf("no key for %s in the keystore (see `plasma account list`)", addr.Hex())
	}
	blob, err := os.ReadFile(acct.URL.Path)
	if err != nil {
		return nil, err
	}
	key, err := keystore.DecryptKey(blob, password)
	if err != nil {
		return nil, fmt.Errorf("unlock %s: %w", addr.Hex(), err)
	}
	return key.PrivateKey, nil
}

// ReadSecretLine reads the first line of r, without its line ending.
func ReadSecretLine(r io.Reader) (string, error) {
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil && !(errors.Is(err, io.EOF) && line != "") {
		if errors.Is(err, io.EOF) {
			return "", errors.New("nothing to read")
		}
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// ReadPasswordFile returns the first line of the file.
func ReadPasswordFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("password file: %w", err)
	}
	defer f.Close()
	pw, err := ReadSecretLine(f)
	if err != nil {
		return "", fmt.Errorf("password file %s: %w", path, err)
	}
	return pw, nil
}
