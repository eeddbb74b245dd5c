package main

import (
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

var (
	transferHashFlag = flagStr("transfer", "hash of the owner's later transfer to show as evidence")
	exitIDFlag       = flagStr("exit-id", "exit to challenge (default: the open exit of the transfer's sender and token)")
)

var challengeCommand = &cli.Command{
	Name:  "challenge",
	Usage: "challenge an exit with a later transfer its owner signed (PROTOCOL §6)",
	Flags: []cli.Flag{fromFlag, transferHashFlag, exitIDFlag},
	Action: func(c *cli.Context) error {
		e, err := startLeaf(c, true, "from", "transfer")
		if err != nil {
			return err
		}
		defer e.close()
		l1 := e.chain
		hash := common.HexToHash(c.String("transfer"))
		ts, err := e.api.Transfer(e.ctx, hash)
		if err != nil {
			return err
		}
		if ts.Block == nil || ts.Index == nil {
			return fmt.Errorf("transfer %s is %s, not yet in a block", hash.Hex(), ts.Status)
		}
		n, err1 := strconv.ParseUint(*ts.Block, 10, 64)
		i, err2 := strconv.ParseUint(*ts.Index, 10, 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("operator: bad block or index for %s", hash.Hex())
		}
		txp, err := e.api.TransferProof(e.ctx, n, i)
		if err != nil {
			return err
		}
		var id *big.Int
		if s := c.String("exit-id"); s != "" {
			var ok bool
			if id, ok = new(big.Int).SetString(s, 10); !ok {
				return fmt.Errorf("--exit-id %q is not a decimal number", s)
			}
		} else {
			st, err := l1.OpenExit(e.ctx, common.HexToAddress(txp.Transfer.From), common.HexToAddress(txp.Transfer.Token))
			if err != nil {
				return err
			}
			if !st.Open {
				return fmt.Errorf("%s has no open exit of that token: nothing to challenge", txp.Transfer.From)
			}
			id = st.ID
		}
		key, err := e.unlock(e.addr)
		if err != nil {
			return err
		}
		r, err := l1.Challenge(e.ctx, key, id, txp)
		if err != nil {
			return err
		}
		return e.print(fmt.Sprintf("Challenged exit %s with transfer %s (block %d) in L1 tx %s: its owner's spent is now at least %s.",
			id, hash.Hex(), n, r.TxHash.Hex(), txp.Transfer.Spent), map[string]any{"tx": txOut(r), "exitId": id.String()})
	},
}
