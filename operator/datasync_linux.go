package operator

import (
	"os"
	"syscall"
)

// datasync makes f's data durable without its metadata (fdatasync): the
// accept log's files never change size once prepared.
func datasync(f *os.File) error {
	for {
		err := syscall.Fdatasync(int(f.Fd()))
		if err != syscall.EINTR {
			return err
		}
	}
}
