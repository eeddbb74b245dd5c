package contracts

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// MeasureGas on a small ledger: every operation runs and reports gas under
// both rule sets, and the answer fits the answerGas the defaults assume.
func TestMeasureGasSmall(t *testing.T) {
	rep, err := MeasureGas(context.Background(), GasOptions{Accounts: 1000, Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Tables) != 2 || rep.Tables[0].Rules != "osaka" || rep.Tables[1].Rules != "dev-default" {
		t.Fatalf("tables %+v", rep.Tables)
	}
	if rep.ProofPathLen < 9 || rep.ProofPathLen > 11 || rep.AbsentSteps < rep.ProofPathLen {
		t.Fatalf("proof steps %d / %d for 1000 accounts", rep.ProofPathLen, rep.AbsentSteps)
	}
	for _, tab := range rep.Tables {
		for _, op := range GasOps {
			if tab.Gas[op] < 21_000 {
				t.Errorf("%s %s: gas %d", tab.Rules, op, tab.Gas[op])
			}
		}
	}
	osaka := rep.Tables[0].Gas
	if osaka["answer_proof"] > GasAnswerAbsent || osaka["challenge_exit"] > GasChallengeExit {
		t.Errorf("answer %d > %d or challenge %d > %d", osaka["answer_proof"], GasAnswerAbsent, osaka["challenge_exit"], GasChallengeExit)
	}
	var buf bytes.Buffer
	WriteGasTable(&buf, rep)
	if !strings.Contains(buf.String(), "start_exit") {
		t.Fatal(buf.String())
	}
	t.Log("\n" + buf.String())
}
