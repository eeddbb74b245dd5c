package main

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

var waitFlag = &cli.DurationFlag{Name: "wait", Usage: "wait this long for the answer (0 = do not wait)", EnvVars: envVar("wait")}

// requestProofCommand works from L1 alone: the header comes from the
// BlockCommitted event, so it is the tool for an operator withholding data.
var requestProofCommand = &cli.Command{
	Name:  "request-proof",
	Usage: "make the operator publish a leaf's proof on L1 (when it withholds data); needs --contract if the operator is down",
	Flags: []cli.Flag{fromFlag, ownerFlag, tokenFlag, blockFlag, waitFlag},
	Action: func(c *cli.Context) error {
		e, err := startLeaf(c, true, "from")
		if err != nil {
			return err
		}
		defer e.close()
		from, token, l1 := e.addr, e.token, e.chain
		owner, err := addrFlag(c, "owner")
		if err != nil {
			return err
		}
		if owner == (common.Address{}) {
			owner = from
		}
		n := c.Uint64("block")
		if !c.IsSet("block") {
			if n, err = l1.LastBlock(e.ctx); err != nil {
				return err
			}
		}
		key, err := e.unlock(from)
		if err != nil {
			return err
		}
		req, r, err := l1.RequestProof(e.ctx, key, owner, token, n)
		if err != nil {
			return err
		}
		js := map[string]any{"tx": txOut(r), "requestId": req.ID.String(), "block": n, "deadline": req.Deadline, "bond": req.Bond.String()}
		msg := fmt.Sprintf("Proof request %s for %s / %s at block %d (L1 tx %s); the operator must answer by %s or anyone may freeze the chain.",
			req.ID, owner.Hex(), tokenName(token), n, r.TxHash.Hex(), time.Unix(int64(req.Deadline), 0).UTC().Format(time.RFC3339))
		if d := c.Duration("wait"); d > 0 {
			e.progress("waiting for the operator's answer on L1…")
			answered := false
			for end := time.Now().Add(d); time.Now().Before(end); time.Sleep(500 * time.Millisecond) {
				st, err := l1.Request(e.ctx, new(big.Int).Set(req.ID))
				if err != nil {
					return err
				}
				if answered = st.Status == 2; answered {
					break
				}
			}
			js["answered"] = answered
			if answered {
				msg += "\nAnswered: the leaf and its proof are in the ProofAnswered event."
			} else {
				msg += "\nNot answered yet."
			}
		}
		return e.print(msg, js)
	},
}
