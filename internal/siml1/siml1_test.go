package siml1

import (
	"context"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha512"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/avlplasma/avlplasma/contracts/bindings"
)

// deriveDevKey derives m/44'/60'/0'/0/i from the dev mnemonic (BIP-39 seed,
// BIP-32 private derivation) to check the hard-coded constants.
func deriveDevKey(t *testing.T, i uint32) []byte {
	t.Helper()
	seed, err := pbkdf2.Key(sha512.New, "test test test test test test test test test test test junk", []byte("mnemonic"), 2048, 64)
	if err != nil {
		t.Fatal(err)
	}
	mac := hmac.New(sha512.New, []byte("Bitcoin seed"))
	mac.Write(seed)
	I := mac.Sum(nil)
	key, chain := new(big.Int).SetBytes(I[:32]), I[32:]
	n := crypto.S256().Params().N
	for _, idx := range []uint32{44 | 1<<31, 60 | 1<<31, 0 | 1<<31, 0, i} {
		var data []byte
		if idx >= 1<<31 {
			data = append([]byte{0}, common.LeftPadBytes(key.Bytes(), 32)...)
		} else {
			priv, err := crypto.ToECDSA(common.LeftPadBytes(key.Bytes(), 32))
			if err != nil {
				t.Fatal(err)
			}
			data = crypto.CompressPubkey(&priv.PublicKey)
		}
		data = binary.BigEndian.AppendUint32(data, idx)
		mac := hmac.New(sha512.New, chain)
		mac.Write(data)
		I := mac.Sum(nil)
		key = new(big.Int).Mod(new(big.Int).Add(new(big.Int).SetBytes(I[:32]), key), n)
		chain = I[32:]
	}
	return common.LeftPadBytes(key.Bytes(), 32)
}

func TestDevKeysFromMnemonic(t *testing.T) {
	for i := range DevKeys {
		if got := hex.EncodeToString(deriveDevKey(t, uint32(i))); got != DevKeys[i] {
			t.Errorf("dev key %d: derived %s, constant %s", i, got, DevKeys[i])
		}
	}
	if a := crypto.PubkeyToAddress(DevKey(0).PublicKey); a != common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266") {
		t.Errorf("dev account 0 = %s", a)
	}
}

// deployAndMint deploys TestERC20 and mints to a fresh holder; it returns the
// mint's gas (a fresh storage slot, the cost the fork choice changes most).
func deployAndMint(t *testing.T, c *Chain) (token common.Address, mintGas uint64) {
	t.Helper()
	ctx := context.Background()
	erc := bindings.NewTestERC20()
	token, _, err := c.Deploy(ctx, c.Keys[0], &bindings.TestERC20MetaData, erc.PackConstructor("Test", "TST", 18))
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Transact(ctx, c.Keys[0], Tx{To: &token, Data: erc.PackMint(c.Addrs[1], big.NewInt(1000))})
	if err != nil {
		t.Fatal(err)
	}
	return token, r.GasUsed
}

func TestChain(t *testing.T) {
	ctx := context.Background()
	c := New(t)
	for i, a := range c.Addrs {
		bal, err := c.Balance(ctx, a)
		if err != nil || bal.Cmp(DevBalance) != 0 {
			t.Fatalf("account %d balance %v, %v", i, bal, err)
		}
	}
	token, defaultGas := deployAndMint(t, c)
	erc := bindings.NewTestERC20()

	// A revert at estimation comes back decoded by custom error name.
	_, err := c.Transact(ctx, c.Keys[2], Tx{To: &token, Data: erc.PackTransfer(c.Addrs[3], big.NewInt(1))})
	if !IsRevert(err, "ERC20InsufficientBalance") {
		t.Fatalf("want ERC20InsufficientBalance, got %v", err)
	}
	// So does a mined transaction that failed (gas given, estimation skipped).
	r, err := c.Transact(ctx, c.Keys[2], Tx{To: &token, Data: erc.PackTransfer(c.Addrs[3], big.NewInt(1)), Gas: 100_000})
	if !IsRevert(err, "ERC20InsufficientBalance") || r == nil || r.Status != 0 {
		t.Fatalf("want mined ERC20InsufficientBalance, got %v (receipt %v)", err, r)
	}
	var re *RevertError
	errors.As(err, &re)
	if len(re.Args) != 3 || re.Args[0].(common.Address) != c.Addrs[2] {
		t.Fatalf("args %v", re.Args)
	}
	// eth_call reverts too.
	if _, err := c.Call(ctx, c.Addrs[2], token, erc.PackTransfer(c.Addrs[3], big.NewInt(1))); !IsRevert(err, "ERC20InsufficientBalance") {
		t.Fatalf("call: %v", err)
	}
	out, err := c.Call(ctx, c.Addrs[0], token, erc.PackBalanceOf(c.Addrs[1]))
	if err != nil {
		t.Fatal(err)
	}
	if bal, err := erc.UnpackBalanceOf(out); err != nil || bal.Int64() != 1000 {
		t.Fatalf("balance %v %v", bal, err)
	}

	// Transactions sent through abigen bindings are mined by Mine.
	tx, err := erc.Instance(c.Client, token).RawTransact(c.TransactOpts(c.Keys[1]), erc.PackTransfer(c.Addrs[4], big.NewInt(10)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Mine(ctx, tx); err != nil {
		t.Fatal(err)
	}

	// AdjustTime moves block time forward by exactly the adjustment.
	before, err := c.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AdjustTime(time.Hour); err != nil {
		t.Fatal(err)
	}
	after, _ := c.Now(ctx)
	if after != before+3600 {
		t.Fatalf("time %d -> %d", before, after)
	}
	c.Commit()
	if next, _ := c.Now(ctx); next <= after {
		t.Fatalf("time went from %d to %d", after, next)
	}

	// Under Osaka rules a fresh storage slot costs what it costs on mainnet
	// today, less than under the next fork's state-gas metering.
	o := New(t, Osaka())
	if o.Config.BogotaTime != nil || c.Config.BogotaTime == nil {
		t.Fatal("Osaka option did not switch off Bogota")
	}
	_, osakaGas := deployAndMint(t, o)
	t.Logf("TestERC20.mint to a fresh holder: %d gas (dev default), %d gas (Osaka)", defaultGas, osakaGas)
	if osakaGas >= defaultGas {
		t.Fatalf("Osaka mint gas %d not below default %d", osakaGas, defaultGas)
	}
}

func TestHTTPPortMustBeGiven(t *testing.T) {
	for _, port := range []int{0, -1, 65536} {
		c, err := Open(WithHTTP("127.0.0.1", port))
		if err == nil {
			c.Close()
			t.Fatalf("port %d: Open succeeded", port)
		}
		if !strings.Contains(err.Error(), fmt.Sprint(port)) {
			t.Errorf("port %d: error %q does not name it", port, err)
		}
	}
}
