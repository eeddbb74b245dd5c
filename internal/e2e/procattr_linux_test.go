package e2e

import (
	"os/exec"
	"syscall"
)

// dieWithParent has the kernel kill a child when the test binary dies (e.g.
// on go test's timeout panic), so no geth or operator outlives a run.
func dieWithParent(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
